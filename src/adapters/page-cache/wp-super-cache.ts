import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isUnknown } from "../normalized/unknown.js";
import { PageCacheBuilder } from "./builder.js";
import { containsRule, everyPath, regexRule } from "./shape.js";
import { at, isRecord, listEntries, toFlag, toInteger } from "./values.js";
import { loggedInCookieRule, siteOf } from "./wordpress.js";
import type { ProductReader } from "../normalized/product-reader.js";

/** The plugin's own defaults (`wp-cache-config-sample.php`), in force when the file does not set them. */
const DEFAULT_REJECTED_URI = ["wp-.*\\.php", "index\\.php"];

/** URI parts `wp_cache_is_rejected()` always rejects. */
const BUILT_IN_REJECTED_URI = ["/wp-admin/", "xmlrpc.php", "wp-app.php"];

/**
 * WP Super Cache, `wp-content/wp-cache-config.php`: global variable assignments. The plugin
 * rejects a URI when `preg_match("~$expr~", $uri)` holds for an entry of `$cache_rejected_uri`
 * (an unanchored, case-sensitive regex), and a request whose cookie name matches an entry of
 * `$wpsc_rejected_cookies` the same way. `$wp_cache_not_logged_in` is 0 (cache logged-in pages
 * too, keyed by the login cookie's value: one copy per user, never shared), 1 (no cache for any
 * cookie) or 2 (no cache for logged-in users); `$wp_cache_make_known_anon` serves logged-in
 * users the anonymous pages. It caches GET requests only.
 */
export function wpSuperCacheSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "php-config" || !document.file.endsWith("wp-content/wp-cache-config.php")) continue;
    const value = document.value;
    const vars = isRecord(value) && isRecord(value["variables"]) ? value["variables"] : {};
    const origin = (name: string, ...rest: Array<string | number>) => at(document, ["variables", name, ...rest]);
    const site = siteOf(document.file);
    const cache = new PageCacheBuilder(at(document, []), "site", site);
    cache.rule("appliesTo", everyPath("every page of the site"), at(document, []));

    const enabled = "cache_enabled" in vars ? toFlag(vars["cache_enabled"]) : false;
    cache.flag("enabled", enabled ?? false, "cache_enabled" in vars ? origin("cache_enabled") : undefined);

    if ("cache_rejected_uri" in vars) {
      const list = vars["cache_rejected_uri"];
      cache.listOrigin("excludedPaths", origin("cache_rejected_uri"));
      if (isUnknown(list)) cache.unresolvedExclusion(list, origin("cache_rejected_uri"));
      for (const [key, entry] of listEntries(list)) {
        if (isUnknown(entry)) cache.unresolvedExclusion(entry, origin("cache_rejected_uri", key));
        else if (typeof entry === "string" && entry !== "") cache.rule("excludedPaths", regexRule(entry, "$cache_rejected_uri"), origin("cache_rejected_uri", key));
      }
    } else {
      for (const entry of DEFAULT_REJECTED_URI) cache.rule("excludedPaths", regexRule(entry, "$cache_rejected_uri (plugin default)"), at(document, []));
    }

    for (const uri of BUILT_IN_REJECTED_URI) cache.rule("excludedPaths", containsRule(uri, "built in"), at(document, []));

    cache.listOrigin("bypassCookies", "wpsc_rejected_cookies" in vars ? origin("wpsc_rejected_cookies") : "wp_cache_not_logged_in" in vars ? origin("wp_cache_not_logged_in") : at(document, []));
    // A list or an entry that is a constant defined elsewhere may name the session cookie.
    const rejectedCookies = vars["wpsc_rejected_cookies"];
    if (isUnknown(rejectedCookies)) cache.unknownCookies(rejectedCookies, origin("wpsc_rejected_cookies"));
    for (const [key, entry] of listEntries(rejectedCookies)) {
      if (isUnknown(entry)) cache.unknownCookies(entry, origin("wpsc_rejected_cookies", key));
      else if (typeof entry === "string" && entry !== "") cache.rule("bypassCookies", regexRule(entry, "$wpsc_rejected_cookies"), origin("wpsc_rejected_cookies", key));
    }
    const notLoggedIn = "wp_cache_not_logged_in" in vars ? toInteger(vars["wp_cache_not_logged_in"]) : 0;
    const makeAnon = "wp_cache_make_known_anon" in vars ? toFlag(vars["wp_cache_make_known_anon"]) : false;
    const loggedInOrigin = "wp_cache_not_logged_in" in vars ? origin("wp_cache_not_logged_in") : at(document, []);
    if (isUnknown(notLoggedIn)) {
      cache.flag("servesLoggedIn", notLoggedIn, loggedInOrigin);
    } else if (makeAnon === true || isUnknown(makeAnon)) {
      // Known users treated as anonymous get the shared pages whatever the other switch says.
      cache.flag("servesLoggedIn", makeAnon, origin("wp_cache_make_known_anon"));
    } else {
      // 0 does not share logged-in pages: the plugin adds the values of the login (and comment
      // author, post password) cookies to the cache key, so each user gets a copy of their own.
      cache.flag("servesLoggedIn", notLoggedIn === undefined, loggedInOrigin);
      if (notLoggedIn === 0) cache.rule("bypassCookies", loggedInCookieRule("$wp_cache_not_logged_in = 0 (the login cookie is part of the cache key)"), loggedInOrigin);
      else if (notLoggedIn === 1) cache.rule("bypassCookies", regexRule("(any cookie)", "$wp_cache_not_logged_in = 1", ""), loggedInOrigin);
      else if (notLoggedIn === 2) cache.rule("bypassCookies", loggedInCookieRule("$wp_cache_not_logged_in = 2"), loggedInOrigin);
    }
    cache.methods(["GET"]);
    subjects.push(cache.build({ id: `wp-super-cache:${document.file}`, product: "wp-super-cache", format, meta: { site } }));
  }
  return subjects;
}

/** What this module reads, and how. */
export const wpSuperCacheReader: ProductReader = { formats: ["php-config"], read: ({ documents }) => wpSuperCacheSubjects(documents) };
