import type { DocPath, ParseResult, Range } from "../types.js";
import { LineIndex } from "./positions.js";
/**
 * Spans of a document's values, recorded eagerly as offsets while a small line-oriented file is
 * read, and turned into line/column ranges only when `locate` asks. Shared by the line-format
 * parsers (ini, smb-conf, nfs-exports, apt-conf, openvpn, dotenv, squid).
 */
export declare class PathRanges {
    readonly lines: LineIndex;
    private readonly spans;
    constructor(lines: LineIndex);
    /** Records `text[start, end)` for `path`; a later record for the same path replaces it (last one wins). */
    set(path: DocPath, start: number, end: number): void;
    /** The range at `path`, else at its deepest recorded ancestor, else the whole text without surrounding blank lines. */
    locate(path: DocPath): Range;
}
/** A one-document result whose positions were all recorded while parsing. */
export declare function rangedResult(file: string, value: unknown, ranges: PathRanges): ParseResult;
/** A failed parse with one positioned error. Messages never quote the file's text: values may be secrets. */
export declare function failure(message: string, range: Range): ParseResult;
/** One line's content, as offsets into the text; the line break is not included. */
export interface LineSpan {
    start: number;
    end: number;
}
/** Every line of `text`, split at `\n`, `\r\n` or a lone `\r`, as `LineIndex` does. */
export declare function lineSpans(text: string): LineSpan[];
/** Sets an own, enumerable property, even for names such as `__proto__` that plain assignment would not create. */
export declare function setOwn(target: Record<string, unknown>, key: string, value: unknown): void;
/** Whether a code unit is a space or a tab. */
export declare function isBlank(code: number): boolean;
/** First offset in `[start, end)` that is not a space or tab. */
export declare function skipBlanks(text: string, start: number, end: number): number;
/** Offset just after the last character in `[start, end)` that is not a space or tab. */
export declare function trimBlanks(text: string, start: number, end: number): number;
