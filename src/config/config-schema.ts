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
    "max-file-size": {
      type: "integer",
      minimum: 1024,
      maximum: 104857600,
      description: "Largest file read, in bytes (default 10485760, 10 MiB); larger files are skipped with the reason.",
    },
    "fail-on": {
      enum: ["critical", "high", "medium", "low", "info"],
      description: "Lowest severity that fails the run (default low).",
    },
    waivers: {
      type: "object",
      additionalProperties: false,
      description: "Governed exceptions: where they live and the rules they must follow.",
      properties: {
        file: { type: "string", minLength: 1, description: "Waivers file, relative to this file (default .norecur/waivers.yml)." },
        "max-horizon-days": { type: "integer", minimum: 1, description: "Furthest an expiry may lie from today, in days (default 90)." },
        "expiring-within-days": { type: "integer", minimum: 0, description: "Waivers expiring within this many days are listed as expiring (default 14)." },
        "allow-global": { type: "boolean", description: "Allow waivers without a path or subject scope (default false)." },
        "non-waivable": { type: "array", items: { type: "string" }, description: "Policy ids no waiver may cover." },
      },
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
