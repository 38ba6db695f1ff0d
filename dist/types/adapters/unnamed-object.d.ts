import type { DocPath, Document } from "../types.js";
/**
 * The name an object without `metadata.name` (an IstioOperator given to `istioctl install
 * -f`, a generated manifest) goes by in subject ids: its file, and where in the file, so two
 * unnamed objects never share an id.
 */
export declare function unnamedObjectName(document: Pick<Document, "file" | "index">, path: DocPath): string;
