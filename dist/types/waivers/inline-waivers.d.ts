import type { Finding, Waiver } from "../types.js";
import { type RuleContext } from "./waiver-rules.js";
/** Finding id of an inline waiver that cannot be accepted. */
export declare const WAIVER_INVALID = "waiver-invalid";
/** What the comments of one scanned file hold. */
export interface InlineWaivers {
    /** Accepted waivers. */
    waivers: Waiver[];
    /** `waiver-invalid` findings for comments that break the format or a rule. */
    problems: Finding[];
}
/**
 * Reads `norecur:waive ID owner=… expires=YYYY-MM-DD reason="…"` comments. A comment alone on
 * its line covers the next line; a comment after a value covers its own line. A broken comment
 * sits in a scanned file, so it is a finding rather than a config error: the run goes on and
 * the finding it meant to waive still fails.
 */
export declare function readInlineWaivers(file: string, parser: string, text: string, context: RuleContext): InlineWaivers;
/**
 * Whether a file read with `parser` can hold inline waivers: its syntax has comments and its text
 * the marker. The run keeps only such files for {@link readInlineWaivers}, not a record of
 * every file scanned.
 */
export declare function mayHoldInlineWaivers(parser: string, text: string): boolean;
