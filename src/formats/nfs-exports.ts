import type { DocPath, ParseResult, Parser } from "../types.js";
import { PathRanges, failure, isBlank, rangedResult } from "./line-ranges.js";
import { ownValue } from "../plain-data.js";
import { LineIndex, stripBom } from "./positions.js";

/** An option value: a flag, a number (`anonuid`), a string (`fsid`), or the `sec=` flavours. */
export type ExportOption = boolean | number | string | string[];

/** One client of an export line. */
export interface ExportClient {
  /** The host, `*.domain`, `a.b.c.d/nn`, `@netgroup`, or `*` for everyone. */
  host: string;
  /** Whether everyone may mount: `*`, `0.0.0.0/0`, `::/0`, an empty host, or a bare `(options)`. */
  world: boolean;
  /**
   * The client was written as a bare `(options)` token, usually by a space slipped in before
   * the parenthesis (`/srv host (rw)`): exports(5) reads it as these options for every host.
   */
  worldFromSpace: boolean;
  /** The line names no client at all, which exportfs reads as `*` with the default options. */
  implicit: boolean;
  /** Every option after the exports(5) defaults, the line's `-defaults` and the client's own are applied. */
  options: Record<string, ExportOption>;
  /** The options written on the line (`-defaults` first, then the client's), in order. */
  written: string[];
}

/** One export line. */
export interface NfsExport {
  /** Exported directory, quotes removed. */
  path: string;
  /** Options written after the path with a leading `-`. */
  defaults: string[];
  /** Clients in the order written. */
  clients: ExportClient[];
}

/** The value of an `nfs-exports` document. */
export interface NfsExports {
  exports: NfsExport[];
}

/** Options that come in pairs: setting one clears the other. */
const OPPOSITES: Readonly<Record<string, string>> = {
  ro: "rw",
  rw: "ro",
  sync: "async",
  async: "sync",
  root_squash: "no_root_squash",
  no_root_squash: "root_squash",
  all_squash: "no_all_squash",
  no_all_squash: "all_squash",
  secure: "insecure",
  insecure: "secure",
  subtree_check: "no_subtree_check",
  no_subtree_check: "subtree_check",
  wdelay: "no_wdelay",
  no_wdelay: "wdelay",
  hide: "nohide",
  nohide: "hide",
  secure_locks: "insecure_locks",
  insecure_locks: "secure_locks",
};

/** The options exportfs applies when a line says nothing (exports(5), nfs-utils 1.1+). */
const DEFAULTS = ["ro", "sync", "root_squash", "no_all_squash", "secure", "no_subtree_check", "wdelay", "hide", "secure_locks", "sec=sys"];

/** Client specifications that match every host. */
const WORLD_HOSTS = new Set(["*", "", "0.0.0.0/0", "::/0"]);

/** A word of a logical line: its text (quotes removed) and where it was written. */
interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * `/etc/exports` and `/etc/exports.d/*.exports`: `<path> [-defaults] <client>(<options>) ...`.
 * A `\` at the end of a line continues it; `#` at the start of a word starts a comment; a path
 * may be quoted. Unknown options are kept as written (exportfs rejects them when it loads the
 * file, so a policy can too); malformed words are errors.
 */
export const nfsExportsParser: Parser = {
  id: "nfs-exports",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value: NfsExports = { exports: [] };
    const logical = logicalLines(text);
    if (!Array.isArray(logical)) return failure(logical.message, lines.pointRange(logical.offset));
    for (const tokens of logical) {
      const problem = readExport(tokens, value, ranges);
      if (problem !== undefined) return failure(problem.message, lines.range(problem.start, problem.end));
    }
    return rangedResult(file, value, ranges);
  },
};

/** Splits the text into logical lines of tokens, joining `\` continuations and dropping comments. */
function logicalLines(text: string): Token[][] | { message: string; offset: number } {
  const result: Token[][] = [];
  let tokens: Token[] = [];
  let at = 0;
  while (at <= text.length) {
    const char = text.charAt(at);
    if (at === text.length || char === "\n" || char === "\r") {
      if (tokens.length > 0) result.push(tokens);
      tokens = [];
      at++;
      continue;
    }
    if (isBlank(text.charCodeAt(at))) {
      at++;
    } else if (char === "\\" && (at + 1 === text.length || text.charAt(at + 1) === "\n" || text.charAt(at + 1) === "\r")) {
      at += text.startsWith("\r\n", at + 1) ? 3 : 2;
    } else if (char === "#") {
      while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
    } else {
      const start = at;
      let word = "";
      while (at < text.length && !/[ \t\r\n]/.test(text.charAt(at))) {
        if (text.charAt(at) === '"') {
          let close = at + 1;
          while (close < text.length && !'"\r\n'.includes(text.charAt(close))) close++;
          if (text.charAt(close) !== '"') return { message: "unterminated quote", offset: at };
          word += text.slice(at + 1, close);
          at = close + 1;
        } else {
          word += text.charAt(at);
          at++;
        }
      }
      tokens.push({ text: word, start, end: at });
    }
  }
  return result;
}

