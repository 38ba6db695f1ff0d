/**
 * Text from scanned files and file names reaches CI logs, where control characters can
 * rewrite the terminal (ANSI escapes), fake lines (`\r`, `\n`) or reorder text (bidi
 * overrides), and where a line starting with `::` (or `##[`) is a workflow command that GitHub
 * executes: `::add-mask::`, `::stop-commands::`, or an annotation forged in norecur's name.
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Control and bidi characters as visible escapes (`\n`, `\u001b`); tabs stay, and line breaks
 * too with `keepNewlines` (for channels that encode them, such as annotation commands).
 */
export function escapeControl(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return options.keepNewlines ? c : "\\n";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

const COMMAND_START = /^(\s*)(::|##\[|##vso\[)/gm;

/**
 * Every line of a report that could start a workflow command gets a backslash in front, so
 * that only the commands norecur writes itself (the `github` format's annotations) are ever
 * commands. Apply to whole reports whose lines may begin with scanned text.
 */
export function guardCommandLines(report: string): string {
  return report.replace(COMMAND_START, "$1\\$2");
}
