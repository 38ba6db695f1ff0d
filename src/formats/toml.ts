import type { AST } from "toml-eslint-parser";
import { vendored } from "../vendor.js";
import type { DocPath, ParseResult, Parser } from "../types.js";
import { PathRanges, failure, rangedResult, setOwn } from "./line-ranges.js";
import { LineIndex, errorText, startRange, stripBom } from "./positions.js";

/**
 * TOML 1.0 (netlify.toml, and any `*.toml`). Syntax and semantic checks (duplicate keys, a table
 * defined twice, bad dates) are toml-eslint-parser's; it returns an AST whose nodes carry string
 * offsets, which this module turns into plain data and a span for every value while walking it
 * once. docs/formats/toml.md says why this library.
 */
export const tomlParser: Parser = {
  id: "toml",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    let ast: AST.TOMLProgram;
    try {
      ast = vendored.toml().parseTOML(text, { tomlVersion: "1.0" });
    } catch (error) {
      // The library's messages are fixed sentences (no quoted input), so they can be shown as they are.
      const at = error instanceof vendored.toml().ParseError ? error.index : undefined;
      return failure(errorText(error), at === undefined ? startRange() : lines.pointRange(missingAt(text, at)));
    }
    const ranges = new PathRanges(lines);
    try {
      return rangedResult(file, toValue(ast, ranges), ranges);
    } catch (error) {
      // Only reachable if the AST broke an invariant the library promises; bad input never throws out of a parser.
      return failure(errorText(error), startRange());
    }
  },
};

type Table = Record<string, unknown>;

/**
 * The library reports something missing (a value, a closing `]`) at the next token, which may be
 * lines further down; the user's mistake is where their text stopped, so an error at a line break
 * or at the end of the file moves back to just after the last thing written.
 */
function missingAt(text: string, at: number): number {
  const here = text.charAt(at);
  if (at < text.length && here !== "\n" && here !== "\r") return at;
  let back = Math.min(at, text.length);
  while (back > 0 && /\s/.test(text.charAt(back - 1))) back--;
  return back;
}

/** The document's data: tables are objects, arrays of tables are arrays, dates stay as written. */
function toValue(ast: AST.TOMLProgram, ranges: PathRanges): Table {
  const root: Table = {};
  const top = ast.body[0];
  for (const node of top.body) {
    if (node.type === "TOMLKeyValue") {
      assign(root, [], node, ranges);
      continue;
    }
    // `resolvedKey` already numbers arrays of tables: the second `[[headers]]` is `headers/1`.
    const path = node.resolvedKey;
    recordImplicit(root, [], path.slice(0, -1), node.range, ranges);
    const table = tableAt(root, path);
    ranges.set(path, node.range[0], node.range[1]);
    for (const pair of node.body) assign(table, path, pair, ranges);
  }
  return root;
}

/** Sets a `key = value` pair (dotted keys create the tables between) inside `table`, which sits at `path`. */
function assign(table: Table, path: DocPath, pair: AST.TOMLKeyValue, ranges: PathRanges): void {
  const names = pair.key.keys.map((key) => (key.type === "TOMLBare" ? key.name : key.value));
  const last = names.pop();
  if (last === undefined) return;
  const parentPath = [...path, ...names];
  recordImplicit(table, path, names, pair.range, ranges);
  const parent = tableAt(table, names);
  setOwn(parent, last, content(pair.value, [...parentPath, last], ranges));
}

/** Converts a value node, recording the span of it and of everything inside it. */
function content(node: AST.TOMLContentNode, path: DocPath, ranges: PathRanges): unknown {
  ranges.set(path, node.range[0], node.range[1]);
  switch (node.type) {
    case "TOMLArray":
      return node.elements.map((element, i) => content(element, [...path, i], ranges));
    case "TOMLInlineTable": {
      const table: Table = {};
      for (const pair of node.body) assign(table, path, pair, ranges);
      return table;
    }
    case "TOMLValue":
      return scalar(node);
  }
}

/**
 * Dates and times keep their written form (CEL and JSON have no local-date type, and the text is
 * what a message should quote); integers beyond 2^53 keep their digits rather than lose them.
 */
function scalar(node: AST.TOMLValue): unknown {
  switch (node.kind) {
    case "integer":
      return Number.isSafeInteger(node.value) ? node.value : node.bigint.toString();
    case "offset-date-time":
    case "local-date-time":
    case "local-date":
    case "local-time":
      return node.datetime;
    default:
      return node.value;
  }
}

/**
 * Tables that a dotted key or a `[a.b.c]` header creates on the way (`a`, `a.b`) have no text of
 * their own: they are located at the line that first created them.
 */
function recordImplicit(root: unknown, base: DocPath, names: DocPath, span: readonly [number, number], ranges: PathRanges): void {
  let probe = root;
  names.forEach((name, i) => {
    const next: unknown = Array.isArray(probe) ? probe[Number(name)] : isTable(probe) && Object.hasOwn(probe, String(name)) ? probe[String(name)] : undefined;
    if (next === undefined) ranges.set([...base, ...names.slice(0, i + 1)], span[0], span[1]);
    probe = next;
  });
}

/** The table at `path` under `root`, creating the missing tables (and array slots) on the way. */
function tableAt(root: Table, path: DocPath): Table {
  let current: unknown = root;
  path.forEach((segment, i) => {
    const nextIsIndex = typeof path[i + 1] === "number";
    if (Array.isArray(current) && typeof segment === "number") {
      current[segment] ??= nextIsIndex ? [] : {};
      current = current[segment];
    } else if (isTable(current)) {
      const key = String(segment);
      if (!Object.hasOwn(current, key)) setOwn(current, key, nextIsIndex ? [] : {});
      current = current[key];
    }
  });
  if (!isTable(current)) throw new Error("a TOML table path crosses a value that is not a table");
  return current;
}

function isTable(value: unknown): value is Table {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
