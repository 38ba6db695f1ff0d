import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import type { RunResult } from "../../src/types.js";
import { makeTree } from "../helpers/tree.js";

const HEAD = `severity: high
description: Test policy.
incidents: [{ id: docomo-nexia-2023-03, lesson: test }]
remediation: { summary: fix it }
`;

/** No `related`: judged batch by batch. */
const LATEST = `id: T-STR-001\ntitle: No latest\n${HEAD}target: { kind: update-policy, formats: [kubernetes] }
assert:
  - cel: "has(subject.image.builtBy) || !subject.image.reference.endsWith(':latest')"
    message: "{{ subject.image.reference }} floats"
`;

/** With `related`: a target is judged against every Namespace of the run, whichever batch it came in. */
const NAMESPACED = `id: T-STR-002\ntitle: Declared namespace\n${HEAD}target: { kind: kubernetes-object, where: "subject.kind == 'StatefulSet'" }
related: { kind: kubernetes-object, where: "subject.kind == 'Namespace'" }
assert:
  - cel: "related.exists(r, r.value.metadata.name == subject.metadata.namespace)"
    message: "{{ subject.metadata.namespace }} is declared nowhere"
`;

/** Namespace zones: the workloads' images, which no batch may take once a zone exists. */
const ZONE_IMAGES = `id: T-STR-003\ntitle: Zone images\n${HEAD}target: { kind: egress-policy, where: "subject.zone.kind == 'namespace'" }
assert:
  - cel: "!has(subject.images) || !subject.images.exists(i, i.startsWith('postgres'))"
    message: "a database runs in {{ subject.zone.name }}"
`;

const deployment = (name: string, image: string, namespace = "shop"): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;

const statefulSet = (name: string, namespace: string): string =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: postgres:16.2\n`;

/**
 * Workloads on paths before and after the files they join with, so that batches of one document
 * run before those files would be read in path order. Without the zone policy no kind reads
 * Namespaces as zones, and the Namespace comes in the last batch.
 */
function tree(extra: Record<string, string> = {}, zones = false): string {
  const files: Record<string, string> = {
    "p/latest.policy.yaml": LATEST,
    "p/namespaced.policy.yaml": NAMESPACED,
    ...(zones ? { "p/zones.policy.yaml": ZONE_IMAGES } : {}),
    // Floats, but the overlay that includes it pins it: only the overlay's build is deployed.
    "data/a/web.yaml": deployment("web", "shop/web:latest"),
    // Floats, but Skaffold builds it and replaces the reference.
    "data/a/api.yaml": deployment("api", "shop/api:latest"),
    "data/b/db.yaml": statefulSet("db", "shop"),
    "data/b/cache.yaml": statefulSet("cache", "elsewhere"),
    // Pins `shop/web` for the overlay: its build of a/web.yaml is a second subject, pinned.
    "data/z/overlay/kustomization.yaml": "resources:\n  - ../../a\nimages:\n  - name: shop/web\n    newTag: 2.0.1\n",
    "data/z/skaffold.yaml": "apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: shop/api\n",
    "data/zz/namespace.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n",
    ...extra,
  };
  for (let i = 0; i < 12; i++) files[`data/m/w${String(i).padStart(2, "0")}.yaml`] = deployment(`w${i}`, i % 3 === 0 ? `shop/w${i}:latest` : `shop/w${i}:1.0.${i}`);
  return makeTree(files);
}

/**
 * Files whose texts name a Namespace, so read first, but whose documents are none: they go in the
 * batches once parsed, and must be judged (and zoned) as if they had been kept.
 */
const NAMED_ONLY = {
  // Read first, as its text names a Namespace, yet no object others join with. (A
  // CustomResourceDefinition was used here; no policy reads those now, so they are not parsed.)
  "data/c/config.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probes\ndata:\n  description: Selects a Namespace to probe.\n",
  "data/c/noted.yaml": `# Runs in the shop Namespace.\n${deployment("noted", "postgres:latest")}`,
};

