import type { DocPath, ParseResult, Parser } from "../types.js";
import { PathRanges, failure, rangedResult, setOwn } from "./line-ranges.js";
import { LineIndex, stripBom } from "./positions.js";

/** A configuration tree: scalars are strings, lists are arrays of strings. */
export type AptTree = { [key: string]: AptTree | string | string[] };

/** The value of an `apt-conf` document. */
export interface AptConf {
  /**
   * The settings as apt builds them: `A::B "v";` and `A { B "v"; };` both give
   * `{ A: { B: "v" } }`; unnamed items (`A { "x"; "y"; };`, `A:: "x";`) give an array. A name
   * that has both its own value and children keeps the value under `#value` and unnamed items
   * under `#items`.
   */
  config: AptTree;
  /** `#include` targets, in file order. */
  includes: string[];
  /** Names given to `#clear`, in file order (they also remove what this file set before them). */
  clears: string[];
}

/** Deeper than any real file, shallow enough that hostile input cannot exhaust the stack. */
const MAX_DEPTH = 256;

type TokenKind = "word" | "string" | "{" | "}" | ";" | "include" | "clear";

interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** A name in the tree while the file is read; apt matches names case-insensitively, keeping the first spelling. */
interface Node {
  name: string;
  value?: { text: string; start: number; end: number };
  named: Map<string, Node>;
  items: Array<{ text: string; start: number; end: number }>;
  /** Opened with `{`: an empty block is an empty list (`Package-Blacklist { };`), not an empty value. */
  block: boolean;
  /** Levels below the root; bounded so that hostile input cannot exhaust the stack. */
  depth: number;
  start: number;
  end: number;
}

interface Problem {
  message: string;
  start: number;
  end: number;
}

/**
 * apt.conf and `apt.conf.d/*` (unattended-upgrades' `50unattended-upgrades`, `20auto-upgrades`):
 * `Key::Sub "value";`, nested `Key { Sub "v"; };` blocks, unnamed list items, `//`, `/* *\/`
 * and `#` comments, `#include` and `#clear`. Later settings of a name replace earlier ones,
 * and names compare case-insensitively, as in apt. Like apt, a value may be unquoted and a
 * `"` string may span lines; a missing `;` or `}` is an error.
 */
export const aptConfParser: Parser = {
  id: "apt-conf",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const tokens = tokenize(text);
    if (!Array.isArray(tokens)) return failure(tokens.message, lines.range(tokens.start, tokens.end));
    const root = newNode("", 0, text.length, 0);
    const reader = new Reader(text, tokens, root);
    const problem = reader.block(root, undefined);
    if (problem !== undefined) return failure(problem.message, lines.range(problem.start, problem.end));
    const ranges = new PathRanges(lines);
    const value: AptConf = { config: {}, includes: reader.includes.map((t) => t.text), clears: reader.clears.map((t) => t.text) };
    reader.includes.forEach((token, n) => ranges.set(["includes", n], token.start, token.end));
    reader.clears.forEach((token, n) => ranges.set(["clears", n], token.start, token.end));
    for (const child of root.named.values()) setOwn(value.config, child.name, toPlain(child, ["config", child.name], ranges));
    return rangedResult(file, value, ranges);
  },
};

function newNode(name: string, start: number, end: number, depth: number): Node {
  return { name, named: new Map(), items: [], block: false, start, end, depth };
}

function tooDeep(name: Token): Problem {
  return { message: "names are nested too deeply", start: name.start, end: name.end };
}

/** Reads statements from the token list into the tree. */
class Reader {
  readonly includes: Token[] = [];
  readonly clears: Token[] = [];
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly root: Node,
  ) {}

  /** Reads statements until the `}` closing `open`, or the end of the file when `open` is undefined. */
  block(parent: Node, open: Token | undefined): Problem | undefined {
    for (;;) {
      const token = this.tokens[this.at];
      if (token === undefined) return open === undefined ? undefined : { message: "unbalanced '{': missing '}'", start: open.start, end: open.end };
      this.at++;
      if (token.kind === ";") continue;
      if (token.kind === "}") {
        if (open === undefined) return { message: "unexpected '}'", start: token.start, end: token.end };
        if (this.tokens[this.at]?.kind === ";") this.at++;
        parent.end = token.end;
        return undefined;
      }
      if (token.kind === "include" || token.kind === "clear") {
        const problem = this.directive(token);
        if (problem !== undefined) return problem;
        continue;
      }
      if (token.kind === "{") return { message: "'{' without a name", start: token.start, end: token.end };
      const problem = this.statement(parent, token);
      if (problem !== undefined) return problem;
    }
  }

  private statement(parent: Node, first: Token): Problem | undefined {
    const words: Token[] = [first];
    let next = this.tokens[this.at];
    while (next !== undefined && (next.kind === "word" || next.kind === "string")) {
      words.push(next);
      this.at++;
      next = this.tokens[this.at];
    }
    const last = words[words.length - 1] ?? first;
    if (next?.kind === "{") {
      if (words.length > 1) return { message: "unexpected value before '{'", start: last.start, end: last.end };
      this.at++;
      const target = resolve(parent, first.text, first.start, next.end);
      if (target === undefined) return tooDeep(first);
      if (target.item) return { message: "'{' after a name ending in '::'", start: next.start, end: next.end };
      target.node.start = first.start;
      target.node.block = true;
      return this.block(target.node, next);
    }
    if (next?.kind !== ";") return { message: "expected ';'", start: last.end, end: last.end };
    this.at++;
    const [name, value, extra] = words;
    if (extra !== undefined && value !== undefined) return { message: "expected ';' after the value", start: value.end, end: value.end };
    if (name === undefined) return undefined;
    if (value === undefined) {
      // A lone string is a list item; a lone word is a name with an empty value, as apt reads it.
      if (name.kind === "string") {
        if (parent === this.root) return { message: "a list item needs a name at the top level", start: name.start, end: name.end };
        parent.items.push({ text: name.text, start: name.start, end: name.end });
        return undefined;
      }
      const target = resolve(parent, name.text, name.start, next.end);
      if (target === undefined) return tooDeep(name);
      if (!target.item) target.node.value = { text: "", start: name.start, end: name.end };
      return undefined;
    }
    const target = resolve(parent, name.text, name.start, next.end);
    if (target === undefined) return tooDeep(name);
    const item = { text: value.text, start: value.start, end: value.end };
    if (target.item) target.node.items.push(item);
    else target.node.value = item;
    return undefined;
  }

  /** `#include` and `#clear` take the words after them on the same line, up to an optional `;`. */
  private directive(token: Token): Problem | undefined {
    const args: Token[] = [];
    let next = this.tokens[this.at];
    while (next !== undefined && (next.kind === "word" || next.kind === "string") && !/[\r\n]/.test(this.text.slice(token.end, next.start))) {
      args.push(next);
      this.at++;
      next = this.tokens[this.at];
    }
    if (next?.kind === ";") this.at++;
    if (args.length === 0) return { message: `#${token.kind} needs an argument`, start: token.start, end: token.end };
    if (token.kind === "include") this.includes.push(...args);
    for (const arg of token.kind === "clear" ? args : []) {
      this.clears.push(arg);
      clear(this.root, arg.text);
    }
    return undefined;
  }
}

