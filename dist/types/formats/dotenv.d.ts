import type { Parser } from "../types.js";
/** One assignment line. */
export interface DotenvEntry {
    /** Variable name. */
    key: string;
    /** Value, quotes removed; in double quotes `\n`, `\r`, `\t`, `\"` and `\\` are unescaped. */
    value: string;
    /** Written with a leading `export`. */
    exported: boolean;
    /** How the value was quoted. */
    quote: "none" | "single" | "double" | "backtick";
}
/** The value of a `dotenv` document. */
export interface DotenvFile {
    /** Each variable's value; for a repeated name, the last one (as dotenv and docker compose read it). */
    variables: Record<string, string>;
    /** Every assignment, in file order. */
    entries: DotenvEntry[];
}
/**
 * `.env` files: `KEY=value`, `export KEY=value`, single, double or backtick quotes (which may
 * span lines), `#` comments (whole-line, or after whitespace in an unquoted value). Variables
 * are not expanded. A line that is not an assignment is an error, as in docker compose
 * (Node's dotenv skips it silently). Values are often secrets, so no message ever quotes one.
 */
export declare const dotenvParser: Parser;
