import { readFileSync, statSync } from "node:fs";
import type { ErrorObject, ValidateFunction } from "ajv";
import { yamlParser } from "../formats/yaml.js";
import { NorecurError, type UsageErrorCode } from "../errors.js";
import type { Document } from "../types.js";
import { formatPath } from "../engine/path.js";
import { errorMessage, errorPath, mostSpecific } from "./ajv.js";

/** Largest config, waivers or policy file read. */
const MAX_RULES_FILE_BYTES = 4 * 1024 * 1024;

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
export function readValidatedYaml(file: string, displayPath: string, validate: ValidateFunction | null, code: UsageErrorCode): ValidatedYaml {
  let text: string;
  try {
    // A config, waivers or policy file may come from the pull request (`rules-from: head`): a
    // FIFO or a link to `/dev/zero` must not block the run or fill the memory.
    const stats = statSync(file);
    if (!stats.isFile()) throw new NorecurError(code, `${displayPath}: cannot read: not a regular file`);
    if (stats.size > MAX_RULES_FILE_BYTES) throw new NorecurError(code, `${displayPath}: cannot read: larger than ${MAX_RULES_FILE_BYTES / 1024 / 1024} MiB`);
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof NorecurError) throw error;
    throw new NorecurError(code, `${displayPath}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = yamlParser.parse(text, displayPath);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const where = first ? `${first.range.line}:${first.range.column}` : "1:1";
    throw new NorecurError(code, `${displayPath}:${where}: invalid YAML: ${first?.message ?? "unreadable"}`);
  }
  const document = parsed.documents[0];
  if (!document || parsed.documents.length > 1) {
    throw new NorecurError(code, `${displayPath}:1:1: expected exactly one YAML document`);
  }
  if (validate !== null && !validate(document.value)) {
    throw new NorecurError(code, describeSchemaErrors(displayPath, document, validate.errors ?? []));
  }
  return { value: document.value, document };
}

/** `file:line:col: key.path: message`, one line per error. */
export function describeSchemaErrors(displayPath: string, document: Document, errors: readonly ErrorObject[]): string {
  return mostSpecific(errors)
    .map((error) => {
      const path = errorPath(error, document.value);
      const range = document.locate(path);
      const key = path.length > 0 ? formatPath(path) : "(top level)";
      return `${displayPath}:${range.line}:${range.column}: ${key}: ${errorMessage(error)}`;
    })
    .join("\n");
}
