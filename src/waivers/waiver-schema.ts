/**
 * JSON Schema of the waivers file (`.norecur/waivers.yml` by default). The build writes it to
 * `schemas/waivers.schema.json` so editors can complete waivers; the loader validates with it.
 * Rules that depend on the run (the expiry horizon, non-waivable policies, global scope) are
 * checked after the schema, with the same `file:line:col: key: message` errors.
 */
export const waiverSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://norecur.dev/schemas/waivers.schema.json",
  title: "norecur waivers",
  type: "object",
  additionalProperties: false,
  required: ["version", "waivers"],
  properties: {
    version: { const: 1, description: "Version of this file's format." },
    waivers: {
      type: "array",
      description: "Exceptions to policies, each with an owner, a reason and an expiry.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["policy", "reason", "owner", "expires"],
        properties: {
          policy: { type: "string", pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", description: "Id of the waived policy." },
          paths: {
            type: "array",
            items: { type: "string", minLength: 1 },
            minItems: 1,
            description: "Globs of the files whose findings are waived, relative to the directory checked.",
          },
          subject: { type: "string", minLength: 1, description: "Subject id (or glob) whose findings are waived, e.g. Deployment/shop/*." },
          reason: { type: "string", minLength: 1, description: "Why the exception is needed." },
          owner: { type: "string", minLength: 1, description: "Who answers for it (a person, not a team alias, is best)." },
          expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Last day it applies, YYYY-MM-DD (UTC)." },
          ticket: { type: "string", minLength: 1, description: "Ticket or link where it was discussed." },
          "approved-by": { type: "string", minLength: 1, description: "Who approved it; an extension without one fails the run." },
        },
      },
    },
  },
} as const;
