import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";
import { makeTree } from "../../helpers/tree.js";

const COMPOSE = `services:
  web:
    image: nginx:1.27.2
  db:
    image: mariadb@sha256:4f3f8a9c2d1e0b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b
`;

describe("NR-UPD-001 requireDigest", () => {
  it.each([
    [false, []],
    [true, ["compose.yaml:3:12"]],
  ])("with requireDigest %s, a version tag gives %j", async (requireDigest, expected) => {
    const root = makeTree({ "compose.yaml": COMPOSE, ".norecur.yml": `params:\n  NR-UPD-001:\n    requireDigest: ${requireDigest}\n` });
    const result = await check({ cwd: root, paths: ["."] });
    const found = result.findings.filter((f) => f.policyId === "NR-UPD-001");
    expect(found.map((f) => `${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual(expected);
    if (requireDigest) expect(found[0]?.message).toContain("this repository requires digests");
  });
});
