import { createRequire } from "node:module";

// Loaded when git is first run: most checks never run it, and loading it is a millisecond of start-up.
const load = createRequire(import.meta.url);
export const childProcess = (): typeof import("node:child_process") => load("node:child_process") as typeof import("node:child_process");

/** Enough for large diffs and trees; git's output is read whole. */
export const MAX_BUFFER = 256 * 1024 * 1024;

/**
 * Runs git with an argument array (no shell, so paths and refs are never interpreted) and
 * returns its standard output as text. Throws when git fails or is missing.
 */
export function git(cwd: string, args: readonly string[], input?: string): string {
  return childProcess().execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: MAX_BUFFER,
    ...(input !== undefined ? { input } : {}),
  });
}

/** Like `git`, but the output as bytes: file contents may be binary. `expected` raises the output limit for large reads. */
export function gitBytes(cwd: string, args: readonly string[], input?: string, expected = 0): Buffer {
  return childProcess().execFileSync("git", args, {
    cwd,
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: Math.max(MAX_BUFFER, expected),
    ...(input !== undefined ? { input } : {}),
  });
}

/** `git` that answers undefined instead of throwing, for questions whose "no" is a failure exit. */
export function tryGit(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/**
 * The working tree's top directory and cwd's path below it (with a trailing slash, or ""), from
 * one `git rev-parse`; undefined outside a working tree (or without git).
 */
export function topAndPrefix(cwd: string): { top: string; prefix: string } | undefined {
  return topAndPrefixFrom(tryGit(cwd, TOP_AND_PREFIX));
}

/** The `git rev-parse` that {@link topAndPrefix} runs. */
export const TOP_AND_PREFIX: readonly string[] = ["rev-parse", "--show-toplevel", "--show-prefix"];

/** {@link topAndPrefix} from the output of {@link TOP_AND_PREFIX}, undefined for none (git failed). */
export function topAndPrefixFrom(out: string | undefined): { top: string; prefix: string } | undefined {
  const lines = out?.split("\n");
  const top = lines?.[0]?.trim();
  return top ? { top, prefix: (lines?.[1] ?? "").trim() } : undefined;
}

/** What an asynchronous git answered: its output, or the error `git` would have thrown. */
export type GitAnswer = { ok: true; out: string } | { ok: false; error: Error };

/**
 * `git` without blocking: the process runs while this one goes on. The promise never rejects (a
 * failure is an answer), so a question nobody ends up asking for is no unhandled rejection.
 */
export function gitAsync(cwd: string, args: readonly string[]): Promise<GitAnswer> {
  return new Promise((settle) => {
    childProcess().execFile("git", args, { cwd, encoding: "utf8", maxBuffer: MAX_BUFFER }, (error, out) => {
      settle(error ? { ok: false, error } : { ok: true, out });
    });
  });
}
