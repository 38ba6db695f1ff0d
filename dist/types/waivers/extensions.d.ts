import type { Finding, Waiver } from "../types.js";
import type { FileHistory } from "./git-revisions.js";
/** Finding id of a waiver whose expiry moved later than it ever was before. */
export declare const WAIVER_EXTENDED = "waiver-extended";
/** A waiver's extension against the base revision. */
export interface Extension {
    /** The extended waiver. */
    waiver: Waiver;
    /** Latest expiry it had up to the base revision. */
    previous: string;
    /** Times its expiry has moved later, this change included. */
    count: number;
}
/**
 * Waivers are the same exception across revisions when they waive the same policy with the
 * same scope; a changed scope is a new exception (and must meet the horizon on its own).
 */
export declare function waiverKey(w: {
    policy: string;
    paths?: readonly string[] | undefined;
    subject?: string | undefined;
}): string;
/**
 * Waivers of the current file whose expiry is later than any expiry the same waiver had up
 * to the base revision: a moved date, or a waiver re-added after it expired and was removed.
 * Dates are `YYYY-MM-DD`, so they compare as strings.
 */
export declare function findExtensions(current: readonly Waiver[], history: FileHistory): Extension[];
/** The finding for one extension: a failure unless someone other than the owner approved it. */
export declare function extensionFinding(extension: Extension, base: string, shallow: boolean): Finding;
