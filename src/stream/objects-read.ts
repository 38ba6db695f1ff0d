import type { BatchAdapter, ParsedDocument } from "../adapters/adapter.js";
import { isRecord } from "../plain-data.js";

/** The Kubernetes objects, by `kind`, some active policy reading a subject kind may select (src/policy/kubernetes-kinds-read.ts). */
export type ObjectsRead = (kind: string) => boolean;

/**
 * The documents an adapter making a subject of every object it is given needs: all of them but
 * the `kubernetes` documents of a kind `reads` leaves out, which would be subjects every policy
 * reading them refutes. A document whose `kind` is not a string is given as it is (the adapter
 * decides what it makes of it). The same list when none is left out.
 */
export function documentsOfObjectsRead(documents: readonly ParsedDocument[], reads: ObjectsRead): readonly ParsedDocument[] {
  // Copied from the first one left out, each document asked once.
  let kept: ParsedDocument[] | undefined;
  for (let i = 0; i < documents.length; i++) {
    const parsed = documents[i] as ParsedDocument;
    const value = parsed.document.value;
    const leftOut = parsed.format === "kubernetes" && isRecord(value) && typeof value["kind"] === "string" && !reads(value["kind"]);
    if (leftOut) kept ??= documents.slice(0, i);
    else kept?.push(parsed);
  }
  return kept ?? documents;
}

/** A batch adapter making subjects only of the documents `documentsOfObjectsRead` gives; the rest of it (what it keeps) is the adapter's own. */
export function readingObjects(adapter: BatchAdapter, reads: ObjectsRead): BatchAdapter {
  const narrowed = Object.create(adapter) as BatchAdapter;
  narrowed.subjects = (batch) => adapter.subjects(documentsOfObjectsRead(batch, reads));
  return narrowed;
}
