import { lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { sep } from "node:path";

/** What a path is, as far as reading it goes. */
export type FileKind =
  | { kind: "file"; real: string; size: number }
  | { kind: "directory"; real: string }
  | { kind: "skip"; reason: string };

/**
 * Classifies a path without opening it: only regular files are ever read, and a symlink only
 * when its target (resolved with realpath, through any chain of links) is inside `root`. A
 * FIFO would block the run forever, a device (`/dev/zero`) would be read until memory runs
 * out, and a link out of the tree would read files the repository does not own
 * (`nginx.conf -> /etc/shadow`).
 */
export function fileKind(path: string, root: string): FileKind {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    return { kind: "skip", reason: `cannot read: ${errorCode(error)}` };
  }
  let real = path;
  let stats = link;
  if (link.isSymbolicLink()) {
    try {
      real = realpathSync(path);
      stats = statSync(real);
    } catch (error) {
      return { kind: "skip", reason: `broken symlink (${errorCode(error)})` };
    }
    const rootReal = realOrSelf(root);
    if (real !== rootReal && !real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) {
      return { kind: "skip", reason: "symlink points outside the scan root" };
    }
  }
  if (stats.isFile()) return { kind: "file", real, size: stats.size };
  if (stats.isDirectory()) return { kind: "directory", real };
  return { kind: "skip", reason: `not a regular file (${special(stats)})` };
}

function special(stats: Stats): string {
  if (stats.isFIFO()) return "FIFO";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice()) return "character device";
  if (stats.isBlockDevice()) return "block device";
  return "unknown type";
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A short, stable reason for a file-system error (`EACCES`, `ENOENT`…), without the path. */
export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    const known: Record<string, string> = { EACCES: "permission denied", EPERM: "permission denied", ENOENT: "no such file", ELOOP: "too many levels of symlinks", EISDIR: "is a directory", ENAMETOOLONG: "name too long" };
    return Object.hasOwn(known, error.code) ? `${known[error.code]} (${error.code})` : error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
