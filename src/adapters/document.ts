import { isLinked } from "../formats/includes/index.js";
import type { Adapter, AdapterStream } from "./adapter.js";
import { INCLUDE_PRODUCTS } from "../formats/includes/lookup.js";

/** Every document is a subject: the raw layer any format can be checked at. */
export const documentAdapter: Adapter = ({ documents }) =>
  documents.map(({ document, format }) => ({
    kind: "document",
    id: `${document.file}#${document.index}`,
    file: document.file,
    format,
    document,
    path: [],
    value: document.value,
    // A document with resolved includes places findings on `resolved/...` paths in the included file.
    ...(isLinked(document) ? { trace: document.trace } : {}),
  }));

/** Batches of documents of every format but those with includes, which are linked across files first. */
export const documentStream: AdapterStream = {
  takes: (format) => !Object.hasOwn(INCLUDE_PRODUCTS, format),
  joins: () => false,
  prepare: (_context, roots) => ({ subjects: (batch) => documentAdapter({ documents: batch, roots }) }),
};
