import type { ParseResult, Parser } from "../types.js";
import { PathRanges, failure, isBlank, rangedResult, setOwn } from "./line-ranges.js";
import { LineIndex, stripBom } from "./positions.js";

/** One assignment line. */
export interface DotenvEntry {
  /** Variable name. */
  key: string;
  /** Value, quotes removed; in double quotes `\n`, `\r`, `\t`, `\"` and `\\` are unescaped. */
  value: string;
  /** Written with a leading `export`. */
  exported: boolean;
  /** How the value was quoted. */
  quote: "none" | "single" | "double" | "backtick";
}

/** The value of a `dotenv` document. */
export interface DotenvFile {
  /** Each variable's value; for a repeated name, the last one (as dotenv and docker compose read it). */
  variables: Record<string, string>;
  /** Every assignment, in file order. */
  entries: DotenvEntry[];
}

const QUOTES: Readonly<Record<string, DotenvEntry["quote"]>> = { '"': "double", "'": "single", "`": "backtick" };

/**
 * `.env` files: `KEY=value`, `export KEY=value`, single, double or backtick quotes (which may
 * span lines), `#` comments (whole-line, or after whitespace in an unquoted value). Variables
 * are not expanded. A line that is not an assignment is an error, as in docker compose
 * (Node's dotenv skips it silently). Values are often secrets, so no message ever quotes one.
 */
export const dotenvParser: Parser = {
  id: "dotenv",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value: DotenvFile = { variables: {}, entries: [] };
    let at = 0;
    while (at < text.length) {
      at = skip(text, at, (char) => isBlank(char.charCodeAt(0)) || char === "\n" || char === "\r");
      if (at >= text.length) break;
      if (text.charAt(at) === "#") {
        at = lineEnd(text, at);
        continue;
      }
      const entryStart = at;
      let exported = false;
      const exportWord = /export[ \t]+/y;
      exportWord.lastIndex = at;
      if (exportWord.test(text)) {
        exported = true;
        at = exportWord.lastIndex;
      }
      const nameWord = /[A-Za-z_][A-Za-z0-9_.-]*/y;
      nameWord.lastIndex = at;
      const name = nameWord.exec(text)?.[0];
      if (name === undefined) return failure("expected a variable name", lines.range(at, lineEnd(text, at)));
      const keyStart = at;
      const keyEnd = at + name.length;
      at = skip(text, keyEnd, (char) => isBlank(char.charCodeAt(0)));
      if (text.charAt(at) !== "=") return failure("expected '=' after the variable name", lines.pointRange(at));
      at = skip(text, at + 1, (char) => isBlank(char.charCodeAt(0)));
      const read = readValue(text, at);
      if ("message" in read) return failure(read.message, lines.range(read.start, read.end));
      const index = value.entries.length;
      value.entries.push({ key: name, value: read.value, exported, quote: read.quote });
      setOwn(value.variables, name, read.value);
      const valueStart = read.end > at ? at : entryStart;
      ranges.set(["entries", index], entryStart, Math.max(read.end, keyEnd + 1));
      ranges.set(["entries", index, "key"], keyStart, keyEnd);
      ranges.set(["entries", index, "value"], valueStart, Math.max(read.end, keyEnd + 1));
      ranges.set(["variables", name], valueStart, Math.max(read.end, keyEnd + 1));
      at = read.next;
    }
    return rangedResult(file, value, ranges);
  },
};

interface ReadValue {
  value: string;
  quote: DotenvEntry["quote"];
  /** End of the value text, closing quote included. */
  end: number;
  /** Where reading goes on: the end of the line. */
  next: number;
}

function readValue(text: string, start: number): ReadValue | { message: string; start: number; end: number } {
  const quote = QUOTES[text.charAt(start)];
  if (quote === undefined) {
    const end = lineEnd(text, start);
    let stop = end;
    for (let i = start; i < end; i++) {
      if (text.charAt(i) === "#" && i > start && isBlank(text.charCodeAt(i - 1))) {
        stop = i;
        break;
      }
    }
    while (stop > start && isBlank(text.charCodeAt(stop - 1))) stop--;
    return { value: text.slice(start, stop), quote: "none", end: stop, next: end };
  }
  const mark = text.charAt(start);
  let close = -1;
  for (let i = start + 1; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "\\" && quote === "double") i++;
    else if (char === mark) {
      close = i;
      break;
    }
  }
  if (close < 0) return { message: "unterminated quoted value", start, end: start + 1 };
  const after = skip(text, close + 1, (char) => isBlank(char.charCodeAt(0)));
  const rest = text.charAt(after);
  if (after < text.length && rest !== "#" && rest !== "\n" && rest !== "\r") {
    return { message: "unexpected text after the closing quote", start: after, end: lineEnd(text, after) };
  }
  const inner = text.slice(start + 1, close).replace(/\r\n?/g, "\n");
  const value = quote === "double" ? inner.replace(/\\([nrt"\\])/g, (_match, code: string) => ESCAPES[code] ?? code) : inner;
  return { value, quote, end: close + 1, next: lineEnd(text, after) };
}

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

function skip(text: string, from: number, test: (char: string) => boolean): number {
  let at = from;
  while (at < text.length && test(text.charAt(at))) at++;
  return at;
}

function lineEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
  return at;
}
