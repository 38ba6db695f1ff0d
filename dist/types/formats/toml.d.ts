import type { Parser } from "../types.js";
/**
 * TOML 1.0 (netlify.toml, and any `*.toml`). Syntax and semantic checks (duplicate keys, a table
 * defined twice, bad dates) are toml-eslint-parser's; it returns an AST whose nodes carry string
 * offsets, which this module turns into plain data and a span for every value while walking it
 * once. docs/formats/toml.md says why this library.
 */
export declare const tomlParser: Parser;
