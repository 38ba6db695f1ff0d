import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { makeTree } from "../helpers/tree.js";

/** Runs git in a test repository with a fixed identity and no signing, whatever the machine's config. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}

/** A new repository on branch `main` holding `files`, committed once. */
export function gitRepo(files: Record<string, string | Buffer>): string {
  const cwd = makeTree({});
  git(cwd, "init", "-q", "-b", "main");
  write(cwd, files);
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "--allow-empty", "-m", "base");
  return cwd;
}

/** Writes files (null deletes one). */
export function write(cwd: string, files: Record<string, string | Buffer | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(cwd, path);
    if (content === null) {
      rmSync(full, { force: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Writes files and commits everything. */
export function commit(cwd: string, files: Record<string, string | Buffer | null>, message = "change"): void {
  write(cwd, files);
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "--allow-empty", "-m", message);
}
