/** A file a change touched, relative to the directory git ran in. */
export interface ChangedFile {
    /** added, modified, deleted, or renamed (then `from` is the old name; copies count as added). */
    change: "added" | "modified" | "deleted" | "renamed";
    /** The file's name after the change (its old name when deleted). */
    file: string;
    /** The name before a rename. */
    from?: string;
}
/**
 * Files changed between `from` and `to` (a commit), or the working tree when `to` is absent,
 * in which case untracked files that are not ignored count as added: a local run sees what
 * would be committed. Renames are detected so a moved file is not a deletion plus an addition.
 * Paths are relative to `cwd`; limited to it unless `scope` is `repository` (then files
 * elsewhere come as `../` paths).
 */
export declare function changedFiles(cwd: string, from: string, to?: string, scope?: "cwd" | "repository"): ChangedFile[];
/** Parses `--name-status -z`: a status, then one name (two for renames and copies), NUL-separated. */
export declare function parseNameStatus(out: string): ChangedFile[];
