import type { PathSegment } from "../../types.js";
import { setOwn } from "../line-ranges.js";

/** A value read from PHP source, with its span and its children's spans. */
export interface LiteralNode {
  /** The plain value, or `{ $expr: source }` when it is computed. */
  value: unknown;
  /** Offset of its first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  /** Elements of an array, keyed as they appear in `value`. */
  children: Array<[PathSegment, LiteralNode]>;
}

/** Why reading stopped; `start`/`end` underline the broken literal. */
export interface LiteralError {
  message: string;
  start: number;
  end: number;
}

type Read = LiteralNode | LiteralError;

/** Deepest array nesting read; deeper input is a parse error rather than an exhausted stack. */
export const MAX_NESTING = 256;

/** Whether a read failed. */
export function isError<T extends object>(read: T | LiteralError | undefined): read is LiteralError {
  return read !== undefined && "message" in read;
}

/** First offset at or after `at` that is neither whitespace nor inside a `//`, `#` or block comment. */
export function skipTrivia(text: string, at: number): number {
  let i = at;
  for (;;) {
    const char = text.charAt(i);
    if (char === " " || char === "\t" || char === "\n" || char === "\r") i++;
    else if (char === "#" || text.startsWith("//", i)) {
      if (text.startsWith("#[", i)) return i;
      while (i < text.length && !/[\n\r]/.test(text.charAt(i)) && !text.startsWith("?>", i)) i++;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 2;
    } else return i;
  }
}

/**
 * Reads one expression starting at `at` (trivia already skipped) up to a `,`, `)`, `]`, `;`
 * or `=>` at depth 0. Literals become values; anything else becomes `{ $expr }` with its source
 * text, never a guess.
 */
export function readExpression(text: string, at: number, depth = 0): Read {
  const parts: LiteralNode[] = [];
  let i = at;
  for (;;) {
    const part = readPrimary(text, i, depth);
    if (isError(part)) return part;
    if (part === undefined) break;
    parts.push(part);
    i = skipTrivia(text, part.end);
    if (text.charAt(i) !== "." || /[0-9=]/.test(text.charAt(i + 1))) break;
    i = skipTrivia(text, i + 1);
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first !== undefined && last !== undefined && atTerminator(text, i)) {
    if (parts.length === 1) return first;
    if (parts.every((part) => typeof part.value === "string" || typeof part.value === "number")) {
      return { value: parts.map((part) => String(part.value)).join(""), start: first.start, end: last.end, children: [] };
    }
  }
  return readComputed(text, at);
}

function atTerminator(text: string, at: number): boolean {
  return at >= text.length || /[,)\];]/.test(text.charAt(at)) || text.startsWith("=>", at) || text.startsWith("?>", at);
}

