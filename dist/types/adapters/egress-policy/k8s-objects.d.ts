import type { DocPath, Document } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/** A Kubernetes object of the run, with where it sits. */
export interface K8sObject {
    document: Document;
    path: DocPath;
    apiVersion: string;
    kind: string;
    name: string;
    /** `metadata.namespace`, or `default` when none is written (kubectl's default). */
    namespace: string;
    value: Record<string, unknown>;
}
/**
 * Runs `make` with the objects of `documents` listed once for every product adapter that asks
 * (NetworkPolicy, Cilium and Istio each did, one pass over every document each), and let go
 * after, so that they are not kept past the kind's subjects.
 */
export declare function withKubernetesObjects<T>(documents: readonly ParsedDocument[], make: () => T): T;
/**
 * The namespaces the objects of the `kubernetes` documents are in (`default` when none is
 * written), as {@link kubernetesObjects} would give them, without making the objects: asked of
 * every file judged while discovery reads, where only these words are kept. It may list more
 * than the objects (the List itself, items that are no objects), never fewer.
 */
export declare function objectNamespaces(documents: readonly ParsedDocument[]): string[];
/** Every object of the `kubernetes` documents, `List` items unpacked. Callers must not change the list. */
export declare function kubernetesObjects(documents: readonly ParsedDocument[]): K8sObject[];
/** Whether a label selector selects everything: no `matchLabels` and no `matchExpressions` (or both empty). */
export declare function selectsAll(selector: unknown): boolean;
/** A selector in words, for `peers`: `k=v,k2 In (a,b)`, or `*` for every object. */
export declare function selectorText(selector: unknown): string;
