import { posix } from "node:path";
import type { DocPath, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { PageCacheBuilder } from "./builder.js";
import { netlifyPathRule, vercelSourceRule } from "./route-patterns.js";
import type { PatternRule } from "./shape.js";
import { at, isRecord } from "./values.js";
import { namedCookieRule } from "./wordpress.js";
import type { ProductReader } from "../normalized/product-reader.js";

type Product = "netlify" | "vercel";

/** One header rule of a Netlify or Vercel file, reduced to what a shared cache cares about. */
interface HeaderRule {
  rule: PatternRule;
  rulePath: DocPath;
  pathPath: DocPath;
  /** Caching headers of the rule: name, value, where the value is written. */
  headers: Array<{ name: string; value: string; path: DocPath }>;
  /** Vercel `missing` cookie conditions: the rule does not apply when the cookie is sent. */
  missingCookies: Array<{ name: string; path: DocPath }>;
}

const CACHING_HEADERS = new Set(["cache-control", "cdn-cache-control", "netlify-cdn-cache-control", "vercel-cdn-cache-control"]);

/**
 * What a caching header tells the platform's CDN: store the response for everyone
 * (`shared`), never (`private`), or nothing. `private`, `no-store` and `no-cache` keep it out;
 * `s-maxage` and the CDN-only headers' `max-age` let it in; a plain `Cache-Control` `max-age`
 * does so on Netlify when the response is also `public`, never on Vercel, whose CDN reads
 * `s-maxage` only.
 */
function decision(product: Product, name: string, value: string): "shared" | "private" | "none" {
  const directives = value.toLowerCase().split(",").map((d) => d.trim());
  if (directives.some((d) => d === "private" || d === "no-store" || d === "no-cache")) return "private";
  const seconds = (key: string) => Number(directives.find((d) => d.startsWith(`${key}=`))?.slice(key.length + 1) ?? "0");
  if (seconds("s-maxage") > 0) return "shared";
  if (name.toLowerCase() !== "cache-control") return seconds("max-age") > 0 ? "shared" : "none";
  return product === "netlify" && directives.includes("public") && seconds("max-age") > 0 ? "shared" : "none";
}

/**
 * Netlify (`_headers`, `netlify.toml` `[[headers]]`) and Vercel (`vercel.json` `headers`)
 * response-header rules, one subject per rule whose caching headers let the platform's CDN
 * store pages for everyone. Rules of the same file that mark paths `private` / `no-store` /
 * `no-cache` are its exclusions, whatever their order: a response carrying both is not
 * stored by a shared cache. Netlify's `Netlify-Vary: cookie=a|b` and Vercel's `missing`
 * cookie conditions keep visitors with those cookies apart. The header rule is itself the
 * caching decision, so `overridesPrivate` stays false: NR-CACHE-001 is the check that applies.
 */
export function cdnHeaderSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    const product: Product | undefined = format === "vercel" ? "vercel" : format === "netlify-toml" || format === "netlify-headers" ? "netlify" : undefined;
    if (!product) continue;
    const rules = format === "vercel" ? vercelRules(document.value) : format === "netlify-toml" ? netlifyTomlRules(document.value) : netlifyHeaderRules(document.value);
    const excluded = rules.filter((r) => r.headers.some((h) => decision(product, h.name, h.value) === "private"));
    // Every path and header the file names: WordPress's or PHP's paths there say what renders the pages.
    const words = JSON.stringify(document.value);
    for (const rule of rules) {
      const shared = rule.headers.find((h) => decision(product, h.name, h.value) === "shared");
      if (!shared || excluded.includes(rule)) continue;
      const cache = new PageCacheBuilder(at(document, rule.rulePath), "rule", `${posix.basename(document.file)} ${rule.rule.pattern}`);
      cache.platformHint(words);
      cache.flag("enabled", true, at(document, shared.path));
      cache.rule("appliesTo", rule.rule, at(document, rule.pathPath));
      cache.listOrigin("excludedPaths", at(document, shared.path)).listOrigin("bypassCookies", at(document, shared.path));
      for (const other of excluded) cache.rule("excludedPaths", { ...other.rule, setting: "a rule marking it private / no-store" }, at(document, other.pathPath));
      for (const cookie of rule.missingCookies) cache.rule("bypassCookies", namedCookieRule(cookie.name, "missing cookie condition"), at(document, cookie.path));
      for (const vary of rule.headers.filter((h) => h.name.toLowerCase() === "netlify-vary")) {
        const cookies = /(?:^|,)\s*cookie=([^,]+)/i.exec(vary.value)?.[1] ?? "";
        for (const name of cookies.split("|").map((c) => c.trim()).filter((c) => c !== "")) cache.rule("bypassCookies", namedCookieRule(name, "Netlify-Vary cookie"), at(document, vary.path));
      }
      cache.methods(["GET", "HEAD"]);
      subjects.push(cache.build({ id: `${product}:${document.file}#${rule.rule.pattern}`, product, format }));
    }
  }
  return subjects;
}

