import { escapeRegex, type PatternRule } from "./shape.js";

/**
 * A Netlify header path (`/contact/*`, `/:lang/form`, or an absolute URL): `*` matches the rest
 * of the path, `:name` one segment. An absolute URL is matched by its path.
 */
export function netlifyPathRule(path: string, setting: string): PatternRule {
  const local = path.replace(/^[a-z]+:\/\/[^/]*/i, "") || "/";
  let body = "";
  for (let i = 0; i < local.length; i++) {
    const char = local.charAt(i);
    const name = /^:[A-Za-z_]\w*/.exec(local.slice(i));
    if (char === "*") body += ".*";
    else if (name) {
      body += "[^/]+";
      i += name[0].length - 1;
    } else body += escapeRegex(char);
  }
  return { syntax: "wildcard", pattern: path, match: `^${body}$`, setting };
}

/** The text of a `( ... )` group starting at `open`, and the offset after it; undefined when unbalanced. */
function group(source: string, open: number): { inner: string; next: number } | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return { inner: source.slice(open + 1, i), next: i + 1 };
  }
  return undefined;
}

/**
 * A Vercel `source` in path-to-regexp syntax: `/:slug` one segment, `/:path*` zero or more,
 * `/:path+` one or more, `/:id(\\d+)` a parameter with its own regex, `/(.*)` a bare group; a
 * trailing `/` is optional, as Vercel matches non-strictly. Undefined for unbalanced groups.
 */
export function vercelSourceRule(source: string, setting: string): PatternRule | undefined {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    const name = /^:[A-Za-z_]\w*/.exec(source.slice(i));
    if (char === "(") {
      const read = group(source, i);
      if (!read) return undefined;
      out += `(?:${read.inner})`;
      i = read.next;
      if ("*+?".includes(source.charAt(i)) && source.charAt(i) !== "") out += source.charAt(i++);
    } else if (name) {
      i += name[0].length;
      let body = "[^/]+";
      if (source.charAt(i) === "(") {
        const read = group(source, i);
        if (!read) return undefined;
        body = `(?:${read.inner})`;
        i = read.next;
      }
      const modifier = source.charAt(i);
      // The `/` before a repeated or optional parameter belongs to it.
      const slash = out.endsWith("/") ? "/" : "";
      const head = slash ? out.slice(0, -1) : out;
      if (modifier === "*") out = `${head}(?:${slash}${body})*`;
      else if (modifier === "+") out = `${head}(?:${slash}${body})+`;
      else if (modifier === "?") out = `${head}(?:${slash}${body})?`;
      else out += body;
      if ("*+?".includes(modifier) && modifier !== "") i++;
    } else if (char === "\\") {
      out += escapeRegex(source.charAt(i + 1));
      i += 2;
    } else {
      out += escapeRegex(char);
      i++;
    }
  }
  return { syntax: "regex", pattern: source, match: `^${out}${out.endsWith("/") ? "" : "/?"}$`, setting };
}
