import { plainText } from "../../plain-data.js";
import type { DocPath, Document } from "../../types.js";
import { unnamedObjectName } from "../unnamed-object.js";
import type { ParsedDocument } from "../adapter.js";
import { isRecord, text } from "./model.js";

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

/** The objects of the documents an {@link withKubernetesObjects} call is reading, while it runs. */
let current: { documents: readonly ParsedDocument[]; objects: K8sObject[] } | undefined;

/**
 * Runs `make` with the objects of `documents` listed once for every product adapter that asks
 * (NetworkPolicy, Cilium and Istio each did, one pass over every document each), and let go
 * after, so that they are not kept past the kind's subjects.
 */
export function withKubernetesObjects<T>(documents: readonly ParsedDocument[], make: () => T): T {
  try {
    current = { documents, objects: kubernetesObjects(documents) };
    return make();
  } finally {
    current = undefined;
  }
}

/**
 * The namespaces the objects of the `kubernetes` documents are in (`default` when none is
 * written), as {@link kubernetesObjects} would give them, without making the objects: asked of
 * every file judged while discovery reads, where only these words are kept. It may list more
 * than the objects (the List itself, items that are no objects), never fewer.
 */
export function objectNamespaces(documents: readonly ParsedDocument[]): string[] {
  const out: string[] = [];
  for (const { document, format } of documents) {
    if (format !== "kubernetes") continue;
    const root = document.value;
    if (!isRecord(root)) continue;
    out.push(text(root["metadata"], "namespace") ?? "default");
    const items = root["items"];
    if (Array.isArray(items)) for (const value of items) if (isRecord(value)) out.push(text(value["metadata"], "namespace") ?? "default");
  }
  return out;
}

/** Every object of the `kubernetes` documents, `List` items unpacked. Callers must not change the list. */
export function kubernetesObjects(documents: readonly ParsedDocument[]): K8sObject[] {
  if (current?.documents === documents) return current.objects;
  const out: K8sObject[] = [];
  for (const { document, format } of documents) {
    if (format !== "kubernetes") continue;
    const root = document.value;
    const candidates: Array<{ value: unknown; path: DocPath }> =
      text(root, "kind") === "List" && isRecord(root) && Array.isArray(root["items"])
        ? root["items"].map((value, i) => ({ value, path: ["items", i] }))
        : [{ value: root, path: [] }];
    for (const { value, path } of candidates) {
      const apiVersion = text(value, "apiVersion");
      const kind = text(value, "kind");
      if (!isRecord(value) || apiVersion === undefined || kind === undefined) continue;
      const metadata = value["metadata"];
      out.push({
        document,
        path,
        apiVersion,
        kind,
        name: text(metadata, "name") ?? unnamedObjectName(document, path),
        namespace: text(metadata, "namespace") ?? "default",
        value,
      });
    }
  }
  return out;
}

/** Whether a label selector selects everything: no `matchLabels` and no `matchExpressions` (or both empty). */
export function selectsAll(selector: unknown): boolean {
  if (selector === undefined || selector === null) return true;
  if (!isRecord(selector)) return false;
  const labels = selector["matchLabels"];
  const expressions = selector["matchExpressions"];
  const emptyLabels = labels === undefined || labels === null || (isRecord(labels) && Object.keys(labels).length === 0);
  const emptyExpressions = expressions === undefined || expressions === null || (Array.isArray(expressions) && expressions.length === 0);
  return emptyLabels && emptyExpressions;
}

/** A selector in words, for `peers`: `k=v,k2 In (a,b)`, or `*` for every object. */
export function selectorText(selector: unknown): string {
  if (selectsAll(selector) || !isRecord(selector)) return "*";
  const parts: string[] = [];
  const labels = selector["matchLabels"];
  if (isRecord(labels)) for (const [k, v] of Object.entries(labels)) parts.push(`${k}=${plainText(v)}`);
  const expressions = selector["matchExpressions"];
  if (Array.isArray(expressions)) {
    for (const e of expressions) {
      const values = isRecord(e) && Array.isArray(e["values"]) ? ` (${e["values"].map(plainText).join(",")})` : "";
      parts.push(`${text(e, "key") ?? "?"} ${text(e, "operator") ?? "?"}${values}`);
    }
  }
  return parts.join(",");
}
