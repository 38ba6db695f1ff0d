import type { DocPath, ParseResult, Parser } from "../types.js";
import { PathRanges, failure, isBlank, rangedResult, setOwn } from "./line-ranges.js";
import { LineIndex, stripBom } from "./positions.js";

/** One directive line (continuations joined), in file order. */
export interface SquidDirective {
  name: string;
  /** Arguments; a `"quoted"` argument has its quotes removed. */
  args: string[];
}

/** An ACL, merged over every `acl NAME TYPE ...` line that defines it. */
export interface SquidAcl {
  /** ACL type: `dstdomain`, `src`, `ssl::server_name`, `port`, `method`, ... */
  type: string;
  /** Options written before the values (`-i`, `-n`, `-m=...`). */
  flags: string[];
  /** Values written inline, in order. */
  values: string[];
  /** Files named by `"/path/file"` arguments, whose lines Squid reads as further values. */
  files: string[];
}

/** A reference to an ACL in an access rule. */
export interface SquidAclRef {
  name: string;
  /** Written `!name`. */
  negated: boolean;
}

/** One `http_access` rule; rules are evaluated in order and the first whose ACLs all match wins. */
export interface SquidAccessRule {
  action: "allow" | "deny";
  /** ACLs on the line, all of which must match (AND). */
  acls: SquidAclRef[];
}

/** One `request_header_add` line. */
export interface SquidHeaderAdd {
  header: string;
  value: string;
  acls: SquidAclRef[];
}

/** The value of a `squid` document. */
export interface SquidConfig {
  /** Every directive, in file order. */
  directives: SquidDirective[];
  /** ACLs by name. */
  acls: Record<string, SquidAcl>;
  /** `http_access` rules in order: first match wins; with no match, the opposite of the last rule applies. */
  http_access: SquidAccessRule[];
  /** `include` targets (globs allowed), in file order. */
  includes: string[];
  /** `request_header_add` lines, in file order. */
  request_header_add: SquidHeaderAdd[];
}

interface Token {
  text: string;
  quoted: boolean;
  start: number;
  end: number;
}

interface Problem {
  message: string;
  start: number;
  end: number;
}

/**
 * Squid's `squid.conf` and its `conf.d/*.conf` includes: one directive per line, a `\` at the
 * end of a line continues it, and `#` at the start of a word starts a comment (the stock
 * config writes `acl localnet src 10.0.0.0/8 # RFC 1918 ...`). Directive order is kept: `http_access` is first-match. A quoted
 * `acl` argument names a file of values (Squid's default, `configuration_includes_quoted_values
 * off`). A malformed `acl` or `http_access` line, or an unterminated quote, is an error: Squid
 * refuses to start on those.
 */
export const squidParser: Parser = {
  id: "squid",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value: SquidConfig = { directives: [], acls: {}, http_access: [], includes: [], request_header_add: [] };
    const logical = logicalLines(text);
    if (!Array.isArray(logical)) return failure(logical.message, lines.range(logical.start, logical.end));
    for (const tokens of logical) {
      const problem = readDirective(tokens, value, ranges);
      if (problem !== undefined) return failure(problem.message, lines.range(problem.start, problem.end));
    }
    return rangedResult(file, value, ranges);
  },
};

function readDirective(tokens: Token[], value: SquidConfig, ranges: PathRanges): Problem | undefined {
  const [name, ...args] = tokens;
  if (name === undefined) return undefined;
  const end = (tokens[tokens.length - 1] ?? name).end;
  const at = value.directives.length;
  value.directives.push({ name: name.text, args: args.map((arg) => arg.text) });
  ranges.set(["directives", at], name.start, end);
  ranges.set(["directives", at, "name"], name.start, name.end);
  args.forEach((arg, n) => ranges.set(["directives", at, "args", n], arg.start, arg.end));
  switch (name.text) {
    case "acl":
      return readAcl(name, args, value, ranges);
    case "http_access": {
      const [action, ...refs] = args;
      if (action === undefined || (action.text !== "allow" && action.text !== "deny")) {
        const where = action ?? name;
        return { message: "http_access needs 'allow' or 'deny'", start: where.start, end: where.end };
      }
      const index = value.http_access.length;
      const path = ["http_access", index];
      value.http_access.push({ action: action.text, acls: readRefs(refs, [...path, "acls"], ranges) });
      ranges.set(path, name.start, end);
      ranges.set([...path, "action"], action.start, action.end);
      return undefined;
    }
    case "include": {
      for (const arg of args) {
        ranges.set(["includes", value.includes.length], arg.start, arg.end);
        value.includes.push(arg.text);
      }
      return undefined;
    }
    case "request_header_add": {
      const [header, text, ...refs] = args;
      if (header === undefined || text === undefined) {
        return { message: "request_header_add needs a header name and a value", start: name.start, end };
      }
      const path = ["request_header_add", value.request_header_add.length];
      value.request_header_add.push({ header: header.text, value: text.text, acls: readRefs(refs, [...path, "acls"], ranges) });
      ranges.set(path, name.start, end);
      ranges.set([...path, "header"], header.start, header.end);
      ranges.set([...path, "value"], text.start, text.end);
      return undefined;
    }
    default:
      return undefined;
  }
}

