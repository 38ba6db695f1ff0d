import { isLinked } from "../formats/includes/index.js";
import type { Adapter } from "./adapter.js";

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
