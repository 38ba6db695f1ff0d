import type { DocPath, Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import { isUnknown, unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import { PageCacheBuilder } from "./builder.js";
import { cookieRules, readSelection } from "./cloudflare-expression.js";
import { zoneOrigin } from "./cloudflare-origin.js";
import { everyPath, regexRule, wildcardRule } from "./shape.js";
import { block, blocks, inResource, terraformResources, type Resource } from "./terraform.js";
import { toFlag } from "./values.js";
import type { ProductReader } from "../normalized/product-reader.js";

/**
 * Cloudflare, from Terraform: one subject per cache rule that makes responses eligible for
 * cache (`cloudflare_ruleset`, phase `http_request_cache_settings`, `cache = true`) and per
 * page rule with `cache_level = "cache_everything"`. Cache rules all apply in order and a
 * later rule's `cache = false` wins, so later bypass rules are exclusions of earlier caching
 * ones; only the highest-priority page rule matching a URL applies, so higher-priority page
 * rules are exclusions. An edge TTL override (`edge_ttl.mode = "override_origin"`,
 * `edge_cache_ttl`) makes Cloudflare cache responses with `Set-Cookie` (removing it) and
 * ignore `private` / `no-store`.
 */
export function cloudflareSubjects(input: AdapterInput): Subject[] {
  const resources = terraformResources(input);
  const served = (cache: Resource) => zoneOrigin(resources, cache);
  return [
    ...resources.filter((r) => r.type === "cloudflare_ruleset").flatMap((r) => rulesetSubjects(r, served(r))),
    ...pageRuleSubjects(resources.filter((r) => r.type === "cloudflare_page_rule"), served),
  ];
}

function rulesetSubjects(ruleset: Resource, served: ReturnType<typeof zoneOrigin>): Subject[] {
  if (ruleset.body["phase"] !== "http_request_cache_settings") return [];
  const rules = blocks(ruleset.body, "rules").filter((r) => r.value["action"] === "set_cache_settings" && toFlag(r.value["enabled"] ?? true) !== false);
  const written = ruleset.body["rules"];
  const writtenRules: readonly unknown[] = Array.isArray(written) ? written : [];
  // The ruleset's expressions name the site's paths and cookies: WordPress's or PHP's there say what renders its pages.
  const words = JSON.stringify(ruleset.body);
  const subjects: Subject[] = [];
  rules.forEach((rule, index) => {
    const parameters = block(rule.value, "action_parameters");
    if (!parameters || toFlag(parameters.value["cache"]) !== true) return;
    const here = (...rest: DocPath) => inResource(ruleset, ...rule.path, ...rest);
    const label = typeof rule.value["description"] === "string" ? rule.value["description"] : `rule ${index + 1}`;
    const cache = new PageCacheBuilder(here(), "rule", `${ruleset.address} ${label}`);
    cache.platformHint(words);
    // `enabled = var.x`: the rule may be switched off.
    const switchedOn = toFlag(rule.value["enabled"]);
    if (isUnknown(switchedOn)) cache.flag("enabled", switchedOn, here("enabled"));
    else cache.flag("enabled", true, here(...parameters.path, "cache"));
    const expression = rule.value["expression"];
    const selection = typeof expression === "string" ? readSelection(expression) : undefined;
    if (selection === undefined) {
      // Taken as covering every path, with the exclusions it may hold unknown.
      const marker = isUnknown(expression) ? expression : unknownValue("the rule's expression is beyond what norecur reads");
      cache.unresolvedExclusion(marker, here("expression"));
      cache.rule("appliesTo", everyPath("expression (not read)"), here("expression"));
    } else {
      for (const path of selection.paths === "all" ? [everyPath("expression")] : selection.paths) cache.rule("appliesTo", path, here("expression"));
      for (const path of selection.excludedPaths) cache.rule("excludedPaths", path, here("expression"));
      for (const cookie of selection.bypassCookies) cache.rule("bypassCookies", cookie, here("expression"));
    }
    cache.listOrigin("excludedPaths", here("expression")).listOrigin("bypassCookies", here("expression"));
    // A later rule that is not a literal (`rules = [{ ... }, var.bypass]`) may switch caching off.
    const position = rule.path[1];
    if (typeof position === "number") {
      writtenRules.forEach((later, i) => {
        if (i > position && isUnknown(later)) cache.unresolvedExclusion(later, inResource(ruleset, "rules", i));
      });
    }
    // Later rules that switch caching off take what they match away from this one.
    rules.slice(index + 1).forEach((later) => {
      const laterParameters = block(later.value, "action_parameters");
      // `cache = var.x` (or `action_parameters = var.x`): the rule may switch caching off for what it matches.
      const off = toFlag(laterParameters ? laterParameters.value["cache"] : later.value["action_parameters"]);
      if (isUnknown(off)) {
        cache.unresolvedExclusion(off, inResource(ruleset, ...later.path, ...(laterParameters ? [...laterParameters.path, "cache"] : ["action_parameters"])));
        return;
      }
      if (!laterParameters || off !== false) return;
      const from = inResource(ruleset, ...later.path, "expression");
      const text = later.value["expression"];
      if (typeof text !== "string") {
        if (isUnknown(text)) cache.unresolvedExclusion(text, from);
        return;
      }
      const cookies = cookieRules(text);
      const laterSelection = cookies ? undefined : readSelection(text);
      // `enabled = var.x`: the bypass may be switched off, so what it matches may stay cached.
      const laterOn = toFlag(later.value["enabled"]);
      if (isUnknown(laterOn)) {
        const at = inResource(ruleset, ...later.path, "enabled");
        if (cookies) cache.unknownCookies(laterOn, at);
        else cache.unresolvedExclusion(laterOn, at);
        return;
      }
      if (cookies) for (const cookie of cookies) cache.rule("bypassCookies", cookie, from);
      else if (laterSelection && laterSelection.paths !== "all") for (const path of laterSelection.paths) cache.rule("excludedPaths", path, from);
      else cache.unresolvedExclusion(unknownValue("a later bypass rule's expression is beyond what norecur reads"), from);
    });
    const edgeTtl = parameters.value["edge_ttl"];
    const edge = block(parameters.value, "edge_ttl");
    const mode = edge?.value["mode"];
    const modeOrigin = edge ? here(...parameters.path, ...edge.path, "mode") : here(...parameters.path);
    // `edge_ttl = var.x` (the v5 attribute style) may hold `mode = "override_origin"`.
    if (isUnknown(edgeTtl)) cache.flag("overridesPrivate", edgeTtl, here(...parameters.path, "edge_ttl"));
    else cache.flag("overridesPrivate", isUnknown(mode) ? mode : mode === "override_origin", modeOrigin);
    cache.origin(served.origin, served.at);
    subjects.push(cache.build({ id: `cloudflare:${ruleset.address}#${label}`, product: "cloudflare", format: "terraform", meta: { address: ruleset.address } }));
  });
  return subjects;
}

/** The URL-path part of a page rule target (`*example.jp/contact*` → `/contact*`). */
function targetPath(target: string): string {
  const withoutScheme = target.replace(/^[a-z*]+:\/\//i, "");
  const slash = withoutScheme.indexOf("/");
  return slash < 0 ? "/*" : withoutScheme.slice(slash);
}

function pageRuleSubjects(rules: readonly Resource[], served: (rule: Resource) => ReturnType<typeof zoneOrigin>): Subject[] {
  const priorityOf = (rule: Resource): number | UnknownMarker => {
    const priority = rule.body["priority"];
    return typeof priority === "number" || isUnknown(priority) ? priority : 1;
  };
  const wordsOf = new Map(rules.map((rule) => [rule, JSON.stringify(rule.body)]));
  const subjects: Subject[] = [];
  for (const rule of rules) {
    const actions = block(rule.body, "actions");
    if (!actions || actions.value["cache_level"] !== "cache_everything") continue;
    const here = (...rest: DocPath) => inResource(rule, ...rest);
    const target = rule.body["target"];
    const cache = new PageCacheBuilder(here(), "rule", `${rule.address} ${typeof target === "string" ? target : ""}`.trim());
    // The zone's page rules name the site's paths: WordPress's or PHP's there say what renders its pages.
    for (const other of rules) if (!otherZone(rule, other)) cache.platformHint(wordsOf.get(other) ?? "");
    cache.flag("enabled", true, here(...actions.path, "cache_level"));
    if (typeof target === "string") cache.rule("appliesTo", wildcardRule(targetPath(target), "target", false), here("target"));
    else cache.rule("appliesTo", everyPath("target (not a literal)"), here("target"));
    cache.listOrigin("excludedPaths", here("target"));
    // Only the highest-priority matching rule of the zone applies: those above take their URLs away.
    const mine = priorityOf(rule);
    for (const other of rules) {
      if (other === rule || otherZone(rule, other)) continue;
      const theirs = priorityOf(other);
      // A priority that is not a literal may put the other rule above this one.
      if (isUnknown(theirs)) {
        cache.unresolvedExclusion(theirs, inResource(other, "priority"));
        continue;
      }
      if (isUnknown(mine)) {
        cache.unresolvedExclusion(mine, here("priority"));
        continue;
      }
      if (theirs <= mine) continue;
      const otherTarget = other.body["target"];
      if (typeof otherTarget === "string") cache.rule("excludedPaths", wildcardRule(targetPath(otherTarget), "a higher-priority page rule", false), inResource(other, "target"));
      else if (isUnknown(otherTarget)) cache.unresolvedExclusion(otherTarget, inResource(other, "target"));
    }
    const cookie = actions.value["bypass_cache_on_cookie"];
    cache.listOrigin("bypassCookies", "bypass_cache_on_cookie" in actions.value ? here(...actions.path, "bypass_cache_on_cookie") : here(...actions.path));
    // `bypass_cache_on_cookie = var.x`: which cookies keep visitors apart is not known here.
    if (isUnknown(cookie)) cache.unknownCookies(cookie, here(...actions.path, "bypass_cache_on_cookie"));
    else if (typeof cookie === "string" && cookie !== "") cache.rule("bypassCookies", regexRule(cookie, "bypass_cache_on_cookie", `^(?:${cookie})$`), here(...actions.path, "bypass_cache_on_cookie"));
    const ttl = actions.value["edge_cache_ttl"];
    const overrides = isUnknown(ttl) ? ttl : typeof ttl === "number" && ttl > 0;
    cache.flag("overridesPrivate", overrides, "edge_cache_ttl" in actions.value ? here(...actions.path, "edge_cache_ttl") : here(...actions.path, "cache_level"));
    const origin = served(rule);
    cache.origin(origin.origin, origin.at);
    subjects.push(cache.build({ id: `cloudflare:${rule.address}`, product: "cloudflare", format: "terraform", meta: { address: rule.address } }));
  }
  return subjects;
}

/** `zone_id = cloudflare_zone.NAME.id`: the zone a resource of the same module manages. */
const ZONE_RESOURCE = /^cloudflare_zone\.([\w-]+)\.id$/;

/**
 * Whether two page rules are provably in different zones, where page-rule priorities do not
 * compete: two different literal zone ids, or references to two different `cloudflare_zone`
 * resources of one module. Anything else (`var.zone_id` twice, a literal against a reference,
 * two modules) may be one zone, and a rule that might take URLs away is kept as an exclusion.
 */
function otherZone(rule: Resource, other: Resource): boolean {
  const zone = rule.body["zone_id"];
  const otherId = other.body["zone_id"];
  if (typeof zone === "string" && typeof otherId === "string") return zone !== otherId;
  const managed = (id: unknown): string | undefined => (isUnknown(id) && "$expr" in id ? ZONE_RESOURCE.exec(id.$expr.trim())?.[1] : undefined);
  const [a, b] = [managed(zone), managed(otherId)];
  return rule.module === other.module && a !== undefined && b !== undefined && a !== b;
}

/** What this module reads, and how. */
export const cloudflareReader: ProductReader = { formats: ["terraform"], read: cloudflareSubjects };
