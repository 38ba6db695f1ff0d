/** JSON Schema of `.norecur.yml`; the build writes it to `schemas/config.schema.json`. */
export const configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://norecur.dev/schemas/config.schema.json",
  title: "norecur configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    policies: {
      type: "array",
      items: { type: "string" },
      description: "Extra policy directories, relative to this file.",
    },
    builtin: { type: "boolean", description: "Load the built-in policy pack (default true)." },
    disable: {
      type: "array",
      description: "Policies switched off, each with the reason.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "reason"],
        properties: { id: { type: "string" }, reason: { type: "string", minLength: 1 } },
      },
    },
    params: {
      type: "object",
      description: "Parameter overrides, by policy id.",
      additionalProperties: { type: "object" },
    },
    ignore: { type: "array", items: { type: "string" }, description: "Globs of paths never scanned." },
    "fail-on": {
      enum: ["critical", "high", "medium", "low", "info"],
      description: "Lowest severity that fails the run (default low).",
    },
    formats: {
      type: "array",
      description: "Format overrides for custom paths, tried before the built-in detection.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["paths", "format"],
        properties: {
          paths: { type: "array", items: { type: "string" }, minItems: 1 },
          format: { type: "string" },
        },
      },
    },
  },
} as const;