/** A literal at `at`, or undefined when what is there is not one. */
function readPrimary(text: string, at: number, depth: number): Read | undefined {
  const char = text.charAt(at);
  if (char === "'" || char === '"') return readString(text, at);
  if (char === "[") return readArray(text, at, at + 1, "]", depth + 1);
  const arrayWord = /array\s*\(/iy;
  arrayWord.lastIndex = at;
  if (arrayWord.test(text)) return readArray(text, at, arrayWord.lastIndex, ")", depth + 1);
  const number = /[-+]?\s*(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:[0-9][0-9_]*)?\.?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?)(?![\w.])/y;
  number.lastIndex = at;
  const digits = number.exec(text)?.[0];
  if (digits !== undefined) return { value: numberOf(digits), start: at, end: at + digits.length, children: [] };
  const word = /(true|false|null)(?![\w\\(:])/iy;
  word.lastIndex = at;
  const keyword = word.exec(text)?.[1]?.toLowerCase();
  if (keyword === undefined) return undefined;
  const value = keyword === "null" ? null : keyword === "true";
  return { value, start: at, end: at + keyword.length, children: [] };
}

function numberOf(source: string): number {
  const clean = source.replace(/[\s_]/g, "");
  const sign = clean.startsWith("-") ? -1 : 1;
  const body = clean.replace(/^[-+]/, "");
  if (/^0[xX]/.test(body)) return sign * parseInt(body.slice(2), 16);
  if (/^0[bB]/.test(body)) return sign * parseInt(body.slice(2), 2);
  if (/^0[0-7]+$/.test(body)) return sign * parseInt(body.slice(1), 8);
  return sign * Number(body);
}

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", v: "\v", e: "\x1b", f: "\f", "\\": "\\", $: "$", '"': '"' };

/** A quoted string; a double-quoted one that interpolates a variable is computed, not literal. */
function readString(text: string, at: number): Read {
  const quote = text.charAt(at);
  let value = "";
  let interpolated = false;
  for (let i = at + 1; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === quote) {
      const end = i + 1;
      if (interpolated) return { value: { $expr: text.slice(at, end) }, start: at, end, children: [] };
      return { value, start: at, end, children: [] };
    }
    if (char === "\\") {
      const next = text.charAt(i + 1);
      if (quote === "'") value += next === "'" || next === "\\" ? next : `\\${next}`;
      else value += ESCAPES[next] ?? `\\${next}`;
      i++;
    } else {
      if (quote === '"' && char === "$" && /[A-Za-z_{]/.test(text.charAt(i + 1))) interpolated = true;
      if (quote === '"' && char === "{" && text.charAt(i + 1) === "$") interpolated = true;
      value += char;
    }
  }
  return { message: "unterminated string", start: at, end: at + 1 };
}

/** `array(...)` or `[...]`: positional and `key => value` elements, trailing comma allowed. */
function readArray(text: string, at: number, bodyStart: number, close: string, depth: number): Read {
  if (depth > MAX_NESTING) return { message: `arrays nested too deeply (more than ${MAX_NESTING} levels)`, start: at, end: bodyStart };
  const entries: Array<[string | number, LiteralNode]> = [];
  let next = 0;
  let i = skipTrivia(text, bodyStart);
  while (text.charAt(i) !== close) {
    if (i >= text.length) return { message: "unterminated array", start: at, end: bodyStart };
    const first = readExpression(text, i, depth);
    if (isError(first)) return first;
    i = skipTrivia(text, first.end);
    let key: string | number = next;
    let element = first;
    if (text.startsWith("=>", i)) {
      key = arrayKey(first.value, next);
      const read = readExpression(text, skipTrivia(text, i + 2), depth);
      if (isError(read)) return read;
      element = read;
      i = skipTrivia(text, read.end);
    }
    if (typeof key === "number" && key >= next) next = key + 1;
    entries.push([key, element]);
    if (text.charAt(i) === ",") i = skipTrivia(text, i + 1);
    else if (text.charAt(i) !== close) {
      if (i >= text.length) return { message: "unterminated array", start: at, end: bodyStart };
      return { message: `expected ',' or '${close}' in array`, start: i, end: i + 1 };
    }
  }
  return { ...arrayValue(entries), start: at, end: i + 1 };
}

/** PHP casts integer-like string keys to integers; computed keys keep their source text. */
function arrayKey(key: unknown, next: number): string | number {
  if (typeof key === "number") return Math.trunc(key);
  if (typeof key === "string") return /^(0|-?[1-9][0-9]*)$/.test(key) ? Number(key) : key;
  if (typeof key === "boolean") return key ? 1 : 0;
  if (key === null) return "";
  if (typeof key === "object" && "$expr" in key) return String(key.$expr);
  return next;
}

/** A list when the keys are exactly 0..n-1 in order, else an object (last duplicate key wins, as in PHP). */
function arrayValue(entries: Array<[string | number, LiteralNode]>): Pick<LiteralNode, "value" | "children"> {
  if (entries.every(([key], index) => key === index)) {
    return { value: entries.map(([, node]) => node.value), children: entries };
  }
  const value: Record<string, unknown> = {};
  for (const [key, node] of entries) setOwn(value, String(key), node.value);
  return { value, children: entries.map(([key, node]) => [String(key), node]) };
}

/** Source text of a computed expression, up to its terminator at depth 0. */
function readComputed(text: string, at: number): Read {
  let depth = 0;
  let i = at;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === "'" || char === '"') {
      const string = readString(text, i);
      if (isError(string)) return string;
      i = string.end;
      continue;
    }
    if (char === "/" || char === "#") {
      const after = skipTrivia(text, i);
      if (after > i) {
        i = after;
        continue;
      }
    }
    if (depth === 0 && atTerminator(text, i)) break;
    if (char === "(" || char === "[" || char === "{") depth++;
    else if (char === ")" || char === "]" || char === "}") depth--;
    i++;
  }
  let end = i;
  while (end > at && /\s/.test(text.charAt(end - 1))) end--;
  return { value: { $expr: text.slice(at, end) }, start: at, end, children: [] };
}
