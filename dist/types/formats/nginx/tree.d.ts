import { type Word } from "./reader.js";
/** One directive as written, with offsets. `end` is just after its `;` or closing `}`. */
export interface Node {
    name: Word;
    args: Word[];
    start: number;
    end: number;
    /** The `{ ... }` span of a block directive, braces included. */
    block?: {
        start: number;
        end: number;
        children: Node[];
    };
    /** The body of a `*_by_lua_block`, kept as text: it is Lua, not nginx syntax. */
    raw?: Word;
}
/** Parses a whole file into its directive tree; throws `SyntaxFailure` on bad syntax. */
export declare function parseTree(text: string): Node[];
