import { join, resolve, sep } from "node:path";

/**
 * Paths a run treats as absent although they are on disk: a staged run that reads the working
 * tree in place hides what the git index does not hold (untracked files and directories,
 * submodule checkouts), so that it sees exactly the tree a commit records.
 */
export type HiddenPaths = (absolutePath: string) => boolean;

/**
 * Hides `entries` (paths relative to `top`, forward slashes; a trailing slash for a directory)
 * and everything below them. Asked of normalised absolute paths, as discovery makes them.
 */
export function hiddenBelow(top: string, entries: readonly string[]): HiddenPaths {
  const root = resolve(top);
  const hidden = new Set(entries.map((entry) => join(root, ...entry.split("/").filter((s) => s.length > 0))));
  hidden.delete(root);
  return (absolutePath) => {
    if (hidden.size === 0) return false;
    // The path, then each directory above it, down to the top (string steps: this is asked of every file a walk meets).
    for (let path = absolutePath; path.length > root.length && path.startsWith(root); path = path.slice(0, path.lastIndexOf(sep))) {
      if (hidden.has(path)) return true;
    }
    return false;
  };
}
