import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix, resolve, sep } from "node:path";
import { NorecurError } from "../errors.js";
import { git, gitBytes } from "./git.js";
import { repoLocation, resolveCommit } from "./revision.js";

/** Files of one revision written out to a temporary directory. */
export interface MaterializedRevision {
  /** The commit the files come from. */
  commit: string;
  /** Temporary directory standing for the repository's top directory. */
  root: string;
  /** The directory inside `root` that stands for the `cwd` given: paths relative to it are the same as in the working tree. */
  cwd: string;
  /** Files written, relative to the repository root, forward slashes, sorted. */
  files: string[];
  /** Entries not written, with why: symlinks (they could point outside the tree) and submodules. */
  skipped: Array<{ file: string; reason: string }>;
  /** Removes the temporary directory; safe to call twice. */
  cleanup(): void;
}

/** One blob of `git ls-tree -r` output. */
interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  file: string;
}

/** Blob bytes read per `cat-file` call, by default. */
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Writes the files of `ref` under `paths` (files or directories relative to `cwd`; default the
 * whole of `cwd`) to a new temporary directory that mirrors the repository's layout. Contents
 * are copied byte for byte through `git cat-file --batch`, one git process per 32 MiB. The
 * caller must call `cleanup()`; on failure nothing is left behind.
 */
export function materializeRevision(cwd: string, ref: string, paths: readonly string[] = ["."], options: { batchBytes?: number } = {}): MaterializedRevision {
  const location = repoLocation(cwd);
  const commit = resolveCommit(cwd, ref);
  const root = mkdtempSync(join(tmpdir(), "norecur-rev-"));
  const cleanup = (): void => rmSync(root, { recursive: true, force: true });
  try {
    const specs = paths.map((path) => repoPath(location.prefix, path));
    // An empty spec is the whole repository; `ls-tree` takes no pathspec for that.
    const entries = listTree(cwd, commit, specs.includes("") ? [] : specs);
    const blobs = entries.filter((e) => e.type === "blob" && e.mode !== "120000");
    for (const batch of batches(blobs, options.batchBytes ?? BATCH_BYTES)) {
      const contents = readBlobs(cwd, [...new Set(batch.map((e) => e.object))], batch.reduce((n, e) => n + e.size, 0));
      for (const entry of batch) {
        const target = resolve(root, ...entry.file.split("/"));
        // Git refuses such names, but a crafted tree must still never write outside the directory.
        if (!target.startsWith(root + sep)) throw new NorecurError("usage", `${ref}: refusing to write ${JSON.stringify(entry.file)} outside the temporary directory`);
        mkdirSync(resolve(target, ".."), { recursive: true });
        writeFileSync(target, contents.get(entry.object) ?? Buffer.alloc(0));
      }
    }
    const skipped = entries
      .filter((e) => !(e.type === "blob" && e.mode !== "120000"))
      .map((e) => ({ file: e.file, reason: e.mode === "120000" ? "symlink" : e.type === "commit" ? "submodule" : e.type }));
    const files = blobs.map((e) => e.file).sort();
    // The directory stands for cwd even when the revision has nothing there.
    const here = resolve(root, ...location.prefix.split("/").filter((s) => s.length > 0));
    mkdirSync(here, { recursive: true });
    return { commit, root, cwd: here, files, skipped, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** A path relative to `cwd` as a path from the repository root ("" for the root itself). */
function repoPath(prefix: string, path: string): string {
  const inside = pathInRepository(prefix, path);
  if (inside === undefined) throw new NorecurError("usage", `${path}: not inside the repository, so it has no version at a base revision`);
  return inside;
}

/**
 * A path relative to a directory at `prefix` (see `repoLocation`) as a path from the
 * repository root ("" for the root), or undefined when it leads outside the repository.
 */
export function pathInRepository(prefix: string, path: string): string | undefined {
  const joined = posix.normalize(posix.join(prefix, path.split("\\").join("/")));
  if (joined === "." || joined === "./") return "";
  if (joined.startsWith("../") || joined === ".." || posix.isAbsolute(path.split("\\").join("/"))) return undefined;
  return joined.replace(/\/$/, "");
}

/** `git ls-tree -r -z -l --full-tree`: NUL-separated, so any file name survives; `-l` adds blob sizes. */
function listTree(cwd: string, commit: string, specs: readonly string[]): TreeEntry[] {
  const out = git(cwd, ["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--", ...specs]);
  return out
    .split("\0")
    .filter((record) => record.length > 0)
    .flatMap((record) => {
      const tab = record.indexOf("\t");
      // The size is right-aligned with spaces ("-" for submodules).
      const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
      if (tab < 0 || mode === undefined || type === undefined || object === undefined) return [];
      return [{ mode, type, object, size: Number(size) || 0, file: record.slice(tab + 1) }];
    });
}

/** Blobs in groups of at most `limit` bytes (a larger blob alone), so memory stays bounded on large trees. */
function batches(entries: readonly TreeEntry[], limit: number): TreeEntry[][] {
  const out: TreeEntry[][] = [];
  let current: TreeEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (current.length > 0 && bytes + entry.size > limit) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entry.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Contents of blobs by object id. `cat-file --batch` answers each id with
 * `<id> blob <size>\n<bytes>\n`, so sizes, not separators, delimit the contents.
 */
function readBlobs(cwd: string, objects: readonly string[], bytes: number): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  if (objects.length === 0) return contents;
  // Room for the contents plus one header line per object.
  const out = gitBytes(cwd, ["cat-file", "--batch"], `${objects.join("\n")}\n`, bytes + objects.length * 128 + 1024);
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(0x0a, at);
    if (newline < 0) break;
    const [object, type, size] = out.subarray(at, newline).toString("utf8").split(" ");
    if (object === undefined || type === "missing" || size === undefined) {
      at = newline + 1;
      continue;
    }
    const length = Number(size);
    contents.set(object, out.subarray(newline + 1, newline + 1 + length));
    at = newline + 1 + length + 1;
  }
  return contents;
}
