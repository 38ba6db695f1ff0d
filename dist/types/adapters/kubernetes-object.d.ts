import type { Adapter, AdapterStream } from "./adapter.js";
/**
 * A Kubernetes object per document of a `kubernetes` file, addressed `Kind/namespace/name`
 * (or `Kind/name` when no namespace is written). `List` objects are unpacked so each item
 * is checked on its own. `meta.kustomize` lists the Kustomize builds that include the file,
 * with the labels and namespace each applies.
 */
export declare const kubernetesObjectAdapter: Adapter;
/** Batches of `kubernetes` documents, with the run's Kustomizations read first. */
export declare const kubernetesObjectStream: AdapterStream;
