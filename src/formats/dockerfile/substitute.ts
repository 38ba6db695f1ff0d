/** The result of expanding `$VAR` references: the text, or why it cannot be known statically. */
export type Expansion = { ok: true; text: string } | { ok: false };

/**
 * Longest expansion kept. Each `ARG` default may use the previous one twice
 * (`ARG A1=${A0}${A0}`), so a short file can describe gigabytes; an image reference is short.
 */
export const MAX_EXPANSION_LENGTH = 4096;

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/y;

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:+alt}` and
 * `${NAME+alt}` with the variables whose values are known (`undefined`: declared without a
 * default, so only the build decides). An escaped `$` stays literal. Any other form, or a
 * variable whose value is not known, or an expansion longer than {@link MAX_EXPANSION_LENGTH},
 * makes the whole text unknown.
 */
export function substitute(text: string, variables: ReadonlyMap<string, string | undefined>, escape: string): Expansion {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === escape && text.charAt(at + 1) === "$") {
      out += "$";
      at += 2;
      continue;
    }
    if (char !== "$") {
      out += char;
      at++;
      continue;
    }
    REFERENCE.lastIndex = at;
    const match = REFERENCE.exec(text);
    if (match === null) return { ok: false };
    const name = match[1] ?? match[4] ?? "";
    const operator = match[2];
    const word = match[3] ?? "";
    const declared = variables.has(name);
    const value = variables.get(name);
    if (declared && value === undefined) return { ok: false };
    const set = value !== undefined;
    if (operator === undefined) out += value ?? "";
    else if (operator === ":-") out += set && value !== "" ? value : word;
    else if (operator === "-") out += set ? value : word;
    else if (operator === ":+") out += set && value !== "" ? word : "";
    else out += set ? word : "";
    if (out.length > MAX_EXPANSION_LENGTH) return { ok: false };
    at = REFERENCE.lastIndex;
  }
  return { ok: true, text: out };
}
