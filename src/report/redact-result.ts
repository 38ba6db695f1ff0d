import type { RunResult } from "../types.js";
import { redactText } from "./redact.js";

/**
 * Fields that hold paths: reported as they are. A credential in a file name is the
 * repository's own leak, already public to whoever can read the tree, and a changed path
 * would point annotations and SARIF results at a file that does not exist.
 */
const PATH_KEYS = new Set(["file", "path", "source"]);

/**
 * The one redaction step between a run and every output: every string of the result except
 * paths goes through {@link redactText}, so a reporter, a message template of a custom policy
 * or a parse-error excerpt cannot print a credential even if it forgets to redact. Reporters
 * redact again what they add themselves (policy text), which is harmless.
 */
export function redactResult(result: RunResult): RunResult {
  return redactStrings(result, undefined) as RunResult;
}

function redactStrings(value: unknown, key: string | undefined): unknown {
  if (typeof value === "string") return key !== undefined && PATH_KEYS.has(key) ? value : redactText(value);
  if (Array.isArray(value)) return key !== undefined && PATH_KEYS.has(key) ? value : value.map((item) => redactStrings(item, undefined));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(value)) {
    const redacted = redactStrings(inner, name);
    // `__proto__` from scanned data stays an own property instead of setting the prototype;
    // every other name is assigned, which V8 does far faster than defining it.
    if (name === "__proto__") Object.defineProperty(out, name, { value: redacted, enumerable: true, writable: true, configurable: true });
    else out[name] = redacted;
  }
  return out;
}
