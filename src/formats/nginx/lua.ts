/**
 * Finds the `}` that closes a `*_by_lua_block { ... }` body starting at `from` (just after its
 * `{`), skipping Lua strings, long brackets and comments as lua-nginx-module's own reader does.
 * Returns -1 when the file ends first.
 */
export function skipLuaBlock(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "-" && text[i + 1] === "-") {
      const long = longBracketEnd(text, i + 2);
      if (long === -1) return -1;
      if (long > 0) {
        i = long;
        continue;
      }
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
      continue;
    }
    if (ch === "[") {
      const long = longBracketEnd(text, i);
      if (long === -1) return -1;
      if (long > 0) {
        i = long;
        continue;
      }
    }
    if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch) i += text[i] === "\\" ? 2 : 1;
      if (i >= text.length) return -1;
    } else if (ch === "{") {
      depth++;
    } else if (ch === "}") {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}

/**
 * For a long bracket `[==[ ... ]==]` opening at `at`: the offset after its close, -1 when it
 * never closes, or 0 when `at` does not open one.
 */
function longBracketEnd(text: string, at: number): number {
  if (text[at] !== "[") return 0;
  let level = 0;
  while (text[at + 1 + level] === "=") level++;
  if (text[at + 1 + level] !== "[") return 0;
  const close = `]${"=".repeat(level)}]`;
  const end = text.indexOf(close, at + 2 + level);
  return end < 0 ? -1 : end + close.length;
}
