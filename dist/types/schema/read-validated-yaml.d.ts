import type { ErrorObject, ValidateFunction } from "ajv";
import { type UsageErrorCode } from "../errors.js";
import type { Document } from "../types.js";
/** A YAML file read for norecur itself (a policy or the config), validated against its schema. */
export interface ValidatedYaml {
    /** The file's data. */
    value: unknown;
    /** Its parsed document, for positions of later, semantic errors. */
    document: Document;
}
/**
 * Reads, parses and validates one YAML file, or stops the run with a message that names the
 * file, line, column and key. `validate` is null only for files shipped with norecur that the
 * test suite validates (the built-in policies; see deferred-policy.ts).
 */
export declare function readValidatedYaml(file: string, displayPath: string, validate: ValidateFunction | null, code: UsageErrorCode): ValidatedYaml;
/** `file:line:col: key.path: message`, one line per error. */
export declare function describeSchemaErrors(displayPath: string, document: Document, errors: readonly ErrorObject[]): string;
