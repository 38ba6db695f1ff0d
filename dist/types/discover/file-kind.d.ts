/** What a path is, as far as reading it goes. */
export type FileKind = {
    kind: "file";
    real: string;
    size: number;
} | {
    kind: "directory";
    real: string;
} | {
    kind: "skip";
    reason: string;
};
/**
 * Classifies a path without opening it: only regular files are ever read, and a symlink only
 * when its target (resolved with realpath, through any chain of links) is inside `root`. A
 * FIFO would block the run forever, a device (`/dev/zero`) would be read until memory runs
 * out, and a link out of the tree would read files the repository does not own
 * (`nginx.conf -> /etc/shadow`).
 */
export declare function fileKind(path: string, root: string): FileKind;
/** A short, stable reason for a file-system error (`EACCES`, `ENOENT`…), without the path. */
export declare function errorCode(error: unknown): string;
