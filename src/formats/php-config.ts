import type { DocPath, ParseResult, Parser, PathSegment } from "../types.js";
import { jsonParser } from "./json.js";
import { PathRanges, failure, rangedResult, setOwn } from "./line-ranges.js";
import { isError, readExpression, skipTrivia, type LiteralNode } from "./php-config/read-literal.js";
import { LineIndex, stripBom } from "./positions.js";
import { isRecord } from "../plain-data.js";

/** The value of a `php-config` document. */
export interface PhpConfig {
  /** `define('NAME', value)` calls, anywhere in the file; the first definition wins, as in PHP. */
  constants: Record<string, unknown>;
  /** Top-level `$name = value;` assignments (`$name['key'] = value;` sets one element); the last one wins. */
  variables: Record<string, unknown>;
  /** The value of the first top-level `return`, or the JSON behind a `<?php exit; ?>` guard; absent when there is none. */
  returned?: unknown;
}

/** W3 Total Cache 0.9.5+ writes its JSON config behind this guard so that PHP never serves it. */
const EXIT_GUARD = /^<\?php\s+(?:exit|die)\s*(?:\(\s*\))?\s*;?\s*\?>/i;

/**
 * WordPress-style PHP configuration (`wp-config.php`, WP Super Cache, W3 Total Cache, WP
 * Rocket). Only literal parts are read, nothing is executed: computed values become
 * `{ $expr: source }`. Other statements are skipped; only a literal that starts but never ends
 * is an error. Values include secrets (salts, DB_PASSWORD), so messages never quote the text.
 */
export const phpConfigParser: Parser = {
  id: "php-config",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const guard = EXIT_GUARD.exec(text);
    if (guard !== null) return parseGuardedJson(text, guard[0].length, file);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value: PhpConfig = { constants: {}, variables: {} };
    let depth = 0;
    let at = 0;
    let statementStart = true;
    while (at < text.length) {
      at = skipTrivia(text, at);
      if (at >= text.length) break;
      const char = text.charAt(at);
      const read =
        readDefine(text, at) ??
        (depth === 0 && statementStart ? (readAssignment(text, at) ?? readReturn(text, at)) : undefined);
      if (read !== undefined) {
        if (isError(read)) return failure(read.message, lines.range(read.start, read.end));
        const { path, node } = read;
        const [root, name] = path;
        if (root === "returned") {
          value.returned = node.value;
          record(ranges, ["returned"], node);
          break;
        }
        const target = root === "constants" ? value.constants : value.variables;
        if (typeof name !== "string" || (root === "constants" && Object.hasOwn(target, name))) {
          at = read.next;
          continue;
        }
        if (path.length === 2) {
          setOwn(target, name, node.value);
        } else {
          const element = path[2] ?? "";
          const current = Object.hasOwn(target, name) ? target[name] : undefined;
          const holder = isRecord(current) ? current : Array.isArray(current) ? { ...current } : {};
          setOwn(holder, String(element), node.value);
          setOwn(target, name, holder);
        }
        record(ranges, path, node);
        at = read.next;
        statementStart = true;
        continue;
      }
      if (char === "'" || char === '"') {
        const skipped = readExpression(text, at);
        at = isError(skipped) ? text.length : Math.max(skipped.end, at + 1);
        statementStart = false;
        continue;
      }
      if (char === "{") depth++;
      else if (char === "}") depth = Math.max(0, depth - 1);
      statementStart = char === ";" || char === "{" || char === "}" || char === ">" || char === ":";
      if (text.startsWith("<?php", at)) {
        at += 5;
        statementStart = true;
        continue;
      }
      if (text.startsWith("?>", at)) {
        const open = text.indexOf("<?php", at);
        at = open < 0 ? text.length : open;
        continue;
      }
      at = nextToken(text, at);
    }
    return rangedResult(file, value, ranges);
  },
};

