import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const crd = (name: string): string =>
  `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ${name}.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names:\n    kind: ${name}\n    plural: ${name.toLowerCase()}s\n`;
const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n";

const POLICY = [
  "id: ORG-CRD-001",
  "title: Custom resources are namespaced",
  "severity: medium",
  "description: A policy of the organisation's own that reads CustomResourceDefinitions.",
  "incidents: []",
  "target:",
  "  kind: kubernetes-object",
  "  where: \"subject.kind == 'CustomResourceDefinition'\"",
  "assert:",
  "  - cel: \"subject.spec.scope == 'Namespaced'\"",
  "    path: spec.scope",
  "    message: \"{{ subject.metadata.name }} is cluster-wide\"",
  "remediation:",
  "  summary: Make it namespaced.",
  "",
].join("\n");

describe("Kubernetes files of objects no active policy reads", () => {
  const files = {
    "crds/widgets.yaml": `# generated\n---\n${crd("Widget")}---\n${crd("Gadget").replace("Namespaced", "Cluster")}`,
    "deploy/all.yaml": `${crd("Gizmo")}---\n${deployment}`,
    "deploy/web.yaml": deployment,
  };

  it("are skipped unparsed, with the kinds named, while a file that also holds a read object is read", async () => {
    const root = makeTree(files);
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    expect(result.files.map((f) => `${f.path} ${f.status} ${f.reason ?? ""}`.trim())).toEqual([
      "crds/widgets.yaml skipped no active policy reads CustomResourceDefinition objects",
      "deploy/all.yaml evaluated",
      "deploy/web.yaml evaluated",
    ]);
    expect(result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}`)).toEqual(["NR-UPD-001 deploy/all.yaml:21", "NR-UPD-001 deploy/web.yaml:10"]);
  });

  it("are read once a policy of the user's own reads their kind", async () => {
    const root = makeTree({ ...files, "policies/crd/policy.yaml": POLICY });
    const result = await check({ cwd: root, config: false, repositoryRoot: root, policyDirs: ["policies"] });
    expect(result.files.filter((f) => f.path.startsWith("crds/")).map((f) => `${f.path} ${f.status}`)).toEqual(["crds/widgets.yaml evaluated"]);
    expect(result.findings.filter((f) => f.policyId === "ORG-CRD-001").map((f) => `${f.file}:${f.range?.line} ${f.message}`)).toEqual([
      "crds/widgets.yaml:20 Gadget.example.com is cluster-wide",
    ]);
  });

  it("leave the other documents of their file where they were: lines, columns, numbers and comments", async () => {
    const unnamed = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  labels:\n    app: cache\nspec:\n  template:\n    spec:\n      containers:\n        - name: cache\n          image: redis:latest\n";
    // A comment in a document no policy reads is still read: an inline waiver is one.
    const waiver = '# norecur:waive NR-UPD-001 reason="no owner"\n';
    const root = makeTree({
      "deploy/crd-first.yaml": `${waiver}${crd("Widget")}---\n${deployment}---\n${unnamed}`,
      "deploy/crd-between.yaml": `${deployment}---\n${waiver}${crd("Widget")}---\n${unnamed}`,
    });
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    expect(result.files.map((f) => `${f.path} ${f.status}`)).toEqual(["deploy/crd-between.yaml evaluated", "deploy/crd-first.yaml evaluated"]);
    expect(result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column} ${f.subject}`)).toEqual([
      "NR-UPD-001 deploy/crd-between.yaml:10:18 Deployment/web/web",
      "waiver-invalid deploy/crd-between.yaml:12:1 deploy/crd-between.yaml:12",
      // As when the whole file was parsed; the third document keeps its number in the stream, which names an unnamed object.
      "NR-UPD-001 deploy/crd-between.yaml:34:18 Deployment/(unnamed in deploy/crd-between.yaml#3)/cache",
      "waiver-invalid deploy/crd-first.yaml:1:1 deploy/crd-first.yaml:1",
      "NR-UPD-001 deploy/crd-first.yaml:22:18 Deployment/web/web",
      "NR-UPD-001 deploy/crd-first.yaml:34:18 Deployment/(unnamed in deploy/crd-first.yaml#3)/cache",
    ]);
  });

  it("are not parsed, so a malformed one is not reported", async () => {
    const root = makeTree({ "crds/broken.yaml": `${crd("Widget")}  names: [unclosed\n` });
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    expect(result.files.map((f) => `${f.path} ${f.status}`)).toEqual(["crds/broken.yaml skipped"]);
    expect(result.findings).toEqual([]);
  });
});
