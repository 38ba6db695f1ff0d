import type { Parser } from "../types.js";
/** The value of a `text-lines` document. */
export interface TextLines {
    /** Every line, without its line break; `lines[0]` is line 1. */
    lines: string[];
}
/**
 * Plain text as lines, for files whose presence matters more than their syntax (go.mod,
 * requirements.txt, Gemfile, pyproject.toml read as dependency manifests). Any text parses;
 * each line is located, so a finding can point at line 1 of a manifest.
 */
export declare const textLinesParser: Parser;
