/** Lines added or modified by a change, by file (relative to the directory asked about). */
export type ChangedLines = Map<string, Set<number>>;
/**
 * Lines of the working tree (or of `head`, a commit) that were added or modified since the
 * merge base of `base` and HEAD (or `head`): where a pull request's annotations may go. Deleted
 * files have none; a renamed file keeps only its edited lines; untracked files count whole when
 * reading the working tree; binary files have no lines.
 */
export declare function changedLines(cwd: string, base: string, head?: string): ChangedLines;
/**
 * Parses `git diff --unified=0`: the new-side range of every hunk header, under the file named
 * by the `+++` line. Hunk bodies are skipped by count, so an added line that itself starts with
 * `+++ ` or `@@` is never mistaken for a header; `\ No newline at end of file` is not counted.
 */
export declare function parseUnifiedZero(diff: string): ChangedLines;
