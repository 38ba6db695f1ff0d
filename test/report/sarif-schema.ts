import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";

/**
 * The SARIF 2.1.0 JSON Schema as shipped in the npm package @microsoft/jest-sarif
 * (lib/schemas/sarif-2.1.0-rtm.5.json, the schemastore copy of the OASIS 2.1.0 schema).
 * It is written in JSON Schema draft-04, which Ajv 8 reads only through ajv-draft-04;
 * ajv-formats checks the `uri`/`uri-reference`/`date-time` formats it declares. The schema's
 * `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) has a stray `]` that is an
 * error under the `u` flag, so patterns are compiled without it (`unicodeRegExp: false`).
 */
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as Record<string, unknown>;
// Both packages are CommonJS with a `default` export; under NodeNext the class sits on `.default`.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);

/** Validates a SARIF log; the errors, empty when it is valid. */
export const validateSarif = (log: unknown): string[] => {
  const validate = ajv.compile(schema);
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
};
