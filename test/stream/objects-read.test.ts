import { describe, expect, it } from "vitest";
import type { BatchAdapter, ParsedDocument } from "../../src/adapters/adapter.js";
import { check } from "../../src/run.js";
import { documentsOfObjectsRead, readingObjects } from "../../src/stream/objects-read.js";
import type { Subject } from "../../src/types.js";
import { makeTree } from "../helpers/tree.js";

const parsed = (format: string, value: unknown): ParsedDocument => ({ format, document: { file: "f.yaml", index: 0, value, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } });

describe("the documents of the objects read", () => {
  const statefulSets = (kind: string): boolean => kind === "StatefulSet" || kind === "List";

  it("leave out Kubernetes documents of other kinds, and nothing else", () => {
    const documents = [
      parsed("kubernetes", { kind: "Deployment" }),
      parsed("kubernetes", { kind: "StatefulSet" }),
      parsed("kubernetes", { kind: "List", items: [{ kind: "Deployment" }] }),
      // No kind the filter can read: the adapter decides.
      parsed("kubernetes", { kind: 7 }),
      parsed("kubernetes", ["not", "an", "object"]),
      // Another format with a `kind`: not a Kubernetes object.
      parsed("compose", { kind: "Deployment" }),
    ];
    expect(documentsOfObjectsRead(documents, statefulSets)).toEqual([documents[1], documents[2], documents[3], documents[4], documents[5]]);
  });

  it("are the same list when none is left out", () => {
    const documents = [parsed("kubernetes", { kind: "StatefulSet" }), parsed("yaml", { kind: "Deployment" })];
    expect(documentsOfObjectsRead(documents, statefulSets)).toBe(documents);
  });

  it("are all a batch adapter is given, which keeps the rest of its own", () => {
    const given: string[] = [];
    const adapter: BatchAdapter = {
      subjects(batch) {
        for (const { document } of batch) given.push(String((document.value as { kind: string }).kind));
        return [] as Subject[];
      },
      keep: (document) => document,
    };
    const narrowed = readingObjects(adapter, statefulSets);
    narrowed.subjects([parsed("kubernetes", { kind: "Deployment" }), parsed("kubernetes", { kind: "StatefulSet" })]);
    expect(given).toEqual(["StatefulSet"]);
    const kept = parsed("kubernetes", { kind: "Deployment" });
    expect(narrowed.keep?.(kept)).toBe(kept);
  });
});

const HEAD = `severity: high
description: Test policy.
incidents: [{ id: docomo-nexia-2023-03, lesson: test }]
remediation: { summary: fix it }
`;

describe("a run's subjects of every object", () => {
  it("are made of the objects its policies may select, and judged as before", async () => {
    const root = makeTree({
      "p/deployments.policy.yaml": `id: T-OBJ-001\ntitle: Replicas\n${HEAD}target: { kind: kubernetes-object, where: "subject.kind == 'Deployment'" }\nassert:\n  - cel: "subject.spec.replicas >= 2"\n    message: "{{ subject.metadata.name }} runs one replica"\n`,
      "p/configmaps.policy.yaml": `id: T-OBJ-002\ntitle: Config\n${HEAD}target: { kind: document, formats: [kubernetes], where: "subject.kind == 'ConfigMap'" }\nassert:\n  - cel: "!has(subject.data.debug)"\n    message: "{{ subject.metadata.name }} turns debugging on"\n`,
      "data/web.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n",
      "data/db.yaml": "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  replicas: 1\n",
      "data/list.yaml": "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: api\n    spec:\n      replicas: 1\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: listed\n    data:\n      debug: 'true'\n",
      "data/settings.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  debug: 'true'\n",
    });
    for (const batchSize of [1, 64]) {
      const result = await check({ cwd: root, paths: ["data"], builtin: false, policyDirs: ["p"], config: false, batchSize, now: new Date("2026-12-01T00:00:00Z") });
      expect(result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line} ${f.message}`)).toEqual([
        "T-OBJ-001 data/list.yaml:4 api runs one replica",
        "T-OBJ-002 data/settings.yaml:1 settings turns debugging on",
        "T-OBJ-001 data/web.yaml:1 web runs one replica",
      ]);
      // Subjects judged: the Deployments (the List's among them), and the ConfigMap document.
      expect(result.coverage.filter((c) => c.policyId.startsWith("T-OBJ"))).toEqual([
        { policyId: "T-OBJ-001", subjects: 2 },
        { policyId: "T-OBJ-002", subjects: 1 },
      ]);
    }
  });
});