interface Statement {
  path: PathSegment[];
  node: LiteralNode;
  /** Offset just after the statement. */
  next: number;
}

type StatementRead = Statement | { message: string; start: number; end: number };

/** `define('NAME', value)`, not a method or a function declaration of that name. */
function readDefine(text: string, at: number): StatementRead | undefined {
  const word = /define\s*\(/iy;
  word.lastIndex = at;
  if (!word.test(text) || /[\w$>:\\]/.test(text.charAt(at - 1))) return undefined;
  const nameAt = skipTrivia(text, word.lastIndex);
  const name = readExpression(text, nameAt);
  if (isError(name)) return name;
  const comma = skipTrivia(text, name.end);
  if (typeof name.value !== "string" || text.charAt(comma) !== ",") return undefined;
  const node = readExpression(text, skipTrivia(text, comma + 1));
  if (isError(node)) return node;
  let next = skipTrivia(text, node.end);
  if (text.charAt(next) === ",") next = skipTrivia(text, readExpression(text, skipTrivia(text, next + 1)).end);
  if (text.charAt(next) !== ")") return { message: "expected ')' to close define(", start: next, end: next + 1 };
  return { path: ["constants", name.value], node, next: next + 1 };
}

/** `$name = value;` or `$name['key'] = value;` (not `==`, not `+=`). */
function readAssignment(text: string, at: number): StatementRead | undefined {
  const head = /\$([A-Za-z_][A-Za-z0-9_]*)\s*/y;
  head.lastIndex = at;
  const name = head.exec(text)?.[1];
  if (name === undefined) return undefined;
  const path: PathSegment[] = ["variables", name];
  let i = head.lastIndex;
  if (text.charAt(i) === "[") {
    const key = readExpression(text, skipTrivia(text, i + 1));
    if (isError(key)) return key;
    const close = skipTrivia(text, key.end);
    if (text.charAt(close) !== "]" || (typeof key.value !== "string" && typeof key.value !== "number")) return undefined;
    path.push(key.value);
    i = skipTrivia(text, close + 1);
  }
  if (text.charAt(i) !== "=" || /[=>]/.test(text.charAt(i + 1))) return undefined;
  const node = readExpression(text, skipTrivia(text, i + 1));
  if (isError(node)) return node;
  return { path, node, next: node.end };
}

/** A top-level `return value;`. */
function readReturn(text: string, at: number): StatementRead | undefined {
  const word = /return\b/iy;
  word.lastIndex = at;
  if (!word.test(text)) return undefined;
  const node = readExpression(text, skipTrivia(text, word.lastIndex));
  if (isError(node)) return node;
  return { path: ["returned"], node, next: node.end };
}

/** Skips one character, or a whole word or variable so that `define` inside `undefine_x` is not seen. */
function nextToken(text: string, at: number): number {
  const word = /[$\w\\]+/y;
  word.lastIndex = at;
  return word.test(text) ? word.lastIndex : at + 1;
}

function record(ranges: PathRanges, path: DocPath, node: LiteralNode): void {
  ranges.set(path, node.start, node.end);
  for (const [key, child] of node.children) record(ranges, [...path, key], child);
}

/**
 * The guard is blanked out rather than cut off, so the JSON parser's offsets, lines and columns
 * are already those of the original file.
 */
function parseGuardedJson(text: string, guardLength: number, file: string): ParseResult {
  const blanked = text.slice(0, guardLength).replace(/[^\r\n]/g, " ") + text.slice(guardLength);
  const result = jsonParser.parse(blanked, file);
  if (!result.ok) return result;
  const json = result.documents[0];
  if (json === undefined) return result;
  const value: PhpConfig = { constants: {}, variables: {}, returned: json.value };
  return {
    ok: true,
    documents: [
      {
        file,
        index: 0,
        value,
        locate: (path) => json.locate(path[0] === "returned" ? path.slice(1) : []),
      },
    ],
  };
}
