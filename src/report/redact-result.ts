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
  return new ResultRedaction().strings(result, undefined) as RunResult;
}

/** Strings up to this long are remembered within one result: a large tree's file records repeat their status, format and reason thousands of times. */
const REMEMBERED_LENGTH = 120;
/** At most this many of them, so that a result of unique short strings does not grow the table without bound. */
const REMEMBERED_STRINGS = 4096;

/**
 * One result's redaction: `value` with its strings redacted, the same array or object where
 * nothing inside it changed, else a copy. A run's result is mostly paths, positions and messages
 * without a credential; copying all of it at the end of a large run (every file of the tree is
 * listed) held a second result in memory at the run's peak. Short strings are redacted once
 * each: the redaction was 2% of a run over 10,000 manifests, and testing each file record's
 * status and format again a sixth of that.
 */
class ResultRedaction {
  readonly #redacted = new Map<string, string>();

  strings(value: unknown, key: string | undefined): unknown {
    if (typeof value === "string") return key !== undefined && PATH_KEYS.has(key) ? value : this.#text(value);
    if (Array.isArray(value)) return key !== undefined && PATH_KEYS.has(key) ? value : this.#items(value);
    if (typeof value !== "object" || value === null) return value;
    return this.#fields(value as Record<string, unknown>);
  }

  #text(text: string): string {
    if (text.length > REMEMBERED_LENGTH) return redactText(text);
    let redacted = this.#redacted.get(text);
    if (redacted === undefined) {
      redacted = redactText(text);
      if (this.#redacted.size < REMEMBERED_STRINGS) this.#redacted.set(text, redacted);
    }
    return redacted;
  }

  #items(items: readonly unknown[]): readonly unknown[] {
    let out: unknown[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const redacted = this.strings(item, undefined);
      if (out === undefined && redacted !== item) out = items.slice(0, i);
      out?.push(redacted);
    }
    return out ?? items;
  }

  #fields(fields: Record<string, unknown>): Record<string, unknown> {
    const names = Object.keys(fields);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const inner = fields[name];
      const redacted = this.strings(inner, name);
      if (out === undefined && redacted !== inner) {
        out = {};
        for (const before of names.slice(0, i)) assign(out, before, fields[before]);
      }
      if (out !== undefined) assign(out, name, redacted);
    }
    return out ?? fields;
  }
}

function assign(out: Record<string, unknown>, name: string, value: unknown): void {
  // `__proto__` from scanned data stays an own property instead of setting the prototype;
  // every other name is assigned, which V8 does far faster than defining it.
  if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}
