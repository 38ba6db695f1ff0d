import type { DocPath, Subject } from "../../types.js";
import { SourceMap, type Origin } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import type { CspValue } from "./csp.js";

/**
 * A `response-headers` subject: the security headers one scope of a site sends (an nginx
 * server or location, a page's `<meta http-equiv>`, a Netlify or Vercel header rule, a
 * CloudFront response headers policy). See docs/subjects/response-headers.md.
 */
export interface ResponseHeadersValue {
  /** What the scope is, for messages: `nginx server shop.example.jp location /contact/`. */
  name: string;
  /** Every CSP header the scope sends, enforced or report-only. */
  csp: CspValue[];
  /**
   * CSP headers of the enclosing nginx level that this level drops because it writes an
   * `add_header` of its own (nginx inherits add_header only into levels that have none).
   */
  discarded: Array<{ header: string; value: string; from: string } | UnknownMarker>;
  /**
   * nginx: `null`, or an unknown marker when this level or one around it includes a file the
   * scan does not hold, which may send headers of its own.
   */
  unread: null | UnknownMarker;
}

/** Collects one subject, recording where each field was read. */
export class ResponseHeadersBuilder {
  readonly value: ResponseHeadersValue;
  readonly sources: SourceMap;

  constructor(root: Origin, name: string) {
    this.sources = new SourceMap(root);
    this.value = { name, csp: [], discarded: [], unread: null };
  }

  /** A CSP header; `valueOrigin` is where its value is written (findings point there). */
  csp(csp: CspValue, valueOrigin: Origin): this {
    this.sources.add(["csp", this.value.csp.length], { ...valueOrigin, follow: false });
    this.value.csp.push(csp);
    return this;
  }

  /** An inherited CSP dropped here; `origin` is the level's own add_header that drops it. */
  discard(entry: { header: string; value: string; from: string }, origin: Origin): this {
    this.sources.add(["discarded", this.value.discarded.length], origin);
    this.value.discarded.push(entry);
    return this;
  }

  /** An inherited CSP that may or may not be dropped: the level includes a file that was not found. */
  maybeDiscarded(marker: UnknownMarker, origin: Origin): this {
    this.sources.add(["discarded", this.value.discarded.length], origin);
    this.value.discarded.push(marker);
    return this;
  }

  /** A file included here or around this level that the scan does not hold: it may send headers. */
  unread(marker: UnknownMarker, origin: Origin): this {
    this.sources.add(["unread"], origin);
    this.value.unread = marker;
    return this;
  }

  /** Whether the scope says anything a CSP policy can judge. */
  get empty(): boolean {
    return this.value.csp.length === 0 && this.value.discarded.length === 0 && this.value.unread === null;
  }

  build(input: { id: string; product: string; format: string; meta?: Record<string, unknown> }): Subject {
    return normalizedSubject({
      kind: "response-headers",
      id: input.id,
      product: input.product,
      format: input.format,
      value: { ...this.value },
      sources: this.sources,
      ...(input.meta ? { meta: input.meta } : {}),
    });
  }
}

/** An origin in a document. */
export function at(document: Origin["document"], path: DocPath): Origin {
  return { document, path };
}
