import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * `<meta http-equiv="Content-Security-Policy">` of a page or template, one subject per file
 * that has one. Browsers ignore a report-only policy in a meta element, so it is kept as not
 * enforced. A templated `content` is a marker (the policy is only known once rendered), unless
 * its only template holes are nonces.
 */
export declare function htmlSubjects(documents: readonly ParsedDocument[]): Subject[];
