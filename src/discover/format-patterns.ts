import { globMatcher } from "../glob.js";

/**
 * A matcher for the globs of the built-in format table, which are constants of this source
 * (never data a pull request can edit): each simple glob becomes one native regular
 * expression, since format detection tests every discovered file against about a hundred of
 * them. The shapes used are `**`, `*`, `?` and literal text; any other glob (classes, braces)
 * goes through the linear-time matcher every user-supplied glob goes through. A test checks
 * both give the same answer for every built-in pattern.
 */
export function formatPatternMatcher(patterns: readonly string[]): PathMatcher {
  const simple = patterns.every((pattern) => /^[A-Za-z0-9_.*?/+-]+$/.test(pattern) && !pattern.includes("***"));
  if (!simple) return globMatcher(patterns);
  // Most patterns end in a literal extension or name (`**/*.json`, `**/Gemfile`): a path whose
  // last segment ends otherwise is turned away by a lookup, before any expression. Each
  // expression is an alternation of about a hundred patterns, anchored at both ends, and over a
  // real tree (envoyproxy/gateway's 6,936 files) they took 6 µs a path, mostly on source files
  // no format reads.
  const keyed = new Map<string, string[]>();
  const unkeyed: string[] = [];
  for (const pattern of patterns) {
    const key = patternKey(pattern.slice(pattern.lastIndexOf("/") + 1));
    if (key === undefined) unkeyed.push(pattern);
    else keyed.set(key, [...(keyed.get(key) ?? []), pattern]);
  }
  const byKey = new Map([...keyed].map(([key, group]) => [key, expressionMatcher(group)]));
  const rest = unkeyed.length === 0 ? undefined : expressionMatcher(unkeyed);
  return (path, last = lastSegment(path), key = endKey(last)) => {
    if (path === "") return false;
    const matcher = byKey.get(key);
    return (matcher !== undefined && matcher(path, last)) || (rest !== undefined && rest(path, last));
  };
}

/**
 * Whether a path matches; its last segment and that segment's {@link endKey} may be given, when
 * a caller asks many matchers about one path (format detection asks each format in turn).
 */
export type PathMatcher = (path: string, last?: string, key?: string) => boolean;

/** A path's last segment. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** What a last segment ends with, as {@link patternKey} reads a pattern's: from its last dot, or all of it. */
export function endKey(last: string): string {
  const dot = last.lastIndexOf(".");
  return dot < 0 ? last : last.slice(dot);
}

/**
 * What a path's last segment ends with when it matches a pattern's last segment `segment`: the
 * literal extension after its last dot (`*.tf.json`: `.json`; `.renovaterc`: itself), or the
 * whole of a literal segment without a dot (`Gemfile`); undefined when the end is not literal
 * (`Dockerfile.*`, `squid*.conf*`, `**`). A segment that matches ends with that extension, and
 * since the extension holds no dot, it is also what follows the segment's own last dot.
 */
function patternKey(segment: string): string | undefined {
  const end = endKey(segment);
  return /[*?]/.test(end) ? undefined : end;
}

/** The patterns as native expressions: one on the last segment for `**\/name` patterns, one on the whole path for the rest. */
function expressionMatcher(patterns: readonly string[]): (path: string, last: string) => boolean {
  // `**/name` (most of the table) is a test of the last segment alone: matched against the whole
  // path, each such pattern tried every split of the path into directories first.
  const stripped = patterns.map((pattern) => pattern.replace(/^(?:\.\/)+/, ""));
  const names = stripped.filter((pattern) => NAME_ANYWHERE.test(pattern));
  const rest = stripped.filter((pattern) => !NAME_ANYWHERE.test(pattern));
  const name = names.length === 0 ? undefined : new RegExp(`^(?:${names.map((pattern) => toRegExpSource(pattern.slice(3))).join("|")})$`);
  const whole = rest.length === 0 ? undefined : new RegExp(`^(?:${rest.map(toRegExpSource).join("|")})$`);
  return (path, last) => (name !== undefined && name.test(last)) || (whole !== undefined && whole.test(path));
}

/** `**` then one segment with no `**` of its own: a pattern on a path's last segment alone. */
const NAME_ANYWHERE = /^\*\*\/(?!.*\/)(?!.*\*\*)./;

function toRegExpSource(pattern: string): string {
  const segments = pattern.replace(/^(?:\.\/)+/, "").split("/");
  let out = "";
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "**") {
      // Zero or more whole segments: before another segment it brings its own slash.
      out += last ? (i === 0 ? "[^]*" : "(?:/[^]*)?") : "(?:[^/]*/)*";
      return;
    }
    if (i > 0 && segments[i - 1] !== "**") out += "/";
    out += segment.replace(/[.+]/g, "\\$&").replace(/\*+/g, "[^/]*").replace(/\?/g, "[^/]");
  });
  return out;
}
