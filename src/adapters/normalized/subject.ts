import type { DocPath, Subject } from "../../types.js";
import type { SourceMap } from "./source-map.js";

/** The path of every normalized subject (its value is the normalized one), one list for all. */
const ROOT: DocPath = Object.freeze([]);

/** What an adapter gives to make one normalized subject. */
export interface NormalizedSubjectInput {
  /** Normalized kind: `page-cache`, `update-policy`, `identity-policy`, `egress-policy`. */
  kind: string;
  /** Stable id, e.g. `w3-total-cache:wp-content/w3tc-config/master.php`. */
  id: string;
  /** The product the subject was read from, e.g. `w3-total-cache`, `nginx`, `keycloak` (as CEL `meta.product`). */
  product: string;
  /** Format of the subject's main file. */
  format: string;
  /** The normalized fields. */
  value: Record<string, unknown>;
  /** Where each field came from. */
  sources: SourceMap;
  /** Further facts for CEL `meta`. */
  meta?: Record<string, unknown>;
}

/**
 * A subject of a normalized kind. Its `path` is relative to the normalized value and its
 * findings are placed through the source map, so one policy written against the normalized
 * fields points at the exact line of whichever product the value came from.
 */
export function normalizedSubject(input: NormalizedSubjectInput): Subject {
  const { sources } = input;
  const { root } = sources;
  return {
    kind: input.kind,
    id: input.id,
    file: root.document.file,
    format: input.format,
    path: ROOT,
    value: input.value,
    meta: { product: input.product, ...(input.meta ?? {}) },
    // Bound to the source map alone, not the whole input.
    trace: sources.tracer(),
  };
}
