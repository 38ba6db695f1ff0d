import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isUnknown, unknownValue } from "../normalized/unknown.js";
import { PageCacheBuilder } from "./builder.js";
import { containsRule, everyPath, prefixRule, regexRule } from "./shape.js";
import { at, isRecord, listEntries, toFlag } from "./values.js";
import { loggedInCookieRule, siteOf } from "./wordpress.js";
import type { ProductReader } from "../normalized/product-reader.js";

/** Defaults from W3 Total Cache's `ConfigKeys.php`, in force when the file does not set a key. */
const DEFAULT_REJECT_URI = ["wp-.*\\.php", "index\\.php"];

/** URI parts and cookie-name prefixes the page cache always rejects, whatever the settings. */
const BUILT_IN_REJECT_URI = ["wp-login", "wp-register"];
const BUILT_IN_REJECT_COOKIES = ["wp-postpass", "comment_author"];

/**
 * W3 Total Cache, `wp-content/w3tc-config/master.php` (JSON behind `<?php exit; ?>`, or the
 * legacy `return array(...)`; both read as the document's `returned` object with dotted keys).
 * The page cache (`PgCache_ContentGrabber`) rejects a request URI containing `wp-login` or
 * `wp-register`, or matching an entry of `pgcache.reject.uri` as `preg_match('~expr~i', $uri)`
 * (unanchored, case-insensitive); a cookie whose name contains an entry of
 * `pgcache.reject.cookie` (a substring, not a regex) or starts with `wp-postpass` or
 * `comment_author`; and a cookie starting with `wordpress_logged_in` while
 * `pgcache.reject.logged` (default true) holds. It caches GET requests only.
 */
export function w3TotalCacheSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "php-config" || !/(^|\/)wp-content\/w3tc-config\/[^/]+\.php$/.test(document.file)) continue;
    const value = document.value;
    const config = isRecord(value) && isRecord(value["returned"]) ? value["returned"] : undefined;
    // master-admin.php and other files there hold no page-cache keys: not a page cache.
    if (config === undefined || !Object.keys(config).some((key) => key.startsWith("pgcache."))) continue;
    const origin = (key: string, ...rest: Array<string | number>) => at(document, ["returned", key, ...rest]);
    const has = (key: string) => Object.hasOwn(config, key);
    const site = siteOf(document.file);
    const cache = new PageCacheBuilder(at(document, ["returned"]), "site", site);
    cache.rule("appliesTo", everyPath("every page of the site"), at(document, ["returned"]));

    const enabled = has("pgcache.enabled") ? toFlag(config["pgcache.enabled"]) : false;
    cache.flag("enabled", enabled ?? false, has("pgcache.enabled") ? origin("pgcache.enabled") : undefined);

    if (has("pgcache.reject.uri")) {
      const list = config["pgcache.reject.uri"];
      cache.listOrigin("excludedPaths", origin("pgcache.reject.uri"));
      if (isUnknown(list)) cache.unresolvedExclusion(list, origin("pgcache.reject.uri"));
      for (const [key, entry] of listEntries(list)) {
        if (isUnknown(entry)) cache.unresolvedExclusion(entry, origin("pgcache.reject.uri", key));
        else if (typeof entry === "string" && entry.trim() !== "") {
          cache.rule("excludedPaths", regexRule(entry, "pgcache.reject.uri", `(?i)${entry.trim()}`), origin("pgcache.reject.uri", key));
        }
      }
    } else {
      for (const entry of DEFAULT_REJECT_URI) cache.rule("excludedPaths", regexRule(entry, "pgcache.reject.uri (plugin default)", `(?i)${entry}`), at(document, ["returned"]));
    }

    for (const uri of BUILT_IN_REJECT_URI) cache.rule("excludedPaths", containsRule(uri, "built in"), at(document, ["returned"]));

    cache.listOrigin("bypassCookies", has("pgcache.reject.cookie") ? origin("pgcache.reject.cookie") : at(document, ["returned"]));
    // A list or an entry that is a constant defined elsewhere may name the session cookie.
    const rejectCookies = config["pgcache.reject.cookie"];
    if (isUnknown(rejectCookies)) cache.unknownCookies(rejectCookies, origin("pgcache.reject.cookie"));
    for (const [key, entry] of listEntries(rejectCookies)) {
      if (isUnknown(entry)) cache.unknownCookies(entry, origin("pgcache.reject.cookie", key));
      else if (typeof entry === "string" && entry !== "") cache.rule("bypassCookies", containsRule(entry, "pgcache.reject.cookie"), origin("pgcache.reject.cookie", key));
    }
    for (const cookie of BUILT_IN_REJECT_COOKIES) cache.rule("bypassCookies", prefixRule(cookie, "built in"), at(document, ["returned"]));
    const rejectLogged = has("pgcache.reject.logged") ? toFlag(config["pgcache.reject.logged"]) : true;
    const loggedOrigin = has("pgcache.reject.logged") ? origin("pgcache.reject.logged") : at(document, ["returned"]);
    if (rejectLogged === undefined || isUnknown(rejectLogged)) {
      cache.flag("servesLoggedIn", rejectLogged ?? unknownValue("pgcache.reject.logged is not a boolean"), loggedOrigin);
    } else {
      cache.flag("servesLoggedIn", !rejectLogged, loggedOrigin);
      if (rejectLogged) cache.rule("bypassCookies", loggedInCookieRule("pgcache.reject.logged"), loggedOrigin);
    }
    cache.methods(["GET"]);
    subjects.push(cache.build({ id: `w3-total-cache:${document.file}`, product: "w3-total-cache", format, meta: { site } }));
  }
  return subjects;
}

/** What this module reads, and how. */
export const w3TotalCacheReader: ProductReader = { formats: ["php-config"], read: ({ documents }) => w3TotalCacheSubjects(documents) };
