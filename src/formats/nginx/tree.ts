import { Reader, SyntaxFailure, type Word } from "./reader.js";
import { skipLuaBlock } from "./lua.js";

/** One directive as written, with offsets. `end` is just after its `;` or closing `}`. */
export interface Node {
  name: Word;
  args: Word[];
  start: number;
  end: number;
  /** The `{ ... }` span of a block directive, braces included. */
  block?: { start: number; end: number; children: Node[] };
  /** The body of a `*_by_lua_block`, kept as text: it is Lua, not nginx syntax. */
  raw?: Word;
}

/** Deep enough for any real configuration, bounded so that hostile input cannot exhaust the stack. */
const MAX_DEPTH = 128;

/** Parses a whole file into its directive tree; throws `SyntaxFailure` on bad syntax. */
export function parseTree(text: string): Node[] {
  const reader = new Reader(text);
  return readBlock(reader, undefined, 0);
}

/** The directives up to the `}` closing `opener`, or to the end of the file at the top level. */
function readBlock(reader: Reader, opener: Node | undefined, depth: number): Node[] {
  const nodes: Node[] = [];
  for (;;) {
    const statement = reader.read();
    switch (statement.kind) {
      case "eof":
        if (opener !== undefined) {
          const line = lineOf(reader.text, opener.block?.start ?? opener.start);
          throw new SyntaxFailure(
            `unexpected end of file, expecting "}" to close the "${opener.name.text}" block opened on line ${line}`,
            reader.text.length,
            reader.text.length,
          );
        }
        return nodes;
      case "close":
        if (opener?.block === undefined) throw new SyntaxFailure('unexpected "}"', statement.at);
        opener.block.end = statement.at + 1;
        opener.end = statement.at + 1;
        return nodes;
      case "directive": {
        const [name, ...args] = statement.words;
        if (name === undefined) throw new SyntaxFailure('unexpected ";"', statement.end - 1);
        nodes.push({ name, args, start: name.start, end: statement.end });
        break;
      }
      case "block": {
        const [name, ...args] = statement.words;
        if (name === undefined) throw new SyntaxFailure('unexpected "{"', statement.open);
        const node: Node = { name, args, start: name.start, end: statement.open + 1 };
        nodes.push(node);
        if (name.text.endsWith("_by_lua_block")) {
          const close = skipLuaBlock(reader.text, statement.open + 1);
          if (close < 0) {
            throw new SyntaxFailure(
              `unexpected end of file, expecting "}" to close the "${name.text}" block opened on line ${lineOf(reader.text, statement.open)}`,
              reader.text.length,
              reader.text.length,
            );
          }
          node.raw = { text: reader.text.slice(statement.open + 1, close), start: statement.open + 1, end: close };
          node.block = { start: statement.open, end: close + 1, children: [] };
          node.end = close + 1;
          reader.seek(close + 1);
          break;
        }
        if (depth >= MAX_DEPTH) throw new SyntaxFailure(`blocks nested deeper than ${MAX_DEPTH} levels`, statement.open);
        node.block = { start: statement.open, end: statement.open + 1, children: [] };
        node.block.children = readBlock(reader, node, depth + 1);
        break;
      }
    }
  }
}

/** 1-based line of an offset, for messages only (positions go through `LineIndex`). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
