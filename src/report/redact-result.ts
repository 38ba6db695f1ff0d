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

/**
 * `value` with its strings redacted: the same array or object where nothing inside it changed,
 * else a copy. A run's result is mostly paths, positions and messages without a credential;
 * copying all of it at the end of a large run (every file of the tree is listed) held a second
 * result in memory at the run's peak.
 */
function redactStrings(value: unknown, key: string | undefined): unknown {
  if (typeof value === "string") return key !== undefined && PATH_KEYS.has(key) ? value : redactText(value);
  if (Array.isArray(value)) return key !== undefined && PATH_KEYS.has(key) ? value : redactItems(value);
  if (typeof value !== "object" || value === null) return value;
  return redactFields(value as Record<string, unknown>);
}

function redactItems(items: readonly unknown[]): readonly unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const redacted = redactStrings(item, undefined);
    if (out === undefined && redacted !== item) out = items.slice(0, i);
    out?.push(redacted);
  }
  return out ?? items;
}

function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  const names = Object.keys(fields);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const inner = fields[name];
    const redacted = redactStrings(inner, name);
    if (out === undefined && redacted !== inner) {
      out = {};
      for (const before of names.slice(0, i)) assign(out, before, fields[before]);
    }
    if (out !== undefined) assign(out, name, redacted);
  }
  return out ?? fields;
}

function assign(out: Record<string, unknown>, name: string, value: unknown): void {
  // `__proto__` from scanned data stays an own property instead of setting the prototype;
  // every other name is assigned, which V8 does far faster than defining it.
  if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}
