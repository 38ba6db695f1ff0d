import { globMatcher } from "../glob.js";

/**
 * A matcher for the globs of the built-in format table, which are constants of this source
 * (never data a pull request can edit): each simple glob becomes one native regular
 * expression, since format detection tests every discovered file against about a hundred of
 * them. The shapes used are `**`, `*`, `?` and literal text; any other glob (classes, braces)
 * goes through the linear-time matcher every user-supplied glob goes through. A test checks
 * both give the same answer for every built-in pattern.
 */
export function formatPatternMatcher(patterns: readonly string[]): (path: string) => boolean {
  const simple = patterns.every((pattern) => /^[A-Za-z0-9_.*?/+-]+$/.test(pattern) && !pattern.includes("***"));
  if (!simple) return globMatcher(patterns);
  // `**/name` (most of the table) is a test of the last segment alone: matched against the whole
  // path, each such pattern tried every split of the path into directories first.
  const stripped = patterns.map((pattern) => pattern.replace(/^(?:\.\/)+/, ""));
  const names = stripped.filter((pattern) => NAME_ANYWHERE.test(pattern));
  const rest = stripped.filter((pattern) => !NAME_ANYWHERE.test(pattern));
  const name = names.length === 0 ? undefined : new RegExp(`^(?:${names.map((pattern) => toRegExpSource(pattern.slice(3))).join("|")})$`);
  const whole = rest.length === 0 ? undefined : new RegExp(`^(?:${rest.map(toRegExpSource).join("|")})$`);
  return (path) => path !== "" && ((name !== undefined && name.test(path.slice(path.lastIndexOf("/") + 1))) || (whole !== undefined && whole.test(path)));
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
