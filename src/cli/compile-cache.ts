import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/*
 * Runs a CommonJS bundle with V8's code cache kept between runs. Compiling the command-line
 * bundle (1.6 MB) and the functions a run calls is most of a short run's start-up: with the
 * cache, a staged pre-commit run of 5 files went from 143 ms to 113 ms (docs/performance.md).
 * Node 22 has `module.enableCompileCache()` for this; the Node 20 the Action and most CI images
 * run has not.
 *
 * The cache is code V8 runs, so it is only read from and written to a directory that only the
 * user can write: a cache another user could write would be a way to run code as this user.
 * Anything unexpected (no home, a read-only or shared directory, a rejected cache) means
 * compiling as usual, never an error.
 */

/** Opts out: `NORECUR_COMPILE_CACHE=0`. */
export const COMPILE_CACHE_SWITCH = "NORECUR_COMPILE_CACHE";

/** Runs the CommonJS file `file` as Node would load it, with its code cache when one is usable. */
export function runWithCompileCache(file: string, env: NodeJS.ProcessEnv = process.env): void {
  // The build writes the bundle in ASCII (scripts/build.mjs): read as latin1, it is the same text
  // without UTF-8 decoding, 1.4 ms against 6 ms for the 1.7 MB on the bench machine.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const cacheFile = env[COMPILE_CACHE_SWITCH] === "0" ? undefined : cachePath(file, env);
  const cachedData = cacheFile === undefined ? undefined : readPrivate(cacheFile);
  // The wrapper Node puts around a CommonJS module, so the bundle sees what it would see there.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData !== undefined ? { cachedData } : {}),
  });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    // Written at exit, so that it holds the functions this run compiled too, not only the top level.
    process.once("exit", () => writePrivate(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const module = { exports: {} };
  run(module.exports, createRequire(file), module, file, dirname(file));
}

/**
 * Where the cache of `file` is kept: under the user's cache directory, named for the file's
 * identity (size, modification time, inode) and the Node that runs it, so that an edited or
 * reinstalled bundle, or another Node, never meets a cache made for something else. V8 checks
 * its own version and flags too, but of the source only its length.
 */
function cachePath(file: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const base = env["XDG_CACHE_HOME"] || join(homedir(), ".cache");
    const dir = join(base, "norecur");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!privateTo(lstatSync(dir), "directory")) return undefined;
    const stat = statSync(file);
    const key = [stat.size, Math.trunc(stat.mtimeMs), stat.ino, process.version, process.arch, ...process.execArgv].join("-").replace(/[^A-Za-z0-9.-]/g, "_");
    return join(dir, `cli-${key}.v8cache`);
  } catch {
    return undefined;
  }
}

/** Whether a file or directory is this user's and no one else can write it (and not a link). */
function privateTo(stat: { uid: number; mode: number; isDirectory(): boolean; isFile(): boolean }, kind: "directory" | "file"): boolean {
  if (kind === "directory" ? !stat.isDirectory() : !stat.isFile()) return false;
  const uid = process.getuid?.();
  // Without user ids (Windows), the user's profile directory is private by its permissions.
  if (uid === undefined) return true;
  return stat.uid === uid && (stat.mode & 0o022) === 0;
}

function readPrivate(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    if (!privateTo(fstatSync(fd), "file")) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written to a file of its own first and renamed, so that a run never reads a half-written cache. */
function writePrivate(path: string, data: () => Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data(), { mode: 0o600, flag: "wx" });
    renameSync(temporary, path);
    pruneOthers(path);
  } catch {
    // A full disk or a directory gone: the next run compiles again.
    rmSync(temporary, { force: true });
  }
}

/** Caches kept beside a new one: a few installed versions of norecur each keep theirs. */
const KEPT = 4;

/** Removes all but the {@link KEPT} most recent other caches: each rebuild or upgrade makes a new one (about 1.4 MB). */
function pruneOthers(path: string): void {
  const dir = dirname(path);
  const others = readdirSync(dir)
    .filter((name) => /^cli-.+\.v8cache$/.test(name) && join(dir, name) !== path)
    .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of others.slice(KEPT)) rmSync(join(dir, old.name), { force: true });
}
