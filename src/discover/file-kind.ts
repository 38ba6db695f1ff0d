import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, resolve, sep } from "node:path";

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
    const rootReal = realOrSelf(root);
    const inside = (target: string): boolean => target === rootReal || target.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
    // The link's text is checked before its target is touched at all (not even stat'ed), so a
    // link to `/etc/shadow` or `/dev/zero` costs one readlink; realpath then settles links met
    // on the way.
    if (!inside(resolve(realOrSelf(dirname(path)), readlinkOrEmpty(path)))) return { kind: "skip", reason: "symlink points outside the scan root" };
    try {
      real = realpathSync(path);
    } catch (error) {
      return { kind: "skip", reason: `broken symlink (${errorCode(error)})` };
    }
    if (!inside(real)) return { kind: "skip", reason: "symlink points outside the scan root" };
    try {
      stats = statSync(real);
    } catch (error) {
      return { kind: "skip", reason: `broken symlink (${errorCode(error)})` };
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

function readlinkOrEmpty(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
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