function readExport(tokens: Token[], value: NfsExports, ranges: PathRanges): { message: string; start: number; end: number } | undefined {
  const [pathToken, ...rest] = tokens;
  if (pathToken === undefined) return undefined;
  if (pathToken.text.startsWith("-") || pathToken.text.startsWith("(")) {
    return { message: "expected an export path at the start of the line", start: pathToken.start, end: pathToken.end };
  }
  const index = value.exports.length;
  const at: DocPath = ["exports", index];
  const entry: NfsExport = { path: pathToken.text, defaults: [], clients: [] };
  value.exports.push(entry);
  ranges.set(at, pathToken.start, (tokens[tokens.length - 1] ?? pathToken).end);
  ranges.set([...at, "path"], pathToken.start, pathToken.end);
  let lineDefaults: OptionPiece[] = [];
  let clientTokens = rest;
  const first = rest[0];
  if (first?.text.startsWith("-") === true) {
    lineDefaults = splitOptions(first.text.slice(1), first.start + 1);
    entry.defaults = lineDefaults.map((piece) => piece.text);
    ranges.set([...at, "defaults"], first.start, first.end);
    lineDefaults.forEach((piece, n) => ranges.set([...at, "defaults", n], piece.start, piece.end));
    clientTokens = rest.slice(1);
  }
  if (clientTokens.length === 0) {
    const client = makeClient("*", false, true, lineDefaults);
    entry.clients.push(client.value);
    recordClient(ranges, [...at, "clients", 0], pathToken, pathToken, client);
    return undefined;
  }
  for (const [n, token] of clientTokens.entries()) {
    const open = token.text.indexOf("(");
    const close = token.text.indexOf(")");
    if (open < 0) {
      if (close >= 0) return { message: "')' without '(' in a client", start: token.start, end: token.end };
      const client = makeClient(token.text, false, false, lineDefaults);
      entry.clients.push(client.value);
      recordClient(ranges, [...at, "clients", n], token, token, client);
      continue;
    }
    if (close < 0) return { message: "unterminated option list: missing ')'", start: token.start, end: token.end };
    if (close !== token.text.length - 1 || token.text.indexOf("(", open + 1) >= 0) {
      return { message: "unexpected text in a client's option list", start: token.start, end: token.end };
    }
    const own = splitOptions(token.text.slice(open + 1, close), token.start + open + 1);
    const client = makeClient(open === 0 ? "*" : token.text.slice(0, open), open === 0, false, [...lineDefaults, ...own]);
    entry.clients.push(client.value);
    const paren = { text: "", start: token.start + open, end: token.end };
    const host = open === 0 ? token : { text: "", start: token.start, end: token.start + open };
    recordClient(ranges, [...at, "clients", n], token, host, client, paren);
  }
  return undefined;
}

/** One comma-separated option, with its offsets. */
interface OptionPiece {
  text: string;
  start: number;
  end: number;
}

function splitOptions(list: string, offset: number): OptionPiece[] {
  const pieces: OptionPiece[] = [];
  let start = 0;
  for (const part of list.split(",")) {
    if (part !== "") pieces.push({ text: part, start: offset + start, end: offset + start + part.length });
    start += part.length + 1;
  }
  return pieces;
}

/** A client and, for each option key set by a written option, the piece that set it last. */
function makeClient(
  host: string,
  bare: boolean,
  implicit: boolean,
  written: OptionPiece[],
): { value: ExportClient; set: Map<string, OptionPiece>; written: OptionPiece[] } {
  const options: Record<string, ExportOption> = {};
  const set = new Map<string, OptionPiece>();
  for (const option of DEFAULTS) applyOption(options, option);
  for (const piece of written) {
    for (const key of applyOption(options, piece.text)) set.set(key, piece);
  }
  const world = bare || WORLD_HOSTS.has(host);
  return {
    value: { host: host === "" ? "*" : host, world, worldFromSpace: bare, implicit, options, written: written.map((piece) => piece.text) },
    set,
    written,
  };
}

/** Applies one option; returns the keys it changed. */
function applyOption(options: Record<string, ExportOption>, option: string): string[] {
  const equals = option.indexOf("=");
  if (equals < 0) {
    const opposite = ownValue(OPPOSITES, option);
    define(options, option, true);
    if (opposite === undefined) return [option];
    define(options, opposite, false);
    return [option, opposite];
  }
  const name = option.slice(0, equals);
  const text = option.slice(equals + 1);
  if (name === "sec") define(options, name, text.split(":").filter((flavour) => flavour !== ""));
  else if ((name === "anonuid" || name === "anongid") && /^-?\d+$/.test(text)) define(options, name, Number(text));
  else define(options, name, text);
  return [name];
}

function define(target: Record<string, ExportOption>, key: string, value: ExportOption): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function recordClient(
  ranges: PathRanges,
  at: DocPath,
  token: Token,
  host: Token,
  client: { set: Map<string, OptionPiece>; written: OptionPiece[] },
  paren: Token = token,
): void {
  ranges.set(at, token.start, token.end);
  ranges.set([...at, "host"], host.start, host.end);
  ranges.set([...at, "options"], paren.start, paren.end);
  for (const [key, piece] of client.set) ranges.set([...at, "options", key], piece.start, piece.end);
  client.written.forEach((piece, n) => ranges.set([...at, "written", n], piece.start, piece.end));
}
