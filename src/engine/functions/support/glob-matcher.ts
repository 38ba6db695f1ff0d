import type { RE2JS } from "re2js";
import { vendored } from "../../../vendor.js";
import { expandBraces } from "./glob-braces.js";
import { readGlobClass } from "./glob-class.js";
import { affordable, jsEquivalent } from "./js-regex.js";

/** Longest glob pattern accepted. Patterns can come from scanned data. */
export const MAX_GLOB_LENGTH = 1024;

/** Most path segments all the alternatives of one pattern may hold together. */
export const MAX_GLOB_SEGMENTS = 1024;

/** A compiled glob pattern. */
export interface GlobMatcher {
  /** The pattern as written. */
  readonly pattern: string;
  /** Whether `path` matches; a negated pattern (`!x`) matches what `x` does not. */
  test(path: string): boolean;
}

type Segment =
  | { kind: "globstar" }
  | { kind: "literal"; text: string }
  | { kind: "name" }
  | { kind: "regex"; re: WholeMatch };

/** A segment pattern, matched against a whole path segment. */
interface WholeMatch {
  testExact(part: string): boolean;
}

type Token = { kind: "text"; text: string } | { kind: "star"; count: number } | { kind: "any" } | { kind: "class"; source: string };

/**
 * Compiles a glob with micromatch's syntax and `dot: true` semantics, without micromatch's
 * engine: micromatch turns `*a*a*a*b` into a backtracking JavaScript regex that takes
 * exponential time on a long non-matching path, and patterns may come from scanned data.
 * Here a path is matched segment by segment, each segment with RE2 (linear time), and `**`
 * by a set of live positions, so matching costs O(segments of the pattern × length of the path).
 *
 * Rules where micromatch is inconsistent: `.` and `..` segments are matched only by a
 * pattern segment spelling them out; an empty segment (from `//` or a trailing `/`) only by
 * `**` or an empty pattern segment; `x/**` matches `x` whatever `x` is; `[!a]` negates like
 * `[^a]`; braces expand first, as in Bash; the empty string matches no pattern.
 * @throws Error, with a message for the policy author, for patterns that are refused.
 */
export function compileGlob(pattern: string): GlobMatcher {
  if (pattern === "") throw new Error("glob pattern is empty");
  if (pattern.length > MAX_GLOB_LENGTH) throw new Error(`glob pattern is longer than ${MAX_GLOB_LENGTH} characters`);
  let bangs = 0;
  while (pattern[bangs] === "!") bangs += 1;
  const negated = bangs % 2 === 1;
  let body = pattern.slice(bangs);
  if (body === "") throw new Error("glob pattern has nothing after '!'");
  while (body.startsWith("./")) body = body.slice(2);

  const tokenized = expandBraces(body).map(tokenize);
  const total = tokenized.reduce((sum, segments) => sum + segments.length, 0);
  // Checked before any RE2 compilation, which is the costly part.
  if (total > MAX_GLOB_SEGMENTS) throw new Error(`glob pattern expands to more than ${MAX_GLOB_SEGMENTS} path segments`);
  const alternatives = tokenized.map((segments) => segments.map(toSegment));
  // A literal segment must be some segment of a path the alternative matches, so a path that
  // does not even contain its text is refused without splitting it (ignore globs such as
  // `**/testdata/**` are tested against every file of a repository).
  const needles = alternatives.map((segments) => segments.flatMap((segment) => (segment.kind === "literal" && segment.text !== "" ? [segment.text] : [])));

  return {
    pattern,
    test(path: string): boolean {
      let matched = false;
      let parts: string[] | undefined;
      for (let i = 0; i < alternatives.length && !matched && path !== ""; i += 1) {
        if (!(needles[i] ?? []).every((needle) => path.includes(needle))) continue;
        parts ??= path.split("/");
        matched = matchSegments(alternatives[i] ?? [], parts);
      }
      return matched !== negated;
    },
  };
}

