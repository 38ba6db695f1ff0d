import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

describe("YAML templates outside a Helm chart", () => {
  it("are skipped with a reason when their {{ }} placeholders do not parse, and read when they do", async () => {
    const root = makeTree({
      "deploy/etcd-template.yaml": "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: etcd-{{cell}}\nspec:\n  replicas: {{replicas}}\n",
      "deploy/web.yaml": 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "{{ name }}"\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27.2\n',
      "deploy/broken.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n",
    });
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    expect(result.files.map((f) => `${f.path} ${f.status} ${f.reason ?? ""}`.trim())).toEqual([
      "deploy/broken.yaml errored deficient indentation",
      "deploy/etcd-template.yaml skipped template ({{ }} placeholders that do not parse): render it and check the output",
      "deploy/web.yaml evaluated",
    ]);
    expect(result.findings.map((f) => `${f.policyId} ${f.file}`)).toEqual(["parse-error deploy/broken.yaml"]);
  });
});
