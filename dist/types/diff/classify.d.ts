import type { Finding } from "../types.js";
import type { SourceLines } from "./source-lines.js";
import type { FindingDiff } from "./types.js";
/**
 * Sorts the head's findings into new and existing, and the base's missing ones into fixed.
 * Findings are the same across revisions when policy, subject, file and the text of their line
 * agree (the fingerprint), so lines added above a finding do not make it new. Findings are
 * multisets: two identical findings in the base and three in the head are two existing and one
 * new. Among such duplicates the pairs whose surrounding lines and message agree best are
 * matched first, so the added copy is the one reported as new. Array positions in subject ids
 * are ignored when nothing matches exactly. Status plays no part: a finding waived in the head
 * is still existing, and keeps its status in the result.
 */
export declare function classifyFindings(head: readonly Finding[], base: readonly Finding[], sourceLines: SourceLines): FindingDiff;
