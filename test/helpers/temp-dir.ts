import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Directories made by this test file, removed after it (test/helpers/remove-temp-dirs.ts). */
const made: string[] = [];

/** A new empty directory under the system's temporary directory, removed once the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Removes every directory {@link tempDir} made. Tests lock some of their files and directories
 * (mode 000) to see them reported as unreadable: those are opened up first, or a run that is not
 * root could not remove them.
 */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      openUp(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function openUp(path: string): void {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isDirectory()) return;
  chmodSync(path, 0o700);
  for (const name of readdirSync(path)) openUp(join(path, name));
}
