import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

describe("YAML templates outside a Helm chart", () => {
  it("are skipped with a reason when their {{ }} placeholders or {% %} tags do not parse, and read when they do", async () => {
    const root = makeTree({
      "deploy/etcd-template.yaml": "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: etcd-{{cell}}\nspec:\n  replicas: {{replicas}}\n",
      "deploy/web.yaml": 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "{{ name }}"\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27.2\n',
      "deploy/broken.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n",
      // A docs snippet that mkdocs renders: `{% raw %}` keeps its body from being templated.
      "docs/snippets/generator.yaml": "{% raw %}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gen\n{% endraw %}\n",
    });
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    expect(result.files.map((f) => `${f.path} ${f.status} ${f.reason ?? ""}`.trim())).toEqual([
      "deploy/broken.yaml errored deficient indentation",
      "deploy/etcd-template.yaml skipped template ({{ }} or {% %} tags that do not parse): render it and check the output",
      "deploy/web.yaml evaluated",
      "docs/snippets/generator.yaml skipped template ({{ }} or {% %} tags that do not parse): render it and check the output",
    ]);
    expect(result.findings.map((f) => `${f.policyId} ${f.file}`)).toEqual(["parse-error deploy/broken.yaml"]);
  });
});
