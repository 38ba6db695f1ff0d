import type { ParseResult } from "./types.js";
/**
 * Parses one file's text the way `check` would: the format is detected from the path (and
 * content) unless given. Never throws on bad input.
 */
export declare function parseFile(path: string, text: string, format?: string): {
    format: string | undefined;
    result: ParseResult;
};
