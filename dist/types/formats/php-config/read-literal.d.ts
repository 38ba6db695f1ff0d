import type { PathSegment } from "../../types.js";
/** A value read from PHP source, with its span and its children's spans. */
export interface LiteralNode {
    /** The plain value, or `{ $expr: source }` when it is computed. */
    value: unknown;
    /** Offset of its first character. */
    start: number;
    /** Offset just after its last character. */
    end: number;
    /** Elements of an array, keyed as they appear in `value`. */
    children: Array<[PathSegment, LiteralNode]>;
}
/** Why reading stopped; `start`/`end` underline the broken literal. */
export interface LiteralError {
    message: string;
    start: number;
    end: number;
}
type Read = LiteralNode | LiteralError;
/** Deepest array nesting read; deeper input is a parse error rather than an exhausted stack. */
export declare const MAX_NESTING = 256;
/** Whether a read failed. */
export declare function isError<T extends object>(read: T | LiteralError | undefined): read is LiteralError;
/** First offset at or after `at` that is neither whitespace nor inside a `//`, `#` or block comment. */
export declare function skipTrivia(text: string, at: number): number;
/**
 * Reads one expression starting at `at` (trivia already skipped) up to a `,`, `)`, `]`, `;`
 * or `=>` at depth 0. Literals become values; anything else becomes `{ $expr }` with its source
 * text, never a guess.
 */
export declare function readExpression(text: string, at: number, depth?: number): Read;
export {};
