import type { DocPath, Document } from "../types.js";

/**
 * The name an object without `metadata.name` (an IstioOperator given to `istioctl install
 * -f`, a generated manifest) goes by in subject ids: its file, and where in the file, so two
 * unnamed objects never share an id.
 */
export function unnamedObjectName(document: Pick<Document, "file" | "index">, path: DocPath): string {
  const where = document.index > 0 || path.length > 0 ? `#${document.index + 1}${path.length > 0 ? `.${path.join(".")}` : ""}` : "";
  return `(unnamed in ${document.file}${where})`;
}
