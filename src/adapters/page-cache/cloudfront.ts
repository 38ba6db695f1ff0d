import { plainText } from "../../plain-data.js";
import type { Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import type { Origin } from "../normalized/source-map.js";
import { isUnknown, unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import { PageCacheBuilder } from "./builder.js";
import { behaviorOrigin } from "./cloudfront-origin.js";
import { everyPath, regexRule, wildcardRule } from "./shape.js";
import { block, blocks, inResource, referenced, terraformResources, type Resource } from "./terraform.js";
import { isRecord } from "./values.js";
import { namedCookieRule } from "./wordpress.js";
import type { ProductReader } from "../normalized/product-reader.js";

/** AWS managed cache policies, by id and by the name a `data "aws_cloudfront_cache_policy"` looks up. */
const MANAGED: ReadonlyArray<{ id: string; name: string; minTtl: number; maxTtl: number }> = [
  { id: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", name: "Managed-CachingDisabled", minTtl: 0, maxTtl: 0 },
  { id: "658327ea-f89d-4fab-a63d-7e88639e58f6", name: "Managed-CachingOptimized", minTtl: 1, maxTtl: 31536000 },
  { id: "b2884449-e4de-46a7-ac36-70bc7f1ddd6d", name: "Managed-CachingOptimizedForUncompressedObjects", minTtl: 1, maxTtl: 31536000 },
];

/** TTLs and cookie handling of one behavior, wherever they were written. */
interface Settings {
  minTtl: number | UnknownMarker;
  maxTtl: number | UnknownMarker;
  minOrigin: Origin;
  maxOrigin: Origin;
  /** `none` / `whitelist` / `allExcept` / `all` (legacy `forward` values map onto these). */
  cookies: string | UnknownMarker;
  /** The list of names as written (`items`, `whitelisted_names`): a list, a marker, or nothing. */
  cookieNames: unknown;
  cookieOrigin: Origin;
  /** Where the names are written; with an index, that name. */
  namesOrigin: (index?: number) => Origin;
}

/**
 * CloudFront (`aws_cloudfront_distribution` in Terraform), one subject per cache behavior.
 * CloudFront sends a request to the first ordered behavior whose `path_pattern` matches, else
 * to the default behavior, so the path patterns of earlier behaviors are exclusions of later
 * ones. A behavior caches when its maximum TTL is above 0; a minimum TTL above 0 caches even
 * responses saying `no-cache`, `no-store` or `private`. Cookies do not vary the cache unless
 * the cache key includes them, so only cookies in the key keep visitors' pages apart.
 */
export function cloudfrontSubjects(input: AdapterInput): Subject[] {
  const resources = terraformResources(input);
  const subjects: Subject[] = [];
  for (const distribution of resources) {
    if (distribution.type !== "aws_cloudfront_distribution") continue;
    const ordered = blocks(distribution.body, "ordered_cache_behavior");
    const built = dynamicBehaviors(distribution);
    subjects.push(...built.map((b) => b.subject));
    const behaviors = [...ordered.map((b) => ({ ...b, ordered: true })), ...blocks(distribution.body, "default_cache_behavior").map((b) => ({ ...b, ordered: false }))];
    // The distribution's path patterns and cookie names say whether it is in front of WordPress or PHP.
    const words = JSON.stringify(distribution.body);
    behaviors.forEach((behavior, index) => {
      const pattern = behavior.value["path_pattern"];
      const label = behavior.ordered ? (typeof pattern === "string" ? pattern : "ordered behavior") : "default";
      const cache = new PageCacheBuilder(inResource(distribution, ...behavior.path), "behavior", `${distribution.address} ${label}`);
      cache.platformHint(words);
      const here = (...rest: Array<string | number>) => inResource(distribution, ...behavior.path, ...rest);
      if (!behavior.ordered) cache.rule("appliesTo", everyPath("default_cache_behavior"), here());
      else if (typeof pattern === "string") cache.rule("appliesTo", pathRule(pattern, "path_pattern"), here("path_pattern"));
      else cache.rule("appliesTo", everyPath("path_pattern (not a literal)"), here("path_pattern"));

      // Behaviors earlier in the list take their paths first.
      cache.listOrigin("excludedPaths", here());
      // Ordered behaviors built by a dynamic block come first too; their paths are unknown.
      for (const b of built) if (b.ordered) cache.unresolvedExclusion(unknownValue("ordered_cache_behavior built by a dynamic block"), b.at);
      ordered.slice(0, behavior.ordered ? index : ordered.length).forEach((earlier) => {
        const earlierPattern = earlier.value["path_pattern"];
        const from = inResource(distribution, ...earlier.path, "path_pattern");
        if (typeof earlierPattern === "string") cache.rule("excludedPaths", pathRule(earlierPattern, "an earlier ordered_cache_behavior"), from);
        else if (isUnknown(earlierPattern)) cache.unresolvedExclusion(earlierPattern, from);
      });

      const settings = settingsOf(resources, distribution, behavior.value, here);
      cache.flag("enabled", isUnknown(settings.maxTtl) ? settings.maxTtl : settings.maxTtl > 0, settings.maxOrigin);
      cache.flag("overridesPrivate", isUnknown(settings.minTtl) ? settings.minTtl : settings.minTtl > 0, settings.minOrigin);
      cache.listOrigin("bypassCookies", settings.cookieOrigin);
      if (isUnknown(settings.cookies)) cache.unknownCookies(settings.cookies, settings.cookieOrigin);
      else if (settings.cookies === "all" || settings.cookies === "allExcept") {
        cache.rule("bypassCookies", regexRule("(any cookie)", `cookies in the cache key: ${settings.cookies}`, ""), settings.cookieOrigin);
      } else if (settings.cookies === "whitelist") {
        // `items = var.cookies`, or one name that is a variable: the key may hold the session cookie.
        const names = settings.cookieNames;
        if (isUnknown(names)) cache.unknownCookies(names, settings.namesOrigin());
        else if (Array.isArray(names)) {
          names.forEach((name, i) => {
            if (isUnknown(name)) cache.unknownCookies(name, settings.namesOrigin(i));
            else if (typeof name === "string") cache.rule("bypassCookies", namedCookieRule(name, "cookies in the cache key"), settings.cookieOrigin);
          });
        }
      }
      const served = behaviorOrigin(distribution, behavior.value, here);
      cache.origin(served.origin, served.at);
      const methods = behavior.value["cached_methods"];
      if (Array.isArray(methods)) cache.methods(methods.filter((m): m is string => typeof m === "string").map((m) => m.toUpperCase()), here("cached_methods"));
      subjects.push(
        cache.build({
          id: `cloudfront:${distribution.module === "." ? "" : `${distribution.module}:`}${distribution.address}#${label}`,
          product: "cloudfront",
          format: "terraform",
          meta: { address: distribution.address },
        }),
      );
    });
  }
  return subjects;
}

/** CloudFront matches path patterns against the path with its leading `/`, which patterns may omit. */
function pathRule(pattern: string, setting: string) {
  const rooted = pattern.startsWith("/") || pattern.startsWith("*") ? pattern : `/${pattern}`;
  return { ...wildcardRule(rooted, setting, true), pattern };
}

function number(value: unknown, fallback: number): number | UnknownMarker {
  if (value === undefined) return fallback;
  if (isUnknown(value)) return value;
  return typeof value === "number" ? value : unknownValue("a TTL that is not a number");
}

function settingsOf(resources: readonly Resource[], distribution: Resource, behavior: Record<string, unknown>, here: (...rest: Array<string | number>) => Origin): Settings {
  const policyId = behavior["cache_policy_id"];
  // The AWS provider takes an empty id (`cache_policy_id = ""`, as modules pass it for "none")
  // as unset: the behavior's own TTLs and forwarded values are in force.
  if (policyId !== undefined && policyId !== null && policyId !== "") {
    const at = here("cache_policy_id");
    const managed = MANAGED.find((m) => m.id === policyId || m.name === managedName(distribution, policyId));
    if (managed) return { minTtl: managed.minTtl, maxTtl: managed.maxTtl, minOrigin: at, maxOrigin: at, cookies: "none", cookieNames: [], cookieOrigin: at, namesOrigin: () => at };
    const policy = referenced(resources, distribution, policyId, "aws_cloudfront_cache_policy");
    if (!policy) {
      const unknown = isUnknown(policyId) ? policyId : unknownValue(`cache policy ${plainText(policyId)} is not one this tool knows`);
      return { minTtl: unknown, maxTtl: unknown, minOrigin: at, maxOrigin: at, cookies: unknown, cookieNames: [], cookieOrigin: at, namesOrigin: () => at };
    }
    const key = block(policy.body, "parameters_in_cache_key_and_forwarded_to_origin");
    const cookiesConfig = key ? block(key.value, "cookies_config") : undefined;
    const cookies = cookiesConfig ? block(cookiesConfig.value, "cookies") : undefined;
    const cookiePath = key && cookiesConfig ? [...key.path, ...cookiesConfig.path] : [];
    const itemsAt = (i?: number): Origin => (cookies ? inResource(policy, ...cookiePath, ...cookies.path, "items", ...(i === undefined ? [] : [i])) : inResource(policy, ...cookiePath));
    return {
      minTtl: number(policy.body["min_ttl"], 0),
      maxTtl: number(policy.body["max_ttl"], 31536000),
      minOrigin: "min_ttl" in policy.body ? inResource(policy, "min_ttl") : inResource(policy),
      maxOrigin: "max_ttl" in policy.body ? inResource(policy, "max_ttl") : at,
      cookies: cookieBehavior(cookiesConfig?.value["cookie_behavior"]),
      cookieNames: cookies?.value["items"],
      cookieOrigin: cookiesConfig ? inResource(policy, ...cookiePath, "cookie_behavior") : inResource(policy),
      namesOrigin: itemsAt,
    };
  }
  // Legacy settings on the behavior itself.
  const forwarded = block(behavior, "forwarded_values");
  const cookies = forwarded ? block(forwarded.value, "cookies") : undefined;
  const forward = cookies?.value["forward"];
  return {
    minTtl: number(behavior["min_ttl"], 0),
    maxTtl: number(behavior["max_ttl"], 31536000),
    minOrigin: "min_ttl" in behavior ? here("min_ttl") : here(),
    maxOrigin: "max_ttl" in behavior ? here("max_ttl") : here(),
    cookies: forward === undefined ? "none" : isUnknown(forward) ? forward : forward === "whitelist" ? "whitelist" : plainText(forward),
    cookieNames: cookies?.value["whitelisted_names"],
    cookieOrigin: forwarded && cookies ? here(...forwarded.path, ...cookies.path, "forward") : here(),
    namesOrigin: (i) => (forwarded && cookies ? here(...forwarded.path, ...cookies.path, "whitelisted_names", ...(i === undefined ? [] : [i])) : here()),
  };
}

function cookieBehavior(value: unknown): string | UnknownMarker {
  if (value === undefined) return "none";
  if (isUnknown(value)) return value;
  return plainText(value);
}

/** The `name` of the `data "aws_cloudfront_cache_policy"` a `data.….id` reference names, looked up in the distribution's file. */
function managedName(distribution: Resource, value: unknown): string | undefined {
  if (!isUnknown(value) || !("$expr" in value)) return undefined;
  const match = /^data\.aws_cloudfront_cache_policy\.([A-Za-z0-9_-]+)\.id$/.exec(value.$expr.trim());
  if (!match) return undefined;
  const data = isRecord(distribution.document.value) ? distribution.document.value["data"] : undefined;
  const byName = isRecord(data) ? data["aws_cloudfront_cache_policy"] : undefined;
  const source = isRecord(byName) ? byName[match[1] ?? ""] : undefined;
  const name = isRecord(source) ? source["name"] : undefined;
  return typeof name === "string" ? name : undefined;
}

/**
 * Behaviors built by `dynamic "ordered_cache_behavior"` / `dynamic "default_cache_behavior"`
 * blocks: their settings come from `for_each` data this tool does not expand, so each becomes a
 * subject whose caching is unknown, rather than no subject at all.
 */
function dynamicBehaviors(distribution: Resource): Array<{ subject: Subject; ordered: boolean; at: Origin }> {
  const out: Array<{ subject: Subject; ordered: boolean; at: Origin }> = [];
  const dynamic = block(distribution.body, "dynamic");
  if (!dynamic) return out;
  for (const key of ["ordered_cache_behavior", "default_cache_behavior"]) {
    if (dynamic.value[key] === undefined) continue;
    const at = inResource(distribution, ...dynamic.path, key);
    const cache = new PageCacheBuilder(at, "behavior", `${distribution.address} dynamic ${key}`);
    const reason = unknownValue(`${key} is built by a dynamic block`);
    cache.rule("appliesTo", everyPath(`dynamic "${key}"`), at);
    cache.flag("enabled", reason, at).flag("overridesPrivate", reason, at);
    cache.unknownCookies(reason, at);
    cache.origin({ kind: "unknown", evidence: `dynamic "${key}"` }, at);
    const id = `cloudfront:${distribution.module === "." ? "" : `${distribution.module}:`}${distribution.address}#dynamic ${key}`;
    out.push({ subject: cache.build({ id, product: "cloudfront", format: "terraform", meta: { address: distribution.address } }), ordered: key === "ordered_cache_behavior", at });
  }
  return out;
}

/** What this module reads, and how. */
export const cloudfrontReader: ProductReader = { formats: ["terraform"], read: cloudfrontSubjects };
