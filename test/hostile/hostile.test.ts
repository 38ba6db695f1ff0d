import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodeFor, ExitCode } from "../../src/exit-code.js";
import { formatters } from "../../src/report/index.js";
import { check } from "../../src/run.js";
import type { RunResult } from "../../src/types.js";
import { baseFiles, CORPUS_NOW, hostileCases, writeFiles, type HostileCase } from "./corpus.js";
import { traceFs } from "./fs-trace.js";
import { SECRET_VALUES } from "./secrets.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Bounds every case must stay within, on a shared 2-core CI runner. */
const MAX_MS = 60_000;
const MAX_HEAP_BYTES = 1.5 * 1024 ** 3;
const DOCUMENTED = new Set<number>(Object.values(ExitCode));
const FORMATS = Object.keys(formatters);

const hasMkfifo = (() => {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const BASE = baseFiles();

function tree(extra: Record<string, string> = {}, special?: (root: string) => void): string {
  const root = realpathSync(tempDir("norecur-hostile-"));
  writeFiles(root, { ...BASE, ...extra });
  special?.(root);
  return root;
}

async function run(root: string, policyDirs: string[] = []): Promise<RunResult> {
  return check({ cwd: root, now: CORPUS_NOW, policyDirs });
}

/** Findings and file entries that belong to the base repository. */
function verdict(result: RunResult, hostile: HostileCase): unknown {
  const added = new Set(Object.keys(hostile.add ?? {}));
  const own = new Set(hostile.ownPolicies ?? []);
  const isBase = (path: string): boolean => Object.hasOwn(BASE, path) && !added.has(path);
  return {
    failOn: result.failOn,
    exit: exitCodeFor(result, { allowEmpty: false }),
    findings: result.findings
      .filter((f) => (isBase(f.file) || f.file === ".") && !own.has(f.policyId))
      .map((f) => `${f.file}:${f.range?.line ?? 0}:${f.range?.column ?? 0} ${f.policyId} ${f.status} ${f.message}`),
    // A custom policy may read formats no built-in policy reads: then only the list of files must match.
    files: result.files.filter((f) => isBase(f.path)).map((f) => (own.size > 0 ? f.path : f)),
  };
}

/** Paths the run may touch: inside the tree, the package's own files, and where the repository root is looked for. */
function allowed(root: string): (path: string) => boolean {
  const packageRoot = resolve(".");
  const ancestors = new Set<string>();
  for (let dir = root; dir !== dirname(dir); dir = dirname(dir)) ancestors.add(dirname(dir));
  return (path) => {
    const full = resolve(root, path);
    return full === root || full.startsWith(root + sep) || full === packageRoot || full.startsWith(packageRoot + sep) || ancestors.has(full) || ancestors.has(dirname(full));
  };
}

describe("the hostile corpus", async () => {
  const baseline = await run(tree());

  it("has a failing baseline to compare against", () => {
    expect(exitCodeFor(baseline, { allowEmpty: false })).toBe(ExitCode.Findings);
  });

  it.each(hostileCases().map((c) => [c.name, c] as const))("%s", async (_name, hostile) => {
    if (hostile.needsFifo && !hasMkfifo) return;
    const root = tree(hostile.add, hostile.special);
    const trace = traceFs();
    const started = performance.now();
    let result: RunResult;
    try {
      result = await run(root, hostile.policyDirs);
    } finally {
      trace.stop();
    }
    // Terminates within a bound, and under a memory bound.
    expect(performance.now() - started).toBeLessThan(MAX_MS);
    expect(process.memoryUsage().heapUsed).toBeLessThan(MAX_HEAP_BYTES);
    // Exits with a documented code, and the verdict on the base repository is unchanged.
    expect(DOCUMENTED.has(exitCodeFor(result, { allowEmpty: false }))).toBe(true);
    expect(verdict(result, hostile)).toEqual(verdict(baseline, hostile));
    // A costly custom policy is stopped by the budget: unknown findings that name it.
    for (const id of hostile.overBudget ? (hostile.ownPolicies ?? []) : []) {
      const own = result.findings.filter((f) => f.policyId === id);
      expect(own.length).toBeGreaterThan(0);
      for (const f of own) expect([f.status, f.message]).toEqual(["unknown", expect.stringMatching(/cost limit|longer than/)]);
    }
    // Every file is listed exactly once.
    const paths = result.files.map((f) => f.path);
    expect(paths.length).toBe(new Set(paths).size);
    // Nothing outside the tree was opened or stat'ed.
    const inside = allowed(root);
    expect(trace.paths().length).toBeGreaterThan(0);
    expect(trace.paths().filter((p) => !inside(p))).toEqual([]);
    // No planted secret in any format, and no forged workflow command or raw control character.
    for (const format of FORMATS) {
      const out = formatters[format]?.(result, { color: false }) ?? "";
      for (const secret of SECRET_VALUES) expect(out.includes(secret), `${format} prints ${secret}`).toBe(false);
      const commands = out.split("\n").filter((line) => /^\s*(::|##\[)/.test(line));
      if (format === "github") for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) (file=|title=norecur)/);
      else expect(commands, format).toEqual([]);
      if (format !== "json" && format !== "sarif") expect(/\u001b/.test(out), format).toBe(false);
    }
  }, 120_000);
});
