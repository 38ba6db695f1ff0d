import type { RunResult } from "../types.js";
/** How a human terminal should be written to. */
export interface TextContext {
    /** Use ANSI colours (only on a TTY, and never when NO_COLOR is set). */
    color: boolean;
}
/**
 * Findings grouped by file, then a summary. Pure: the same result gives the same text. Scanned
 * text and paths show with control characters escaped, and no line can start a workflow command.
 */
export declare function formatText(result: RunResult, context: TextContext): string;
