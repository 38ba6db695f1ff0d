/**
 * nginx's tokenizer, ported from `ngx_conf_read_token` (src/core/ngx_conf_file.c) so that a
 * file splits into the same words nginx sees. The rules that surprise people:
 *
 * - `;` and `{` end an unquoted word; `}` does not (it is only special where a word may start).
 *   So `location ~ ^/(a|b){2}/ {` opens a block after `^/(a|b)`: nginx requires a regex holding
 *   `{` or `;` to be quoted. We report that case as an error instead of misreading the file.
 * - `${` does not end a word: it starts a `${name}` variable.
 * - A closing quote must be followed by whitespace, `;`, `{` or `)`.
 * - `#` starts a comment only where a word may start; `a#b` is one word.
 * - A backslash keeps the next character in the word; when the word is stored, `\"`, `\'` and
 *   `\\` lose the backslash, `\t`, `\r`, `\n` become control characters, and any other
 *   backslash is kept.
 */
/** One argument as written: its value after unescaping, and its span including any quotes. */
export interface Word {
    text: string;
    start: number;
    end: number;
}
/** What one call to `read` found. Offsets are string indices into the text. */
export type Statement = {
    kind: "directive";
    words: Word[];
    end: number;
} | {
    kind: "block";
    words: Word[];
    open: number;
} | {
    kind: "close";
    at: number;
} | {
    kind: "eof";
};
/** A syntax error at an offset (`end` defaults to one character). */
export declare class SyntaxFailure {
    readonly message: string;
    readonly at: number;
    readonly end?: number | undefined;
    constructor(message: string, at: number, end?: number | undefined);
}
/** Reads statements one at a time; the offset is its only state. */
export declare class Reader {
    readonly text: string;
    private pos;
    constructor(text: string);
    /** Offset of the next unread character. */
    get offset(): number;
    /** Continues after text consumed by someone else (a raw Lua block). */
    seek(offset: number): void;
    /** The next directive, block opening, block end or end of file; throws `SyntaxFailure`. */
    read(): Statement;
}