/**
 * The node an `A::B::C` name stands for under `parent`, created as needed, each step taking
 * the statement's range. A name ending in `::` (`A:: "x";`) adds an unnamed item to `A`.
 */
function resolve(parent: Node, name: string, start: number, end: number): { node: Node; item: boolean } | undefined {
  const parts = name.split("::");
  const item = parts.length > 1 && parts[parts.length - 1] === "";
  let node = parent;
  for (const part of parts) {
    if (part === "") continue;
    const key = part.toLowerCase();
    let child = node.named.get(key);
    if (child === undefined) {
      if (node.depth >= MAX_DEPTH) return undefined;
      child = newNode(part, start, end, node.depth + 1);
      node.named.set(key, child);
    }
    child.start = start;
    child.end = end;
    node = child;
  }
  return { node, item };
}

function clear(root: Node, name: string): void {
  const parts = name.split("::").filter((part) => part !== "");
  let node = root;
  for (const [n, part] of parts.entries()) {
    const key = part.toLowerCase();
    if (n === parts.length - 1) {
      node.named.delete(key);
      return;
    }
    const child = node.named.get(key);
    if (child === undefined) return;
    node = child;
  }
}

/** The plain value of `node`, recording the range of everything under `path`. */
function toPlain(node: Node, path: DocPath, ranges: PathRanges): AptTree | string | string[] {
  ranges.set(path, node.start, node.end);
  if (node.named.size === 0 && node.items.length === 0 && (node.value !== undefined || !node.block)) {
    if (node.value !== undefined) ranges.set(path, node.value.start, node.value.end);
    return node.value?.text ?? "";
  }
  if (node.named.size === 0 && node.value === undefined) {
    node.items.forEach((item, n) => ranges.set([...path, n], item.start, item.end));
    return node.items.map((item) => item.text);
  }
  const tree: AptTree = {};
  for (const child of node.named.values()) setOwn(tree, child.name, toPlain(child, [...path, child.name], ranges));
  if (node.value !== undefined) {
    setOwn(tree, "#value", node.value.text);
    ranges.set([...path, "#value"], node.value.start, node.value.end);
  }
  if (node.items.length > 0) {
    setOwn(tree, "#items", node.items.map((item) => item.text));
    node.items.forEach((item, n) => ranges.set([...path, "#items", n], item.start, item.end));
  }
  return tree;
}

/** Splits the text into tokens, dropping comments. */
function tokenize(text: string): Token[] | Problem {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === "\n" || char === "\r") {
      at++;
      continue;
    }
    if (char === " " || char === "\t") {
      at++;
      continue;
    }
    if (text.startsWith("//", at)) {
      at = lineEnd(text, at);
      continue;
    }
    if (text.startsWith("/*", at)) {
      const close = text.indexOf("*/", at + 2);
      if (close < 0) return { message: "unterminated '/*' comment", start: at, end: at + 2 };
      at = close + 2;
      continue;
    }
    if (char === "#") {
      const directive = /^#(include|clear)(?=[ \t\r\n;"]|$)/.exec(text.slice(at, at + 9))?.[1];
      if (directive === "include" || directive === "clear") {
        tokens.push({ kind: directive, text: `#${directive}`, start: at, end: at + directive.length + 1 });
        at += directive.length + 1;
      } else {
        at = lineEnd(text, at);
      }
      continue;
    }
    if (char === "{" || char === "}" || char === ";") {
      tokens.push({ kind: char, text: char, start: at, end: at + 1 });
      at++;
      continue;
    }
    if (char === '"') {
      const close = text.indexOf('"', at + 1);
      if (close < 0) return { message: "unterminated string", start: at, end: at + 1 };
      tokens.push({ kind: "string", text: text.slice(at + 1, close), start: at, end: close + 1 });
      at = close + 1;
      continue;
    }
    const start = at;
    while (at < text.length && !/[ \t\r\n{};"]/.test(text.charAt(at)) && !text.startsWith("//", at) && !text.startsWith("/*", at)) at++;
    tokens.push({ kind: "word", text: text.slice(start, at), start, end: at });
  }
  return tokens;
}

function lineEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
  return at;
}
