import type { Adapter } from "./adapter.js";
/**
 * A Kubernetes object per document of a `kubernetes` file, addressed `Kind/namespace/name`
 * (or `Kind/name` when no namespace is written). `List` objects are unpacked so each item
 * is checked on its own.
 */
export declare const kubernetesObjectAdapter: Adapter;
