import type { Adapter, AdapterStream, ParsedDocument } from "./adapter.js";
import type { Subject } from "../types.js";
import { unnamedObjectName } from "./unnamed-object.js";
import { holdsKustomization, kustomizations, kustomizeBuilds, mayHoldKustomization, type Kustomization } from "./update-policy/kustomize-images.js";

interface ObjectHead {
  apiVersion: string;
  kind: string;
  metadata?: { name?: unknown; namespace?: unknown };
}

function isObjectHead(value: unknown): value is ObjectHead {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const head = value as Record<string, unknown>;
  return typeof head["apiVersion"] === "string" && typeof head["kind"] === "string";
}

/**
 * A Kubernetes object per document of a `kubernetes` file, addressed `Kind/namespace/name`
 * (or `Kind/name` when no namespace is written). `List` objects are unpacked so each item
 * is checked on its own. `meta.kustomize` lists the Kustomize builds that include the file,
 * with the labels and namespace each applies.
 */
export const kubernetesObjectAdapter: Adapter = ({ documents }) => objectSubjects(documents, kustomizations(documents));

/** Batches of `kubernetes` documents, with the run's Kustomizations read first. */
export const kubernetesObjectStream: AdapterStream = {
  takes: (format) => format === "kubernetes",
  joins: mayHoldKustomization,
  joinsWith: holdsKustomization,
  prepare(context) {
    const builds = kustomizations(context);
    return { subjects: (batch) => objectSubjects(batch, builds) };
  },
};

function objectSubjects(documents: readonly ParsedDocument[], builds: readonly Kustomization[]): Subject[] {
  return documents
    .filter(({ format }) => format === "kubernetes")
    .flatMap(({ document, format }) => {
      const value = document.value;
      if (!isObjectHead(value)) return [];
      const items = value.kind === "List" && Array.isArray((value as { items?: unknown }).items)
        ? ((value as unknown as { items: unknown[] }).items.map((item, i) => ({ item, path: ["items", i] as (string | number)[] })))
        : [{ item: value as unknown, path: [] as (string | number)[] }];
      return items
        .filter(({ item }) => isObjectHead(item))
        .map(({ item, path }) => {
          const head = item as ObjectHead;
          const name = typeof head.metadata?.name === "string" ? head.metadata.name : unnamedObjectName(document, path);
          const namespace = typeof head.metadata?.namespace === "string" ? `${head.metadata.namespace}/` : "";
          const kustomized = kustomizeBuilds(document.file, builds);
          return {
            kind: "kubernetes-object",
            id: `${head.kind}/${namespace}${name}`,
            file: document.file,
            format,
            document,
            path,
            value: item,
            ...(kustomized.length > 0 ? { meta: { kustomize: kustomized } } : {}),
          };
        });
    });
}
