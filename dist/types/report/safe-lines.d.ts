/**
 * Control and bidi characters as visible escapes (`\n`, `\u001b`); tabs stay, and line breaks
 * too with `keepNewlines` (for channels that encode them, such as annotation commands).
 */
export declare function escapeControl(text: string, options?: {
    keepNewlines?: boolean;
}): string;
/**
 * Every line of a report that could start a workflow command gets a backslash in front, so
 * that only the commands norecur writes itself (the `github` format's annotations) are ever
 * commands. Apply to whole reports whose lines may begin with scanned text.
 */
export declare function guardCommandLines(report: string): string;
