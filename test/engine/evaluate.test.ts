import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import type { Finding } from "../../src/types.js";
import { makeTree } from "../helpers/tree.js";

const HEAD = `title: Test
severity: high
description: Test policy.
incidents: [{ id: docomo-nexia-2023-03, lesson: test }]
remediation: { summary: fix it }
`;

async function findings(files: Record<string, string>): Promise<Array<[string, string, string, string]>> {
  const root = makeTree(files);
  const result = await check({ cwd: root, paths: ["data"], builtin: false, policyDirs: ["p"], config: false });
  return result.findings.map((f: Finding) => [f.status, `${f.file}:${f.range?.line ?? "-"}:${f.range?.column ?? "-"}`, f.subject, f.message]);
}

describe("evaluate", () => {
  it("points a JSON Schema failure at the failing instance path", async () => {
    const policy = `id: T-SCH-001\n${HEAD}target: { kind: document, formats: [dependabot] }
assert:
  - schema:
      type: object
      properties:
        updates:
          type: array
          items: { type: object, required: [schedule] }
    message: every update entry needs a schedule
`;
    const dependabot = "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n";
    expect(await findings({ "p/t.policy.yaml": policy, "data/.github/dependabot.yml": dependabot })).toEqual([
      ["fail", "data/.github/dependabot.yml:3:5", "data/.github/dependabot.yml#0", "every update entry needs a schedule (must have required property 'schedule')"],
    ]);
  });

  it("checks each element with `each` and points at it", async () => {
    const policy = `id: T-EACH-001\n${HEAD}target: { kind: kubernetes-object, where: "subject.kind == 'NetworkPolicy'" }
assert:
  - each: "spec.egress[*]"
    cel: "size(item) > 0"
    message: "{{ subject.metadata.name }} has an empty egress rule"
`;
    const np = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: open\n  namespace: shop\nspec:\n  podSelector: {}\n  egress:\n    - to: [{ podSelector: {} }]\n    - {}\n";
    expect(await findings({ "p/t.policy.yaml": policy, "data/np.yaml": np })).toEqual([
      ["fail", "data/np.yaml:10:7", "NetworkPolicy/shop/open", "open has an empty egress rule"],
    ]);
  });

  it("asserts across files through `related`", async () => {
    const policy = `id: T-REL-001\n${HEAD}target: { kind: kubernetes-object, where: "subject.kind == 'Namespace'" }
related: { kind: kubernetes-object, where: "subject.kind == 'NetworkPolicy'" }
assert:
  - cel: "related.exists(p, p.value.metadata.namespace == subject.metadata.name)"
    message: "namespace {{ subject.metadata.name }} has no NetworkPolicy"
`;
    const files = {
      "p/t.policy.yaml": policy,
      "data/ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: blog\n",
      "data/np/shop.yaml": "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: shop\nspec:\n  podSelector: {}\n",
    };
    expect(await findings(files)).toEqual([["fail", "data/ns.yaml:6:1", "Namespace/blog", "namespace blog has no NetworkPolicy"]]);
  });

  it("reports unknown, never a silent pass, when a check cannot be evaluated", async () => {
    const policy = `id: T-UNK-001\n${HEAD}target: { kind: kubernetes-object }
assert:
  - cel: "subject.spec.replicas > 1"
    path: spec.replicas
`;
    const result = await findings({ "p/t.policy.yaml": policy, "data/d.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n" });
    expect(result).toEqual([["unknown", "data/d.yaml:1:1", "Deployment/web", "Test — assert[0]: could not evaluate: field not found: spec"]]);
  });

  it("redacts secret-looking values in messages", async () => {
    const policy = `id: T-SEC-001\n${HEAD}target: { kind: document, formats: [yaml] }
assert:
  - cel: "false"
    message: "password is {{ subject.password }}, token {{ subject.note }}"
`;
    const doc = "password: hunter2\nnote: ghp_abcdefghijklmnopqrstuvwxyz0123456789AB\n";
    const [finding] = await findings({ "p/t.policy.yaml": policy, "data/app.yaml": doc });
    expect(finding?.[3]).toBe("password is [redacted], token [redacted]");
  });

  it("applies config params over policy defaults", async () => {
    const policy = `id: T-PAR-001\n${HEAD}target: { kind: document, formats: [yaml] }
params:
  limit: { description: max, default: 5 }
assert:
  - cel: "subject.n <= params.limit"
    path: n
`;
    const root = makeTree({ "p/t.policy.yaml": policy, "data/a.yaml": "n: 4\n", ".norecur.yml": "params:\n  T-PAR-001:\n    limit: 3\n" });
    const result = await check({ cwd: root, paths: ["data"], builtin: false, policyDirs: ["p"] });
    expect(result.findings.map((f) => `${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual(["data/a.yaml:1:4"]);
    expect(result.coverage).toEqual([{ policyId: "T-PAR-001", subjects: 1 }]);
  });
});

describe("message templates", () => {
  it("render lists, ints and timestamps readably", async () => {
    const policy = `id: T-MSG-001\n${HEAD}target: { kind: document, formats: [yaml] }
assert:
  - cel: "false"
    message: "{{ subject.tags }} / {{ size(subject.tags) }} / {{ date('2024-02-05') }} / {{ subject.missing }}"
`;
    const [finding] = await findings({ "p/t.policy.yaml": policy, "data/a.yaml": "tags: [a, b]\n" });
    expect(finding?.[3]).toBe('["a","b"] / 2 / 2024-02-05T00:00:00.000Z / ?');
  });
});
