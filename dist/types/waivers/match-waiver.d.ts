import type { Finding, Waiver } from "../types.js";
/** The waivers that cover a finding, in the order they were given. */
export type WaiverLookup = (finding: Finding) => Waiver[];
/**
 * Indexes the waivers once so that each finding is matched against only the waivers of its
 * policy, with every glob compiled once, by the same linear-time matcher the engine uses
 * (patterns come from pull-request authors, so a backtracking matcher would let one hang CI).
 *
 * An inline waiver covers its own file, by exact path, at the line it sits on or above: it is
 * looked up by (policy, file, line) and never turned into a glob, so a file literally named
 * `k8s/*.yaml` waives nothing outside itself. A waivers-file entry covers a finding when its
 * policy matches and every scope it names matches: file globs, and the subject id exactly or
 * as a glob (`*` stops at `/`, `**` crosses it).
 */
export declare function indexWaivers(waivers: readonly Waiver[]): WaiverLookup;
