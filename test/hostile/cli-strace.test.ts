import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/exit-code.js";
import { baseFiles, hostileCases, writeFiles } from "./corpus.js";
import { SECRET_VALUES } from "./secrets.js";
import { tempDir } from "../helpers/temp-dir.js";

const CLI = resolve("dist/cli.js");

function available(command: string): boolean {
  try {
    execFileSync(command, ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The built CLI, when it is at least as new as every source file (CI builds it; a stale one would test old code). */
function freshDist(): boolean {
  if (!existsSync(CLI)) return false;
  const built = statSync(CLI).mtimeMs;
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  return built >= newest("src");
}

/**
 * Where the traced runs keep the command line's code cache (src/cli/compile-cache.ts): the one
 * place outside the tree and the package a run may open, and only below its `norecur` folder.
 */
const CACHE_HOME = realpathSync(tempDir("norecur-strace-cache-"));
const CACHE_DIR = join(CACHE_HOME, "norecur");

/** Paths a process opened or stat'ed, from `strace -f -e trace=open,openat,statx,…`. */
function traced(args: string[], cwd: string): { paths: Set<string>; status: number | null; stdout: string; stderr: string } {
  const log = join(tempDir("norecur-strace-"), "trace");
  const run = spawnSync("strace", ["-f", "-qq", "-e", "trace=open,openat,statx,newfstatat,stat,lstat", "-o", log, process.execPath, "--max-old-space-size=1024", ...args], {
    cwd,
    env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME },
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const paths = new Set([...readFileSync(log, "utf8").matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => resolve(cwd, m[1] ?? "")));
  return { paths, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ready = available("strace") && freshDist();

describe.skipIf(!ready)("the built CLI under strace", () => {
  const escape = hostileCases().find((c) => c.name === "FIFOs, devices and links out of the tree");
  const root = realpathSync(tempDir("norecur-strace-tree-"));
  writeFiles(root, baseFiles());
  // Files of no format a policy reads, as most of a repository is.
  writeFiles(root, { "docs/notes.md": "# Notes\n", "src/app.js": "export const x = 1;\n" });
  escape?.special?.(root);
  const baseline = traced(["-e", ""], root).paths;
  const packageRoot = resolve(".");
  const ancestors = new Set<string>();
  // Node resolves the CLI's real path component by component, so the package's own
  // ancestors are looked at as well as the tree's.
  for (const start of [root, packageRoot]) for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) ancestors.add(dirname(dir));
  const outside = (path: string): boolean =>
    !(
      path === root ||
      path.startsWith(root + sep) ||
      path === packageRoot ||
      path.startsWith(packageRoot + sep) ||
      path === "/dev/null" ||
      // V8 reads it when the heap grows, which a busy machine makes happen in one run and not
      // another: the runtime's own read, not norecur's.
      path === "/proc/sys/vm/overcommit_memory" ||
      path === CACHE_HOME ||
      path === CACHE_DIR ||
      path.startsWith(CACHE_DIR + sep) ||
      baseline.has(path) ||
      ancestors.has(path) ||
      ancestors.has(dirname(path))
    );

  it.each(["json", "text", "sarif", "junit", "markdown", "github"])("opens nothing outside the tree and prints no secret (--format %s)", (format) => {
    const run = traced([CLI, "check", ".", "--format", format], root);
    expect(run.status).toBe(ExitCode.Findings);
    expect([...run.paths].filter(outside)).toEqual([]);
    for (const secret of SECRET_VALUES) expect(run.stdout.includes(secret) || run.stderr.includes(secret), secret).toBe(false);
  });

  it("neither opens nor stats a regular file no policy reads: the directory listing says what it is", () => {
    const run = traced([CLI, "check", ".", "--format", "json"], root);
    expect(run.status).toBe(ExitCode.Findings);
    for (const file of ["docs/notes.md", "src/app.js"]) expect(run.paths.has(join(root, file)), file).toBe(false);
    // It is still accounted for.
    const files = (JSON.parse(run.stdout) as { files: Array<{ path: string; reason?: string }> }).files;
    expect(files.find((f) => f.path === "docs/notes.md")?.reason).toBe("no known format");
  });

  it.skipIf(process.getuid?.() !== 0 || !available("setpriv"))("lists unreadable files and directories with the reason (run as nobody)", () => {
    const locked = realpathSync(tempDir("norecur-eacces-"));
    writeFiles(locked, { "compose.yaml": baseFiles()["app/compose.yaml"] ?? "", "locked/compose.yaml": "services: {}\n", "sub/.gitignore": "x\n" });
    chmodSync(locked, 0o755);
    chmodSync(join(locked, "sub"), 0o755);
    chmodSync(join(locked, "compose.yaml"), 0o644);
    chmodSync(join(locked, "locked"), 0o000);
    chmodSync(join(locked, "sub", ".gitignore"), 0o000);
    const run = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, CLI, "check", ".", "--format", "json"], {
      cwd: locked,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(ExitCode.Findings);
    const files = (JSON.parse(run.stdout) as { files: Array<{ path: string; status: string; reason?: string }> }).files;
    expect(files).toContainEqual({ path: "locked/", status: "skipped", reason: "cannot read directory: permission denied (EACCES)" });
    expect(files).toContainEqual({ path: "compose.yaml", format: "compose", status: "evaluated" });
  });

  it("keeps its exit code when stdout is closed", () => {
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" check . >&-`], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(ExitCode.Findings);
    expect(run.stderr).not.toContain("internal error");
  });
});
