/**
 * Finds the `}` that closes a `*_by_lua_block { ... }` body starting at `from` (just after its
 * `{`), skipping Lua strings, long brackets and comments as lua-nginx-module's own reader does.
 * Returns -1 when the file ends first.
 */
export declare function skipLuaBlock(text: string, from: number): number;
