import { afterEach, describe, expect, it, vi } from "vitest";
import { adapters } from "../../src/adapters/index.js";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: nginx:latest\n";
const bucket = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';

/** The adapters of a run: which were called, and with how many documents. */
function watchAdapters(): Map<string, number[]> {
  const calls = new Map<string, number[]>();
  for (const kind of Object.keys(adapters) as Array<keyof typeof adapters>) {
    const original = adapters[kind];
    vi.spyOn(adapters, kind).mockImplementation((input) => {
      calls.set(kind, [...(calls.get(kind) ?? []), input.documents.length]);
      return original(input);
    });
  }
  return calls;
}

describe("adapters in a run", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("are called only with a document of a format they make subjects of; the repository's always", async () => {
    const calls = watchAdapters();
    const manifests = await check({ cwd: makeTree({ "k8s/web.yaml": deployment }), config: false });
    expect(manifests.findings.map((f) => `${f.policyId} ${f.file}`)).toContain("NR-UPD-001 k8s/web.yaml");
    // The manifest streamed (docs/streaming.md): the Kubernetes kinds took it in a batch.
    expect([...calls.keys()].sort()).toEqual(["repository"]);

    calls.clear();
    const mixed = await check({ cwd: makeTree({ "k8s/web.yaml": deployment, "infra/main.tf": bucket }), config: false });
    expect(mixed.files.map((f) => `${f.path} ${f.status}`)).toEqual(["infra/main.tf evaluated", "k8s/web.yaml evaluated"]);
    // Every kind that makes subjects of Terraform resources is called with the file; the
    // Kubernetes objects' kind, which reads only manifests (streamed), is not.
    expect(calls.get("terraform-resource")).toEqual([1]);
    expect(calls.get("document")).toEqual([1]);
    expect(calls.has("kubernetes-object")).toBe(false);
    expect(calls.has("repository")).toBe(true);
  });
});
