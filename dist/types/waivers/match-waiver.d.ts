import type { Finding, Waiver } from "../types.js";
/**
 * Whether a waiver covers a finding: same policy, and every scope it names matches (file
 * globs, subject id or glob, and for an inline waiver the line it sits on or above).
 * Subject globs follow path rules: `*` stops at `/`, `**` crosses it.
 */
export declare function waiverCovers(waiver: Waiver, finding: Finding): boolean;
