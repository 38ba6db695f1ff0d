import type { Parser } from "../types.js";
/**
 * Strict JSON. Values come from `JSON.parse`, the fastest parser there is; positions come
 * from a second parse with momoa, done only the first time `locate` is called.
 */
export declare const jsonParser: Parser;
/** JSON with comments and trailing commas, as tsconfig, VS Code and Renovate read it. */
export declare const jsoncParser: Parser;
/** JSON5: unquoted keys, single quotes, hex numbers, trailing commas, comments (`renovate.json5`). */
export declare const json5Parser: Parser;
