import { readGlobClass } from "./glob-class.js";

/** Most alternatives one pattern may expand to (`{a,b}{c,d}` is four). */
export const MAX_GLOB_ALTERNATIVES = 256;

type Part = { text: string } | { options: Part[][] };

/**
 * Expands `{a,b}` alternation into separate patterns, like micromatch. A group without a comma
 * (`{a}`) stays literal and comes out escaped. Brace ranges (`{1..9}`) are refused: they are
 * the classic way to make a glob engine build something enormous. Expansion is capped at
 * {@link MAX_GLOB_ALTERNATIVES}, since nested groups multiply.
 * @throws Error for unbalanced braces, ranges, or too many alternatives.
 */
export function expandBraces(pattern: string): string[] {
  const { parts, end } = parseSequence(pattern, 0, false);
  if (end < pattern.length) throw new Error("unmatched '}' (escape it as \\} to match it literally)");
  return expand(parts);
}

interface Parsed {
  parts: Part[];
  end: number;
}

// Reads until the end of the pattern, or (inside a group) an unescaped `,` or `}`.
function parseSequence(pattern: string, start: number, inGroup: boolean): Parsed {
  const parts: Part[] = [];
  let text = "";
  let i = start;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "\\") {
      text += pattern.slice(i, i + 2);
      i += 2;
    } else if (c === "[") {
      const cls = readGlobClass(pattern, i);
      const end = cls === undefined ? i + 1 : cls.end;
      text += pattern.slice(i, end);
      i = end;
    } else if (c === "{") {
      if (text !== "") parts.push({ text });
      text = "";
      const group = parseGroup(pattern, i);
      parts.push(group.part);
      i = group.end;
    } else if (c === "}" || (inGroup && c === ",")) {
      break;
    } else {
      text += c;
      i += 1;
    }
  }
  if (text !== "") parts.push({ text });
  return { parts, end: i };
}

function parseGroup(pattern: string, open: number): { part: Part; end: number } {
  const options: Part[][] = [];
  let i = open + 1;
  for (;;) {
    const option = parseSequence(pattern, i, true);
    options.push(option.parts);
    i = option.end;
    if (i >= pattern.length) throw new Error("unclosed '{' (escape it as \\{ to match it literally)");
    if (pattern[i] === "}") break;
    i += 1;
  }
  const end = i + 1;
  if (options.length > 1) return { part: { options }, end };
  const body = pattern.slice(open + 1, i);
  if (body.includes("..")) {
    throw new Error(`brace ranges like {${body}} are not supported; list the alternatives instead, e.g. {1,2,3}`);
  }
  // A group without a comma is literal text, but its inner groups still expand.
  return { part: { options: [[{ text: "\\{" }, ...(options[0] ?? []), { text: "\\}" }]] }, end };
}

function expand(parts: readonly Part[]): string[] {
  let results = [""];
  for (const part of parts) {
    if ("text" in part) {
      results = results.map((prefix) => prefix + part.text);
      continue;
    }
    const suffixes = part.options.flatMap((option) => expand(option));
    if (results.length * suffixes.length > MAX_GLOB_ALTERNATIVES) {
      throw new Error(`braces expand to more than ${MAX_GLOB_ALTERNATIVES} alternatives`);
    }
    results = results.flatMap((prefix) => suffixes.map((suffix) => prefix + suffix));
  }
  return results;
}
