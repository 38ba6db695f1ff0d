import type { DocPath, Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import { isUnknown } from "../normalized/unknown.js";
import { terraformResourceAdapter } from "../terraform-resource.js";
import { isRecord } from "../../plain-data.js";
import { cspValue } from "./csp.js";
import { ResponseHeadersBuilder } from "./shape.js";

/** The first block of a nested block (`x { }` reads as `x = [{ }]`), with its path. */
function block(value: unknown, key: string): { value: Record<string, unknown>; path: DocPath } | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  if (Array.isArray(field) && isRecord(field[0]) && !isUnknown(field[0])) return { value: field[0], path: [key, 0] };
  if (isRecord(field) && !isUnknown(field)) return { value: field, path: [key] };
  return undefined;
}

/**
 * CloudFront `aws_cloudfront_response_headers_policy` with a
 * `security_headers_config.content_security_policy` block: CloudFront adds the header to every
 * response of the behaviors that use the policy (with `override`, replacing the origin's).
 */
export function cloudfrontSubjects(input: AdapterInput): Subject[] {
  if (!input.documents.some((d) => d.format === "terraform")) return [];
  const subjects: Subject[] = [];
  for (const resource of terraformResourceAdapter(input)) {
    const meta = resource.meta ?? {};
    if (meta["type"] !== "aws_cloudfront_response_headers_policy" || !resource.document) continue;
    const security = block(resource.value, "security_headers_config");
    const csp = security ? block(security.value, "content_security_policy") : undefined;
    if (!security || !csp) continue;
    const text = csp.value["content_security_policy"];
    const path = [...resource.path, ...security.path, ...csp.path];
    const builder = new ResponseHeadersBuilder({ document: resource.document, path: resource.path }, `cloudfront ${String(meta["address"])}`);
    const value = typeof text === "string" || isUnknown(text) ? text : "";
    builder.csp(cspValue("Content-Security-Policy", value), { document: resource.document, path: [...path, "content_security_policy"] });
    subjects.push(builder.build({ id: `cloudfront:${resource.id}`, product: "cloudfront", format: "terraform", meta: { address: meta["address"] } }));
  }
  return subjects;
}
