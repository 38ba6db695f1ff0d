import type { Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isUnknown } from "../normalized/unknown.js";
import { PageCacheBuilder } from "./builder.js";
import { escapeRegex, everyPath, exactRule, regexRule, type PatternRule } from "./shape.js";
import { at, isRecord, listEntries, toFlag } from "./values.js";
import { siteOf } from "./wordpress.js";
import type { ProductReader } from "../normalized/product-reader.js";

/**
 * A LiteSpeed URI entry, matched as the plugin's `str_hit_array` does: a substring of the path,
 * a prefix with a leading `^`, a suffix with a trailing `$`, the whole path with both. Forced
 * URIs may end in a TTL (`/shop/ 3600`), which is not part of the path.
 */
function uriRule(entry: string, setting: string): PatternRule {
  const path = entry.trim().replace(/\s+\d+$/, "");
  const start = path.startsWith("^");
  const end = path.endsWith("$") && path.length > (start ? 1 : 0);
  const body = path.slice(start ? 1 : 0, end ? -1 : undefined);
  const syntax = start && end ? "exact" : start ? "prefix" : "contains";
  return { syntax, pattern: entry.trim(), match: `${start ? "^" : ""}${escapeRegex(body)}${end ? "$" : ""}`, setting };
}

/**
 * LiteSpeed Cache for WordPress, from its settings export (format `litespeed-export`, v3+
 * option ids). Logged-in users never share the public cache: LiteSpeed varies on the login
 * cookie, and `cache-priv` only adds a per-user private cache. What does put pages into the
 * shared cache regardless of login, cookies and exclusions is `cache-force_pub_uri` (and
 * `cache-force_uri`, which forces caching despite the non-cacheable settings).
 */
export function litespeedSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "litespeed-export" || !isRecord(document.value)) continue;
    subjects.push(fromExport(document, format, document.value));
  }
  return subjects;
}

function fromExport(document: Document, format: string, options: Record<string, unknown>): Subject {
  const has = (id: string) => Object.hasOwn(options, id);
  const origin = (id: string, ...rest: Array<string | number>) => at(document, [id, ...rest]);
  const site = siteOf(document.file);
  const cache = new PageCacheBuilder(at(document, []), "site", site);
  cache.rule("appliesTo", everyPath("every page of the site"), at(document, []));
  // The plugin's default for `cache` is on.
  const enabled = has("cache") ? toFlag(options["cache"]) : true;
  cache.flag("enabled", enabled ?? true, has("cache") ? origin("cache") : undefined);

  cache.listOrigin("excludedPaths", has("cache-exc") ? origin("cache-exc") : at(document, []));
  const excluded = options["cache-exc"];
  if (isUnknown(excluded)) cache.unresolvedExclusion(excluded, origin("cache-exc"));
  for (const [key, entry] of listEntries(excluded)) {
    if (typeof entry === "string" && entry.trim() !== "") cache.rule("excludedPaths", uriRule(entry, "cache-exc"), origin("cache-exc", key));
  }

  // "Cache Login Page" (on by default) caches the login screen in the public cache; off, the
  // plugin leaves it uncached.
  const loginPage = has("cache-page_login") ? toFlag(options["cache-page_login"]) : true;
  if (loginPage === false) cache.rule("excludedPaths", exactRule("/wp-login.php", "cache-page_login off"), origin("cache-page_login"));

  // The cookie names go into a `RewriteCond %{HTTP_COOKIE}` regex as written.
  cache.listOrigin("bypassCookies", has("cache-exc_cookies") ? origin("cache-exc_cookies") : at(document, []));
  for (const [key, entry] of listEntries(options["cache-exc_cookies"])) {
    if (typeof entry === "string" && entry.trim() !== "") cache.rule("bypassCookies", regexRule(entry.trim(), "cache-exc_cookies"), origin("cache-exc_cookies", key));
  }
  cache.flag("servesLoggedIn", false, has("cache-priv") ? origin("cache-priv") : undefined);

  cache.listOrigin("forcedPublic", has("cache-force_pub_uri") ? origin("cache-force_pub_uri") : at(document, []));
  for (const id of ["cache-force_pub_uri", "cache-force_uri"]) {
    for (const [key, entry] of listEntries(options[id])) {
      if (typeof entry === "string" && entry.trim() !== "") cache.rule("forcedPublic", uriRule(entry, id), origin(id, key));
    }
  }
  cache.methods(["GET"]);
  return cache.build({ id: `litespeed-cache:${document.file}`, product: "litespeed-cache", format, meta: { site } });
}

/** What this module reads, and how. */
export const litespeedReader: ProductReader = { formats: ["litespeed-export"], read: ({ documents }) => litespeedSubjects(documents) };
