import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { tempDir } from "./temp-dir.js";
import type { Io } from "../../src/cli/io.js";

/** Writes a throwaway directory tree, removed after the test file, and returns its path. */
export function makeTree(files: Record<string, string>): string {
  const root = tempDir("norecur-test-");
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/** An Io that records what a command printed. */
export function captureIo(cwd: string): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    isTTY: false,
    env: {},
    cwd,
    stdout: () => out,
    stderr: () => err,
  };
}
