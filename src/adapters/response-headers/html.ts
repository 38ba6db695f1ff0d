import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isUnknown } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";
import { cspValue, isCspHeader } from "./csp.js";
import { ResponseHeadersBuilder, at } from "./shape.js";
import { nonceOnlyPolicy } from "./templated-csp.js";

/**
 * `<meta http-equiv="Content-Security-Policy">` of a page or template, one subject per file
 * that has one. Browsers ignore a report-only policy in a meta element, so it is kept as not
 * enforced. A templated `content` is a marker (the policy is only known once rendered), unless
 * its only template holes are nonces.
 */
export function htmlSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "html" || !isRecord(document.value) || !Array.isArray(document.value["metas"])) continue;
    const builder = new ResponseHeadersBuilder(at(document, []), `page ${document.file}`);
    document.value["metas"].forEach((meta, i) => {
      if (!isRecord(meta)) return;
      const header = meta["httpEquiv"];
      if (typeof header !== "string" || !isCspHeader(header)) return;
      const content = meta["content"];
      const value = typeof content === "string" ? content : isUnknown(content) ? (nonceOnlyPolicy(content) ?? content) : "";
      builder.csp(cspValue(header, value), at(document, ["metas", i, content === undefined ? "attrs" : "content"]));
    });
    if (!builder.empty) subjects.push(builder.build({ id: `html:${document.file}`, product: "html", format }));
  }
  return subjects;
}
