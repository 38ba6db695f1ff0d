import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../../src/engine/cel-env.js";
import { loadPolicies } from "../../../src/policy/load-policies.js";
import { passed, runFixtures } from "../../../src/policy/run-fixtures.js";
import { pageCacheSubjectsIn } from "./subjects.js";

const policies = loadPolicies([{ dir: resolve("policies/cache"), builtin: true }], createCelEnv({ now: new Date() }), process.cwd());

/** The product of a page-cache subject id (`nginx:…`, `w3-total-cache:…`). */
const productOf = (subjectId: string): string => subjectId.slice(0, subjectId.indexOf(":"));

describe("the page-cache policies", () => {
  it("load", () => {
    expect(policies.map((p) => p.policy.id)).toEqual(["NR-CACHE-001", "NR-CACHE-002", "NR-CACHE-003", "NR-CACHE-004"]);
  });

  it.each(policies.map((p) => [p.policy.id, p] as const))("%s fixtures produce exactly the expected findings", async (_id, compiled) => {
    const outcomes = await runFixtures(compiled, process.cwd());
    expect(outcomes.filter((o) => !passed(o))).toEqual([]);
  });

  // For every product a policy fails on: at least two failing fixtures, each pinned to
  // line:col, and a passing fixture in which that product's cache is really there.
  it.each(policies.map((p) => [p.policy.id, p] as const))("%s has two failing fixtures and a passing one per product", (_id, compiled) => {
    const base = dirname(compiled.policy.file);
    const failing = new Map<string, number>();
    const passing = new Set<string>();
    for (const test of compiled.policy.tests) {
      const root = join(base, test.root);
      const products = new Set(pageCacheSubjectsIn(root).filter((s) => (s.value as { enabled?: unknown }).enabled === true).map((s) => productOf(s.id)));
      // A fixture whose only results are unknown may hold a cache whose very switch is unknown.
      const onlyUnknown = test.expect.length > 0 && test.expect.every((e) => e.endsWith(" unknown"));
      if (!onlyUnknown) expect(products.size, `${test.name}: a fixture with an enabled page cache`).toBeGreaterThan(0);
      if (test.expect.length === 0) for (const product of products) passing.add(product);
      else {
        for (const entry of test.expect) expect(entry, test.name).toMatch(/:\d+:\d+( unknown)?$/);
        if (test.expect.some((e) => !e.endsWith(" unknown"))) for (const product of products) failing.set(product, (failing.get(product) ?? 0) + 1);
      }
    }
    for (const [product, count] of failing) {
      expect(count, `${product}: failing fixtures`).toBeGreaterThanOrEqual(2);
      expect(passing.has(product), `${product}: a passing fixture`).toBe(true);
    }
  });
});