function netlifyHeaderRules(value: unknown): HeaderRule[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, i): HeaderRule[] => {
    if (!isRecord(entry) || typeof entry["path"] !== "string" || !isRecord(entry["headers"])) return [];
    const headers = Object.entries(entry["headers"]).flatMap(([name, values]) =>
      Array.isArray(values) ? values.flatMap((v, k) => (typeof v === "string" ? [{ name, value: v, path: [i, "headers", name, k] }] : [])) : [],
    );
    return [{ rule: netlifyPathRule(entry["path"], "_headers path"), rulePath: [i], pathPath: [i, "path"], headers: relevant(headers), missingCookies: [] }];
  });
}

function netlifyTomlRules(value: unknown): HeaderRule[] {
  const tables = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return tables.flatMap((table, i): HeaderRule[] => {
    if (!isRecord(table) || typeof table["for"] !== "string" || !isRecord(table["values"])) return [];
    const headers = Object.entries(table["values"]).flatMap(([name, v]) =>
      typeof v === "string" ? [{ name, value: v, path: ["headers", i, "values", name] }] : Array.isArray(v) ? [{ name, value: v.filter((x) => typeof x === "string").join(", "), path: ["headers", i, "values", name] }] : [],
    );
    return [{ rule: netlifyPathRule(table["for"], "[[headers]] for"), rulePath: ["headers", i], pathPath: ["headers", i, "for"], headers: relevant(headers), missingCookies: [] }];
  });
}

function vercelRules(value: unknown): HeaderRule[] {
  const entries = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return entries.flatMap((entry, i): HeaderRule[] => {
    if (!isRecord(entry) || typeof entry["source"] !== "string" || !Array.isArray(entry["headers"])) return [];
    const rule = vercelSourceRule(entry["source"], "headers source");
    if (!rule) return [];
    const headers = entry["headers"].flatMap((h, j) =>
      isRecord(h) && typeof h["key"] === "string" && typeof h["value"] === "string" ? [{ name: h["key"], value: h["value"], path: ["headers", i, "headers", j, "value"] }] : [],
    );
    const missing = Array.isArray(entry["missing"]) ? entry["missing"] : [];
    const missingCookies = missing.flatMap((m, k) =>
      isRecord(m) && m["type"] === "cookie" && typeof m["key"] === "string" && m["value"] === undefined ? [{ name: m["key"], path: ["headers", i, "missing", k, "key"] }] : [],
    );
    return [{ rule, rulePath: ["headers", i], pathPath: ["headers", i, "source"], headers: relevant(headers), missingCookies }];
  });
}

/** The caching headers, and `Netlify-Vary`. */
function relevant(headers: Array<{ name: string; value: string; path: DocPath }>): Array<{ name: string; value: string; path: DocPath }> {
  return headers.filter((h) => CACHING_HEADERS.has(h.name.toLowerCase()) || h.name.toLowerCase() === "netlify-vary");
}

/** What this module reads, and how. */
export const cdnHeadersReader: ProductReader = { formats: ["netlify-headers", "netlify-toml", "vercel"], read: ({ documents }) => cdnHeaderSubjects(documents) };
