import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRun } from "../../src/diff/diff-run.js";
import { POLICY } from "../helpers/fixtures.js";
import { gitRepo, write } from "../git/repo.js";

const NOW = new Date("2026-06-01T12:00:00Z");

/** Three containers, two failing the test policy; each container is two lines. */
const CONTAINERS = [
  ["        - image: nginx:latest", "          name: web"],
  ["        - image: redis:7.2", "          name: cache"],
  ["        - image: busybox:latest", "          name: tools"],
];
const HEADER = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: shop", "spec:", "  template:", "    spec:", "      containers:"];
const deployment = (containers: readonly string[][], header = HEADER): string => `${[...header, ...containers.flat()].join("\n")}\n`;

// The real pipeline (git, materialized base, parser positions, fingerprints) on a few random
// cases; the exhaustive properties run against the classifier alone in classify.test.ts.
describe("diffRun properties", () => {
  const cwd = gitRepo({ "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": deployment(CONTAINERS), ".norecur.yml": "builtin: false\npolicies: [policies]\n" });
  const run = () => diffRun({ cwd, paths: ["k8s"], now: NOW, base: "HEAD" });

  it("keeps findings existing when comment lines are inserted above them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), indent: fc.nat(8) }), { minLength: 1, maxLength: 6 }), async (inserts) => {
        const lines = deployment(CONTAINERS).trimEnd().split("\n");
        inserts.forEach(({ at, indent }, i) => lines.splice(at % (lines.length + 1), 0, `${" ".repeat(indent)}# note ${i}`));
        write(cwd, { "k8s/deploy.yaml": `${lines.join("\n")}\n` });
        const result = await run();
        expect(result.head.findings.map((f) => f.message)).toEqual(["web uses nginx:latest", "tools uses busybox:latest"]);
        expect(result.diff.new).toEqual([]);
        expect(result.diff.fixed).toEqual([]);
        expect(result.diff.existing).toEqual(result.head.findings);
      }),
      { numRuns: 6 },
    );
  });

  it("reports only an inserted failing container as new, wherever it goes in the list", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(3), async (at) => {
        const containers = [...CONTAINERS];
        containers.splice(at, 0, ["        - image: postgres:latest", "          name: db"]);
        write(cwd, { "k8s/deploy.yaml": deployment(containers) });
        const result = await run();
        expect(result.diff.new.map((f) => f.message)).toEqual(["db uses postgres:latest"]);
        expect(result.diff.existing).toHaveLength(2);
        expect(result.diff.fixed).toEqual([]);
      }),
      { numRuns: 4 },
    );
  });

  it("reports a removed failing container as fixed and nothing as new", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 2), fc.nat(4), async (removed, extraHeaderLines) => {
        const header = [...HEADER.slice(0, 4), ...Array.from({ length: extraHeaderLines }, (_, i) => `  # header ${i}`), ...HEADER.slice(4)];
        write(cwd, { "k8s/deploy.yaml": deployment(CONTAINERS.filter((_, i) => i !== removed), header) });
        const result = await run();
        expect(result.diff.fixed.map((f) => f.message)).toEqual([removed === 0 ? "web uses nginx:latest" : "tools uses busybox:latest"]);
        expect(result.diff.new).toEqual([]);
      }),
      { numRuns: 4 },
    );
  });
});
