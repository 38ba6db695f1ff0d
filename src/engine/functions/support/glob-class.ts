/**
 * Character classes in glob patterns (`[abc]`, `[a-z]`, `[!a]`, `[^a]`, `[[:alpha:]]`),
 * translated to RE2 class syntax so the segment matcher stays linear-time.
 */

const POSIX_CLASSES = new Set([
  "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph",
  "lower", "print", "punct", "space", "upper", "word", "xdigit",
]);

/** A class read from a pattern: where it ends and its RE2 equivalent. */
export interface GlobClass {
  /** Index just after the closing `]`. */
  end: number;
  /** The class in RE2 syntax, e.g. `[^a-c]`. */
  source: string;
}

/**
 * Reads the class starting at `pattern[start] === "["`. Returns undefined when it has no
 * closing bracket, so the caller decides whether that is an error.
 * @throws Error for a class that could match `/`, an inverted range or an unknown POSIX class.
 */
export function readGlobClass(pattern: string, start: number): GlobClass | undefined {
  let i = start + 1;
  let negated = false;
  if (pattern[i] === "!" || pattern[i] === "^") {
    negated = true;
    i += 1;
  }
  const items: string[] = [];
  let first = true;
  while (i < pattern.length) {
    if (pattern[i] === "]" && !first) {
      return { end: i + 1, source: `[${negated ? "^" : ""}${items.join("")}]` };
    }
    first = false;
    if (pattern.startsWith("[:", i)) {
      const close = pattern.indexOf(":]", i + 2);
      if (close >= 0) {
        const name = pattern.slice(i + 2, close);
        if (!POSIX_CLASSES.has(name)) throw new Error(`unknown character class [:${name}:]`);
        items.push(`[:${name}:]`);
        i = close + 2;
        continue;
      }
    }
    const low = readMember(pattern, i);
    if (low === undefined) return undefined;
    i = low.end;
    if (pattern[i] === "-" && i + 1 < pattern.length && pattern[i + 1] !== "]") {
      const high = readMember(pattern, i + 1);
      if (high === undefined) return undefined;
      i = high.end;
      checkNotSlash(low.char);
      checkNotSlash(high.char);
      if ((low.char.codePointAt(0) ?? 0) > (high.char.codePointAt(0) ?? 0)) {
        throw new Error(`invalid range ${low.char}-${high.char} in a character class`);
      }
      items.push(`${escapeClassChar(low.char)}-${escapeClassChar(high.char)}`);
    } else {
      checkNotSlash(low.char);
      items.push(escapeClassChar(low.char));
    }
  }
  return undefined;
}

/** One class member: a character (a whole code point) or a backslash escape. */
function readMember(pattern: string, i: number): { char: string; end: number } | undefined {
  let at = i;
  if (pattern[at] === "\\") at += 1;
  const code = pattern.codePointAt(at);
  if (code === undefined) return undefined;
  const char = String.fromCodePoint(code);
  return { char, end: at + char.length };
}

// Paths are matched one segment at a time, so a class can never see a `/`; saying so beats
// silently never matching.
function checkNotSlash(char: string): void {
  if (char === "/") throw new Error("a character class cannot match '/'");
}

function escapeClassChar(char: string): string {
  return /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/.test(char) ? `\\${char}` : char;
}