function readAcl(directive: Token, args: Token[], value: SquidConfig, ranges: PathRanges): Problem | undefined {
  const [name, type, ...rest] = args;
  if (name === undefined || type === undefined) {
    return { message: "acl needs a name and a type", start: directive.start, end: (name ?? directive).end };
  }
  let acl = Object.hasOwn(value.acls, name.text) ? value.acls[name.text] : undefined;
  if (acl !== undefined && acl.type !== type.text) {
    return { message: "acl is already defined with a different type", start: type.start, end: type.end };
  }
  const path: DocPath = ["acls", name.text];
  if (acl === undefined) {
    acl = { type: type.text, flags: [], values: [], files: [] };
    setOwn(value.acls, name.text, acl);
    ranges.set(path, directive.start, (args[args.length - 1] ?? type).end);
    ranges.set([...path, "type"], type.start, type.end);
  }
  let flagsDone = false;
  for (const arg of rest) {
    if (!flagsDone && !arg.quoted && arg.text.startsWith("-")) {
      if (arg.text === "--") flagsDone = true;
      else push(ranges, [...path, "flags"], acl.flags, arg);
      continue;
    }
    flagsDone = true;
    push(ranges, [...path, arg.quoted ? "files" : "values"], arg.quoted ? acl.files : acl.values, arg);
  }
  return undefined;
}

function push(ranges: PathRanges, path: DocPath, list: string[], token: Token): void {
  ranges.set([...path, list.length], token.start, token.end);
  list.push(token.text);
}

function readRefs(tokens: Token[], path: DocPath, ranges: PathRanges): SquidAclRef[] {
  return tokens.map((token, n) => {
    const negated = token.text.startsWith("!");
    ranges.set([...path, n], token.start, token.end);
    ranges.set([...path, n, "name"], negated ? token.start + 1 : token.start, token.end);
    ranges.set([...path, n, "negated"], token.start, token.end);
    return { name: negated ? token.text.slice(1) : token.text, negated };
  });
}

/** Tokens of each logical line: `\` continuations joined, comment lines dropped. */
function logicalLines(text: string): Token[][] | Problem {
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
      continue;
    }
    if (char === "\\" && (at + 1 === text.length || text.charAt(at + 1) === "\n" || text.charAt(at + 1) === "\r")) {
      at += text.startsWith("\r\n", at + 1) ? 3 : 2;
      continue;
    }
    if (char === "#") {
      while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
      continue;
    }
    const start = at;
    if (char === '"') {
      let close = -1;
      for (let i = at + 1; i < text.length && text.charAt(i) !== "\n" && text.charAt(i) !== "\r"; i++) {
        if (text.charAt(i) === "\\") i++;
        else if (text.charAt(i) === '"') {
          close = i;
          break;
        }
      }
      if (close < 0) return { message: "unterminated quote", start: at, end: at + 1 };
      tokens.push({ text: text.slice(at + 1, close).replace(/\\(.)/g, "$1"), quoted: true, start, end: close + 1 });
      at = close + 1;
      continue;
    }
    while (at < text.length && !/[ \t\r\n]/.test(text.charAt(at))) {
      if (text.charAt(at) === "\\" && (at + 1 === text.length || /[\r\n]/.test(text.charAt(at + 1)))) break;
      at++;
    }
    tokens.push({ text: text.slice(start, at), quoted: false, start, end: at });
  }
  return result;
}
