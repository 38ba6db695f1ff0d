import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import type { RunResult } from "../../src/types.js";
import { NorecurError } from "../../src/errors.js";
import { isHostile, protoKeyFiles } from "./proto-keys.js";
import { tempDir } from "../helpers/temp-dir.js";

const NOW = new Date("2026-06-01T00:00:00Z");

/** The example repositories side by side, optionally with the hostile files added. */
function exampleTree(extra: Record<string, string> = {}): string {
  const root = tempDir("norecur-proto-");
  for (const example of ["egress", "shop", "updates", "mfa"]) cpSync(join("examples", example), join(root, example), { recursive: true });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** What the verdict on the non-hostile files consists of. */
function verdict(result: RunResult): { failOn: string; findings: string[]; files: unknown[] } {
  return {
    failOn: result.failOn,
    findings: result.findings.filter((f) => !isHostile(f.file)).map((f) => `${f.file}:${f.range?.line ?? 0}:${f.range?.column ?? 0} ${f.policyId} ${f.status} ${f.severity} ${f.message}`),
    files: result.files.filter((f) => !isHostile(f.path)),
  };
}

describe("keys that name Object.prototype members are ordinary data", () => {
  it("gives the same verdict on the other files, and leaves Object.prototype alone, in every format", async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const baseline = await check({ cwd: exampleTree(), config: false, now: NOW });
    const hostile = protoKeyFiles();
    const withHostile = await check({ cwd: exampleTree(hostile), config: false, now: NOW });

    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(verdict(baseline).findings).not.toHaveLength(0);
    expect(verdict(withHostile)).toEqual(verdict(baseline));
    // Every hostile file was read as what it is, not dropped.
    const listed = new Set(withHostile.files.map((f) => f.path));
    for (const path of Object.keys(hostile)) expect(listed.has(path), path).toBe(true);
  }, 60_000);

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("rejects the config param %s as unknown", async (name) => {
    const root = exampleTree({ ".norecur.yml": `params:\n  NR-EGR-001:\n    "${name}": 1\n` });
    await expect(check({ cwd: root, now: NOW })).rejects.toThrow(NorecurError);
    await expect(check({ cwd: root, now: NOW })).rejects.toThrow(`policy has no param "${name}"`);
  });
});

describe("lookup tables keyed by scanned names", () => {
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("read %s as an ordinary Samba parameter", async (name) => {
    const { canonicalSambaKey } = await import("../../src/formats/ini.js");
    expect(canonicalSambaKey(name)).toEqual({ name: name.toLowerCase(), inverted: false });
  });
});

describe("the prototype guard", () => {
  it("notices a property added to or replaced on Object.prototype", async () => {
    const { prototypeGuard } = await import("../../src/plain-data.js");
    const intact = prototypeGuard();
    expect(intact()).toBe(true);
    Object.defineProperty(Object.prototype, "failOn", { value: "critical", configurable: true, writable: true });
    try {
      expect(intact()).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>)["failOn"];
    }
    expect(intact()).toBe(true);
  });
});
