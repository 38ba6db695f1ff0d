import type { Origin } from "../normalized/source-map.js";
import { isUnknown } from "../normalized/unknown.js";
import type { PageCacheOrigin } from "./shape.js";
import { blocks, inResource, type Resource } from "./terraform.js";

// S3 REST and website endpoints, literal or as the bucket attributes Terraform exposes.
const S3_DOMAIN = /(\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$|\.s3-website[.-][a-z0-9-]+\.amazonaws\.com$)/;
const S3_ATTRIBUTE = /^aws_s3_bucket(_website_configuration)?\.[\w-]+\.(bucket_regional_domain_name|bucket_domain_name|website_endpoint|website_domain)$/;

/**
 * What a CloudFront behavior caches: the origin its `target_origin_id` names. An S3 bucket (an
 * `s3_origin_config`, an S3 domain or a bucket's domain attribute) holds files, a static site;
 * any other origin renders pages, as far as the files say. Origins built by a `dynamic` block or
 * named by an id that is not a literal are unknown.
 */
export function behaviorOrigin(distribution: Resource, behavior: Record<string, unknown>, here: (...rest: Array<string | number>) => Origin): { origin: PageCacheOrigin; at: Origin } {
  const target = behavior["target_origin_id"];
  const at = here("target_origin_id");
  if (typeof target !== "string") return { origin: { kind: "unknown", evidence: "target_origin_id is not a literal" }, at };
  const origin = blocks(distribution.body, "origin").find((o) => o.value["origin_id"] === target);
  if (!origin) return { origin: { kind: "unknown", evidence: `origin "${target}" is not among the distribution's literal origin blocks` }, at };
  const domain = origin.value["domain_name"];
  const domainAt = inResource(distribution, ...origin.path, "domain_name");
  const expression = isUnknown(domain) && "$expr" in domain ? domain.$expr.trim() : undefined;
  if (origin.value["s3_origin_config"] !== undefined) return { origin: { kind: "static", evidence: `origin "${target}" is an S3 bucket (s3_origin_config)` }, at: domainAt };
  if (typeof domain === "string" && S3_DOMAIN.test(domain)) return { origin: { kind: "static", evidence: `origin "${target}" is the S3 endpoint ${domain}` }, at: domainAt };
  if (expression !== undefined && S3_ATTRIBUTE.test(expression)) return { origin: { kind: "static", evidence: `origin "${target}" is ${expression}` }, at: domainAt };
  if (typeof domain === "string") return { origin: { kind: "application", evidence: `origin "${target}" is ${domain}` }, at: domainAt };
  return { origin: { kind: "application", evidence: `origin "${target}" is ${expression ?? "a server named elsewhere"}, not an S3 bucket` }, at: domainAt };
}
