import type { DocumentNode, Mode, ValueNode } from "@humanwhocodes/momoa";
import { vendored } from "../vendor.js";
import type { DocPath, Document, ParseError, ParseResult, Parser, PathSegment, Range } from "../types.js";
import { LineIndex, errorText, startRange, stripBom, trimEnd } from "./positions.js";

/**
 * Strict JSON. Values come from `JSON.parse`, the fastest parser there is; positions come
 * from a second parse with momoa, done only the first time `locate` is called.
 */
export const jsonParser: Parser = {
  id: "json",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [strictJsonError(error, text)] };
    }
    return { ok: true, documents: [singleDocument(file, value, text, () => vendored.momoa().parse(text, { mode: "json" }))] };
  },
};

/** JSON with comments and trailing commas, as tsconfig, VS Code and Renovate read it. */
export const jsoncParser: Parser = momoaParser("jsonc");

/** JSON5: unquoted keys, single quotes, hex numbers, trailing commas, comments (`renovate.json5`). */
export const json5Parser: Parser = momoaParser("json5");

/**
 * These dialects are rare enough that one momoa parse serves for both values and positions.
 * Trailing commas are on for JSONC too: tsconfig and VS Code settings accept them.
 */
function momoaParser(mode: "jsonc" | "json5"): Parser {
  return {
    id: mode,
    parse(raw: string, file: string): ParseResult {
      const text = stripBom(raw);
      try {
        const ast = vendored.momoa().parse(text, { mode, allowTrailingCommas: true });
        const value: unknown = vendored.momoa().evaluate(ast.body);
        return { ok: true, documents: [singleDocument(file, value, text, () => ast)] };
      } catch (error) {
        return { ok: false, errors: [momoaError(error, text, mode) ?? { message: errorText(error), range: startRange() }] };
      }
    },
  };
}

/** A JSON file is one document; its positions are computed on the first `locate`. */
function singleDocument(file: string, value: unknown, text: string, tree: () => DocumentNode): Document {
  let positions: JsonPositions | undefined;
  return {
    file,
    index: 0,
    value,
    locate(path: DocPath): Range {
      positions ??= new JsonPositions(text, tree);
      return positions.locate(path);
    },
  };
}

class JsonPositions {
  private readonly lines: LineIndex;
  private readonly root: ValueNode | undefined;

  constructor(
    private readonly text: string,
    tree: () => DocumentNode,
  ) {
    this.lines = new LineIndex(text);
    this.root = tryTree(tree);
  }

  locate(path: DocPath): Range {
    if (this.root === undefined) return this.lines.range(0, trimEnd(this.text, 0, this.text.length));
    const node = walk(this.root, path);
    return this.lines.range(node.loc.start.offset, node.loc.end.offset);
  }
}

/** momoa may, in theory, reject what `JSON.parse` accepted; positions then degrade, never throw. */
function tryTree(tree: () => DocumentNode): ValueNode | undefined {
  try {
    return tree().body;
  } catch {
    return undefined;
  }
}

/** Follows `path` as far as it exists. With duplicate keys the last one wins, as in `JSON.parse`. */
function walk(root: ValueNode, path: DocPath): ValueNode {
  let current = root;
  for (const segment of path) {
    const next = childOf(current, segment);
    if (next === undefined) break;
    current = next;
  }
  return current;
}

function childOf(node: ValueNode, segment: PathSegment): ValueNode | undefined {
  if (node.type === "Array") {
    const index = typeof segment === "number" ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
    return node.elements[index]?.value;
  }
  if (node.type !== "Object") return undefined;
  const key = String(segment);
  for (let i = node.members.length - 1; i >= 0; i--) {
    const member = node.members[i];
    if (member === undefined) continue;
    const name = member.name.type === "String" ? member.name.value : member.name.name;
    if (name === key) return member.value;
  }
  return undefined;
}

/**
 * `JSON.parse` messages carry an offset at best and a snippet of the file at worst, so the
 * error is taken from momoa, which reports where it stopped. Should momoa accept the text,
 * V8's own offset is used.
 */
function strictJsonError(error: unknown, text: string): ParseError {
  try {
    vendored.momoa().parse(text, { mode: "json" });
  } catch (momoaFailure) {
    const fromMomoa = momoaError(momoaFailure, text, "json");
    if (fromMomoa !== undefined) return fromMomoa;
  }
  const message = errorText(error);
  const offset = /at position (\d+)/.exec(message)?.[1];
  const range = offset === undefined ? startRange() : new LineIndex(text).pointRange(Number(offset));
  return { message: message.replace(/\s*in JSON at position \d+.*$/, ""), range };
}

const TOKEN_TEXT: Readonly<Record<string, string>> = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Comma: "','",
  Colon: "':'",
};

/**
 * momoa errors carry the offset where parsing stopped; their message ends with `(line:col)`,
 * dropped here because the range says it, and names punctuation by token type (`RBrace`),
 * shown as the character instead.
 */
function momoaError(error: unknown, text: string, mode: Mode): ParseError | undefined {
  if (!(error instanceof Error)) return undefined;
  const offset: unknown = (error as Error & { offset?: unknown }).offset;
  if (typeof offset !== "number") return undefined;
  const lines = new LineIndex(text);
  if (endsTooSoon(text, mode)) {
    // Point just after the last thing written, not at blank lines below it.
    const end = trimEnd(text, 0, text.length);
    return { message: "Unexpected end of input.", range: lines.range(end, end) };
  }
  const message = errorText(error)
    .replace(/\s*\(\d+:\d+\)$/, "")
    .replace(/\b(LBrace|RBrace|LBracket|RBracket|Comma|Colon)\b/g, (name) => TOKEN_TEXT[name] ?? name);
  return { message, range: lines.pointRange(offset) };
}

/**
 * Whether the text is a valid prefix cut short. momoa blames the last token it read (or 1:1)
 * when input runs out, which points away from the problem; so the text is parsed again with
 * a character no JSON dialect accepts appended: if the parser now fails inside the appended
 * part, it had consumed everything and wanted more.
 */
function endsTooSoon(text: string, mode: Mode): boolean {
  try {
    vendored.momoa().parse(`${text}\n\u0000`, { mode, allowTrailingCommas: mode !== "json" });
    return false;
  } catch (error) {
    const offset: unknown = error instanceof Error ? (error as Error & { offset?: unknown }).offset : undefined;
    return typeof offset === "number" && offset >= text.length;
  }
}