async function run(root: string, batchSize: number, holdBytes?: number): Promise<RunResult> {
  return check({ cwd: root, paths: ["data"], builtin: false, policyDirs: ["p"], config: false, batchSize, now: new Date("2026-12-01T00:00:00Z"), ...(holdBytes !== undefined ? { holdBytes } : {}) });
}

const lines = (result: RunResult): string[] => result.findings.map((f) => `${f.policyId} ${f.status} ${f.file}:${f.range?.line ?? "-"}:${f.range?.column ?? "-"} ${f.subject} ${f.message}`);

describe("files judged in batches as they are read", () => {
  it("gives the findings and coverage of one batch holding every document, with batches of one document", async () => {
    for (const root of [tree(), tree({}, true), tree({ "data/zz/namespace.yaml": "" }, true), tree(NAMED_ONLY, true)]) {
      const one = await run(root, 1);
      const all = await run(root, 1_000_000);
      expect(lines(one)).toEqual(lines(all));
      expect(one.coverage).toEqual(all.coverage);
      expect(one.files).toEqual(all.files);
    }
  });

  it("gives the same report whether files are judged while discovery reads them or after, with files read first late or none", async () => {
    const noJoins = makeTree({
      "p/latest.policy.yaml": LATEST,
      "p/namespaced.policy.yaml": NAMESPACED,
      "data/a/web.yaml": deployment("web", "shop/web:latest"),
      "data/b/db.yaml": statefulSet("db", "shop"),
      "data/m/broken.yaml": "apiVersion: v1\nkind: ConfigMap\ndata: [\n",
      "data/m/w.yaml": deployment("w", "shop/w:latest"),
    });
    for (const root of [tree(), tree({}, true), tree(NAMED_ONLY, true), noJoins]) {
      const after = await run(root, 1, Number.POSITIVE_INFINITY);
      const during = await run(root, 1, 0);
      expect(lines(during)).toEqual(lines(after));
      expect(during.coverage).toEqual(after.coverage);
      expect(during.files).toEqual(after.files);
      expect(during.summary).toEqual(after.summary);
    }
    // Without any file read first, the manifests are judged during discovery: a parse error among them is reported once.
    expect(lines(await run(noJoins, 1, 0)).filter((line) => line.startsWith("parse-error"))).toEqual([
      "parse-error fail data/m/broken.yaml:4:1 data/m/broken.yaml cannot be read as kubernetes: deficient indentation",
    ]);
  });

  it("reads the Kustomizations and Skaffold files first, whatever their paths, and judges related subjects against the whole run", async () => {
    const result = await run(tree(), 1);
    expect(lines(result)).toEqual([
      "T-STR-002 fail data/b/cache.yaml:1:1 StatefulSet/elsewhere/cache elsewhere is declared nowhere",
      "T-STR-001 fail data/m/w00.yaml:10:11 Deployment/shop/w0/app shop/w0:latest floats",
      "T-STR-001 fail data/m/w03.yaml:10:11 Deployment/shop/w3/app shop/w3:latest floats",
      "T-STR-001 fail data/m/w06.yaml:10:11 Deployment/shop/w6/app shop/w6:latest floats",
      "T-STR-001 fail data/m/w09.yaml:10:11 Deployment/shop/w9/app shop/w9:latest floats",
    ]);
    expect(result.coverage).toEqual([
      { policyId: "T-STR-001", subjects: 16 },
      { policyId: "T-STR-002", subjects: 2 },
    ]);
  });

  it("honours the inline waivers of the files read first and of those in batches alike, and lists them in file order", async () => {
    const waiver = 'norecur:waive T-STR-001 owner=ops@example.com expires=2027-01-15 reason="pinned by the overlay"';
    const root = tree({
      "data/a/pinned.yaml": deployment("pinned", "shop/pinned:latest").replace("        - name: app", `        # ${waiver}\n        - name: app`),
      "data/z/overlay/kustomization.yaml": `# ${waiver}\nresources:\n  - ../../a\nimages:\n  - name: shop/web\n    newTag: 2.0.1\n`,
    });
    const result = await run(root, 1);
    expect(result.waivers.map((w) => `${w.waiver.file}:${w.waiver.range?.line}`)).toEqual(["data/a/pinned.yaml:10", "data/z/overlay/kustomization.yaml:1"]);
    // The manifest's waiver covers its finding; the overlay's, waiving nothing, is stale.
    expect(lines(result).filter((line) => line.includes("pinned") || line.includes("waiver"))).toEqual([
      "T-STR-001 waived data/a/pinned.yaml:11:11 Deployment/shop/pinned/app shop/pinned:latest floats",
      "waiver-stale unknown data/z/overlay/kustomization.yaml:1:1 waiver T-STR-001 data/z/overlay/kustomization.yaml:1 Waiver for T-STR-001 (owner ops@example.com, 45 days left) matched no finding: delete it so dead exceptions do not pile up.",
    ]);
  });

  it("gives the same report when a Namespace turns up after the files judged during discovery", async () => {
    const root = makeTree({
      "p/latest.policy.yaml": LATEST,
      "p/zones.policy.yaml": ZONE_IMAGES,
      "data/a/db.yaml": deployment("db", "postgres:16.2"),
      "data/a/other.yaml": deployment("other", "postgres:16.2", "elsewhere"),
      ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`data/m/w${i}.yaml`, deployment(`w${i}`, i % 3 === 0 ? `shop/w${i}:latest` : `shop/w${i}:1.0.${i}`)])),
      "data/zz/namespace.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n",
    });
    const after = await run(root, 1, Number.POSITIVE_INFINITY);
    for (const holdBytes of [0, 500]) {
      const during = await run(root, 1, holdBytes);
      expect(lines(during)).toEqual(lines(after));
      expect(during.coverage).toEqual(after.coverage);
      expect(during.files).toEqual(after.files);
    }
    expect(lines(after).filter((line) => line.startsWith("T-STR-003"))).toEqual(["T-STR-003 fail data/zz/namespace.yaml:1:1 kubernetes:shop a database runs in shop"]);
  });

  it("places in a zone the workloads a Kustomization's namespace puts there when zones are all the run reads", async () => {
    const root = makeTree({
      "p/zones.policy.yaml": ZONE_IMAGES,
      "data/app/db.yaml": deployment("db", "postgres:16.2").replace("  namespace: shop\n", ""),
      "data/app/kustomization.yaml": "resources:\n  - db.yaml\nnamespace: shop\n",
      "data/zz/namespace.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n",
    });
    for (const [batchSize, holdBytes] of [[1, 0], [1, Number.POSITIVE_INFINITY], [1_000_000, Number.POSITIVE_INFINITY]] as const) {
      expect(lines(await run(root, batchSize, holdBytes))).toEqual(["T-STR-003 fail data/zz/namespace.yaml:1:1 kubernetes:shop a database runs in shop"]);
    }
  });

  it("judges and zones a file read first for its text but holding nothing others join with, once, in the batches", async () => {
    const result = await run(tree({ ...NAMED_ONLY, "data/b/db.yaml": deployment("db", "shop/db:1.0.0") }, true), 1);
    expect(lines(result).filter((line) => line.includes("data/c/") || line.startsWith("T-STR-003"))).toEqual([
      "T-STR-001 fail data/c/noted.yaml:11:11 Deployment/shop/noted/app postgres:latest floats",
      "T-STR-003 fail data/zz/namespace.yaml:1:1 kubernetes:shop a database runs in shop",
    ]);
    expect(result.files.filter((file) => file.path.startsWith("data/c/"))).toEqual([
      { path: "data/c/config.yaml", format: "kubernetes", status: "evaluated" },
      { path: "data/c/noted.yaml", format: "kubernetes", status: "evaluated" },
    ]);
  });

  it("lists in a namespace zone the images of the workloads taken in batches", async () => {
    const result = await run(tree({ "data/b/db.yaml": deployment("db", "postgres:16.2") }, true), 1);
    expect(lines(result).filter((line) => line.startsWith("T-STR-003"))).toEqual(["T-STR-003 fail data/zz/namespace.yaml:1:1 kubernetes:shop a database runs in shop"]);
  });
});
