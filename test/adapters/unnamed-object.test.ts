import { describe, expect, it } from "vitest";
import { kubernetesObjectAdapter } from "../../src/adapters/kubernetes-object.js";
import { updatePolicyAdapter } from "../../src/adapters/update-policy/index.js";
import { yamlParser } from "../../src/formats/yaml.js";

const UNNAMED = (image: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;

describe("objects without metadata.name", () => {
  const parsed = yamlParser.parse(`${UNNAMED("nginx:1.27.2")}---\n${UNNAMED("redis:7.2.5")}`, "deploy/generated.yaml");
  const documents = parsed.ok ? parsed.documents.map((document) => ({ document, format: "kubernetes" })) : [];

  it("get ids from their file and place, so two of them never share one", () => {
    expect(kubernetesObjectAdapter({ documents, roots: ["."] }).map((s) => s.id)).toEqual([
      "Deployment/(unnamed in deploy/generated.yaml)",
      "Deployment/(unnamed in deploy/generated.yaml#2)",
    ]);
  });

  it("keep those ids in the image subjects of their containers", () => {
    const ids = updatePolicyAdapter({ documents, roots: ["."] }).map((s) => s.id);
    expect(ids).toEqual(["Deployment/(unnamed in deploy/generated.yaml)/app", "Deployment/(unnamed in deploy/generated.yaml#2)/app"]);
  });
});
