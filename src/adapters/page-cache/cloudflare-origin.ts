import type { Origin } from "../normalized/source-map.js";
import { isUnknown } from "../normalized/unknown.js";
import type { PageCacheOrigin } from "./shape.js";
import { inResource, type Resource } from "./terraform.js";
import { toFlag } from "./values.js";

// Hosts that serve files only: S3 website and REST endpoints, Cloudflare Pages, GitHub Pages.
const STATIC_HOST = /(\.s3-website[.-][a-z0-9-]+\.amazonaws\.com|\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com|\.pages\.dev|\.github\.io)\.?$/i;
const STATIC_ATTRIBUTE = /^aws_s3_bucket(_website_configuration)?\.[\w-]+\.(website_endpoint|website_domain|bucket_regional_domain_name|bucket_domain_name)$/;

/**
 * What a Cloudflare zone's cache rules store pages of: the proxied DNS records of the same
 * module (`cloudflare_record` with `proxied = true`) name the origins. When every one points at
 * a static host (an S3 website, Pages) the zone serves files: `static`. A record pointing
 * anywhere else is `application`; with no proxied record in the files, or with one whose
 * `proxied` is not a literal pointing at anything else, `unknown`.
 */
export function zoneOrigin(resources: readonly Resource[], cache: Resource): { origin: PageCacheOrigin; at?: Origin } {
  const zone = cache.body["zone_id"];
  const sameZone = (record: Resource): boolean => {
    const other = record.body["zone_id"];
    if (zone === undefined || other === undefined) return true;
    return JSON.stringify(zone) === JSON.stringify(other);
  };
  const zoneRecords = resources.filter((r) => r.type === "cloudflare_record" && r.module === cache.module && sameZone(r));
  const records = zoneRecords.filter((r) => toFlag(r.body["proxied"]) === true);
  // `proxied = var.x`: the record may route its host through the cache too.
  const maybeProxied = zoneRecords.filter((r) => isUnknown(toFlag(r.body["proxied"])));
  const targetOf = (record: Resource): { key: string; text: string; isStatic: boolean } => {
    const key = "content" in record.body ? "content" : "value";
    const raw = record.body[key];
    if (typeof raw === "string") return { key, text: raw, isStatic: STATIC_HOST.test(raw) };
    const expression = isUnknown(raw) && "$expr" in raw ? raw.$expr.trim() : "";
    return { key, text: expression || "a value that is not a literal", isStatic: STATIC_ATTRIBUTE.test(expression) };
  };
  const dynamic = records.find((r) => !targetOf(r).isStatic);
  if (dynamic) {
    const target = targetOf(dynamic);
    return { origin: { kind: "application", evidence: `${dynamic.address} proxies to ${target.text}` }, at: inResource(dynamic, target.key) };
  }
  const maybeDynamic = maybeProxied.find((r) => !targetOf(r).isStatic);
  if (maybeDynamic) {
    const target = targetOf(maybeDynamic);
    return { origin: { kind: "unknown", evidence: `${maybeDynamic.address} may proxy to ${target.text} (proxied is not a literal)` }, at: inResource(maybeDynamic, target.key) };
  }
  if (records.length === 0) return { origin: { kind: "unknown", evidence: "no proxied cloudflare_record in the scanned files" } };
  const first = records[0] as Resource;
  const target = targetOf(first);
  return { origin: { kind: "static", evidence: `every proxied record points at a static host (${first.address}: ${target.text})` }, at: inResource(first, target.key) };
}