// Splits one brace-free alternative into segments of tokens.
function tokenize(alternative: string): Token[][] {
  const segments: Token[][] = [];
  let tokens: Token[] = [];
  const pushText = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === "text") last.text += text;
    else tokens.push({ kind: "text", text });
  };
  let i = 0;
  while (i < alternative.length) {
    const c = alternative[i] ?? "";
    if (c === "\\") {
      const code = alternative.codePointAt(i + 1);
      if (code === undefined) throw new Error("glob pattern ends with a lone backslash");
      const escaped = String.fromCodePoint(code);
      pushText(escaped);
      i += 1 + escaped.length;
    } else if (c === "/") {
      segments.push(tokens);
      tokens = [];
      i += 1;
    } else if (c === "*") {
      const last = tokens[tokens.length - 1];
      if (last?.kind === "star") last.count += 1;
      else tokens.push({ kind: "star", count: 1 });
      i += 1;
    } else if (c === "?") {
      tokens.push({ kind: "any" });
      i += 1;
    } else if (c === "[") {
      const cls = readGlobClass(alternative, i);
      if (cls === undefined) throw new Error("unclosed '[' (escape it as \\[ to match it literally)");
      tokens.push({ kind: "class", source: cls.source });
      i = cls.end;
    } else if (c === "(" || c === ")") {
      // micromatch reads these as extglobs (`@(a|b)`, `!(a)`) or regex groups; both need
      // backtracking or lookahead, so they are refused rather than half-supported.
      throw new Error("parentheses (extglobs such as @(a|b)) are not supported; use {a,b}, or escape them as \\( \\)");
    } else {
      pushText(c);
      i += 1;
    }
  }
  segments.push(tokens);
  return segments;
}

function toSegment(tokens: readonly Token[]): Segment {
  const [only] = tokens;
  if (tokens.length === 0) return { kind: "literal", text: "" };
  if (tokens.length === 1 && only?.kind === "star") return only.count === 2 ? { kind: "globstar" } : { kind: "name" };
  if (tokens.length === 1 && only?.kind === "text") return { kind: "literal", text: only.text };
  const source = tokens
    .map((token) => {
      switch (token.kind) {
        case "text":
          return quoteMeta(token.text);
        case "star":
          return "[^/]*";
        case "any":
          return "[^/]";
        case "class":
          return token.source;
      }
    })
    .join("");
  return { kind: "regex", re: wholeMatch(source) };
}

/**
 * The segment's RE2 pattern as a JavaScript RegExp where JavaScript reads it alike and the
 * segment at hand is within the search budget (js-regex.ts), else RE2, compiled when first
 * needed. A pattern JavaScript does not read is compiled with RE2 at once, so that a pattern
 * RE2 refuses is refused when the glob is compiled, as before.
 */
export function wholeMatch(source: string): WholeMatch {
  const js = jsEquivalent(`^(?:${source})$`);
  if (js === undefined) return vendored.re2js().RE2JS.compile(source);
  let re2: RE2JS | undefined;
  return { testExact: (part) => (affordable(js, part) ? js.regex.test(part) : (re2 ??= vendored.re2js().RE2JS.compile(source)).testExact(part)) };
}

/**
 * Text as an RE2 literal, as RE2's QuoteMeta writes it: every ASCII character but letters,
 * digits and `_` escaped, NUL as `\x00`, other characters as they are.
 */
export function quoteMeta(text: string): string {
  let out = "";
  for (const c of text) {
    if (c === "\0") out += "\\x00";
    else if (c.charCodeAt(0) < 0x80 && !/[A-Za-z0-9_]/.test(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

function matchesSegment(segment: Segment, part: string): boolean {
  switch (segment.kind) {
    case "literal":
      return segment.text === part;
    case "globstar":
      return part !== "." && part !== "..";
    case "name":
      return part !== "" && part !== "." && part !== "..";
    case "regex":
      return part !== "" && part !== "." && part !== ".." && segment.re.testExact(part);
  }
}

// Simulates every way `**` can split the path at once (a Thompson-style state set), instead of
// trying them one after another: no backtracking, so no blow-up.
function matchSegments(segments: readonly Segment[], parts: readonly string[]): boolean {
  const start = new Uint8Array(segments.length + 1);
  start[0] = 1;
  let live = closure(segments, start);
  for (const part of parts) {
    const next = new Uint8Array(segments.length + 1);
    let any = false;
    for (let i = 0; i < segments.length; i += 1) {
      const segment = segments[i];
      if (live[i] !== 1 || segment === undefined || !matchesSegment(segment, part)) continue;
      next[segment.kind === "globstar" ? i : i + 1] = 1;
      any = true;
    }
    if (!any) return false;
    live = closure(segments, next);
  }
  return live[segments.length] === 1;
}

// A `**` may also match no segment at all, so being before it means being after it too.
function closure(segments: readonly Segment[], live: Uint8Array): Uint8Array {
  for (let i = 0; i < segments.length; i += 1) {
    if (live[i] === 1 && segments[i]?.kind === "globstar") live[i + 1] = 1;
  }
  return live;
}
