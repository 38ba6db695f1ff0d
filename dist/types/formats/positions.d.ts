import type { Range } from "../types.js";
/** A 1-based line and column; the column counts UTF-16 code units (JavaScript string indices). */
export interface Position {
    /** Line, from 1. */
    line: number;
    /** Column, from 1. */
    column: number;
}
/**
 * Drops a leading byte order mark. Every parser strips it the same way, so that offsets, and
 * therefore positions, mean the same thing for files with and without one.
 */
export declare function stripBom(text: string): string;
/**
 * Maps string offsets to line/column positions. Lines end at `\n`, `\r\n` or a lone `\r`; the
 * line break itself is not part of any line's columns, so CRLF files give the same positions
 * as LF files.
 */
export declare class LineIndex {
    readonly text: string;
    /** Offset at which each line starts. */
    private readonly starts;
    /** Offset at which each line's content ends (where its line break begins). */
    private readonly ends;
    /**
     * Indexes `text` once, in one pass: from line break to line break when it has no `\r` (a
     * search in the engine's own code, where a loop over every character runs interpreted for the
     * first files placed), else character by character.
     */
    constructor(text: string);
    /** Number of lines; an empty text, or a final line break, still counts the last (empty) line. */
    get lineCount(): number;
    /**
     * The position of `offset`. Offsets outside the text are clamped to it; an offset inside a
     * line break maps to the end of that line.
     */
    position(offset: number): Position;
    /** The range from `start` to `end` (exclusive); an `end` before `start` collapses to `start`. */
    range(start: number, end: number): Range;
    /**
     * A range for a problem reported at one offset: the character there, or an empty range when
     * the offset is at the end of a line or of the text (there is no character to underline).
     */
    pointRange(offset: number): Range;
    /** 0-based index of the line holding `offset`, by binary search over line starts. */
    private lineOf;
}
/** The range 1:1–1:1, for failures that carry no position at all. */
export declare function startRange(): Range;
/**
 * The offset just after the last non-whitespace character in `text[start, end)`, never before
 * `start`. Parsers often end a node's span after its trailing line break or blank lines; a
 * finding should underline the value only.
 */
export declare function trimEnd(text: string, start: number, end: number): number;
/** Text from an unknown thrown value, first line only: a user never needs a stack or a snippet. */
export declare function errorText(error: unknown): string;
