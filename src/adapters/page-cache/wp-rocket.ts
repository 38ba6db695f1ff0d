import type { Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isUnknown } from "../normalized/unknown.js";
import { PageCacheBuilder } from "./builder.js";
import { everyPath, regexRule } from "./shape.js";
import { at, isRecord, listEntries, toFlag } from "./values.js";
import { loggedInCookieRule, siteOf } from "./wordpress.js";
import type { ProductReader } from "../normalized/product-reader.js";

/**
 * The early cache handler only serves WordPress pages: a request for another PHP file
 * (`wp-login.php`) is never cached, whatever the settings say.
 */
const BUILT_IN_PHP_FILES = regexRule("\\.php$", "built in: PHP files other than index.php are not cached");

/** Cookies WP Rocket always rejects, whatever the settings say. */
const BUILT_IN_REJECTED_COOKIES = ["wp-postpass_", "comment_author_", "comment_author_email_", "wptouch_switch_toggle"];

/**
 * WP Rocket. Two files say the same thing: the settings export (`wp-rocket-settings-*.json`,
 * the `wp_rocket_settings` option) and the runtime copy the plugin writes to
 * `wp-content/wp-rocket-config/<host>.php`, which its early cache handler reads. The handler
 * rejects a request when `preg_match('#^(' . $rocket_cache_reject_uri . ')$#', $uri)` holds,
 * i.e. the `|`-joined entries of `cache_reject_uri` must match the *whole* path, and when a
 * cookie name matches `$rocket_cache_reject_cookies` anywhere. Page caching has no off switch:
 * an active WP Rocket caches pages, GET requests only, and never PHP files other than
 * `index.php`. A logged-in visitor whose login cookie is not rejected gets a cache folder of
 * their own (`cache_logged_user`), shared by all logged-in users only with
 * `$rocket_common_cache_logged_users`.
 */
export function wpRocketSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format === "wp-rocket-settings" && isRecord(document.value)) subjects.push(fromExport(document, format, document.value));
    else if (format === "php-config" && /(^|\/)wp-content\/wp-rocket-config\/[^/]+\.php$/.test(document.file)) {
      const subject = fromRuntimeConfig(document, format);
      if (subject) subjects.push(subject);
    }
  }
  return subjects;
}

function anchored(pattern: string): string {
  return `^(?:${pattern})$`;
}

function fromExport(document: Document, format: string, settings: Record<string, unknown>): Subject {
  const site = siteOf(document.file);
  const has = (key: string) => Object.hasOwn(settings, key);
  const cache = new PageCacheBuilder(at(document, []), "site", site);
  cache.rule("appliesTo", everyPath("every page of the site"), at(document, []));
  cache.flag("enabled", true);

  cache.listOrigin("excludedPaths", has("cache_reject_uri") ? at(document, ["cache_reject_uri"]) : at(document, []));
  const rejectUri = settings["cache_reject_uri"];
  if (isUnknown(rejectUri)) cache.unresolvedExclusion(rejectUri, at(document, ["cache_reject_uri"]));
  for (const [key, entry] of listEntries(rejectUri)) {
    if (typeof entry === "string" && entry.trim() !== "") {
      cache.rule("excludedPaths", regexRule(entry, "cache_reject_uri", anchored(entry.trim())), at(document, ["cache_reject_uri", key]));
    }
  }
  cache.rule("excludedPaths", BUILT_IN_PHP_FILES, at(document, []));

  cache.listOrigin("bypassCookies", has("cache_reject_cookies") ? at(document, ["cache_reject_cookies"]) : at(document, []));
  for (const [key, entry] of listEntries(settings["cache_reject_cookies"])) {
    if (typeof entry === "string" && entry.trim() !== "") cache.rule("bypassCookies", regexRule(entry, "cache_reject_cookies", entry.trim()), at(document, ["cache_reject_cookies", key]));
  }
  for (const cookie of BUILT_IN_REJECTED_COOKIES) cache.rule("bypassCookies", regexRule(cookie, "built in"), at(document, []));

  // With cache_logged_user the login cookie leaves the rejected cookies and each logged-in
  // user gets a cache folder of their own: still no page of one user for another. Only the
  // `rocket_common_cache_logged_users` filter, visible in the runtime file, shares it.
  const loggedIn = has("cache_logged_user") ? toFlag(settings["cache_logged_user"]) : false;
  const loggedOrigin = has("cache_logged_user") ? at(document, ["cache_logged_user"]) : at(document, []);
  if (isUnknown(loggedIn)) cache.flag("servesLoggedIn", loggedIn, loggedOrigin);
  else {
    cache.flag("servesLoggedIn", false, loggedOrigin);
    cache.rule("bypassCookies", loggedInCookieRule(loggedIn === true ? "cache_logged_user = 1 (a cache per user)" : "cache_logged_user = 0"), loggedOrigin);
  }
  cache.methods(["GET"]);
  return cache.build({ id: `wp-rocket:${document.file}`, product: "wp-rocket", format, meta: { site } });
}

function fromRuntimeConfig(document: Document, format: string): Subject | undefined {
  const value = document.value;
  const vars = isRecord(value) && isRecord(value["variables"]) ? value["variables"] : undefined;
  // The folder also holds unrelated PHP (an index.php guard): only a file with rocket variables is a config.
  if (vars === undefined || !Object.keys(vars).some((name) => name.startsWith("rocket_"))) return undefined;
  const site = siteOf(document.file);
  const origin = (name: string) => at(document, ["variables", name]);
  const cache = new PageCacheBuilder(at(document, []), "site", site);
  cache.rule("appliesTo", everyPath("every page of the site"), at(document, []));
  cache.flag("enabled", true);

  const rejectUri = vars["rocket_cache_reject_uri"];
  cache.listOrigin("excludedPaths", "rocket_cache_reject_uri" in vars ? origin("rocket_cache_reject_uri") : at(document, []));
  if (isUnknown(rejectUri)) cache.unresolvedExclusion(rejectUri, origin("rocket_cache_reject_uri"));
  else if (typeof rejectUri === "string" && rejectUri !== "") {
    cache.rule("excludedPaths", regexRule(rejectUri, "$rocket_cache_reject_uri", anchored(rejectUri)), origin("rocket_cache_reject_uri"));
  }
  cache.rule("excludedPaths", BUILT_IN_PHP_FILES, at(document, []));

  const rejectCookies = vars["rocket_cache_reject_cookies"];
  cache.listOrigin("bypassCookies", "rocket_cache_reject_cookies" in vars ? origin("rocket_cache_reject_cookies") : at(document, []));
  // A computed regex (a constant, a concatenation) may reject the login and session cookies.
  if (isUnknown(rejectCookies)) cache.unknownCookies(rejectCookies, origin("rocket_cache_reject_cookies"));
  else if (typeof rejectCookies === "string" && rejectCookies !== "") {
    cache.rule("bypassCookies", regexRule(rejectCookies, "$rocket_cache_reject_cookies"), origin("rocket_cache_reject_cookies"));
  }
  // A login cookie the rejected cookies do not name gets a cache folder per user, or one
  // folder shared by every logged-in user with `$rocket_common_cache_logged_users`.
  const rejectsLogin = typeof rejectCookies === "string" && rejectCookies.includes("wordpress_logged_in_");
  const hash = vars["rocket_cookie_hash"];
  // A hash that is not a literal (`COOKIEHASH`): whether the handler finds the login cookie, and so
  // keeps a folder per user, is not known here.
  if (!rejectsLogin && typeof rejectCookies === "string" && isUnknown(hash)) cache.flag("servesLoggedIn", hash, origin("rocket_cookie_hash"));
  else if (!rejectsLogin && typeof rejectCookies === "string" && typeof hash === "string") {
    const common = "rocket_common_cache_logged_users" in vars ? toFlag(vars["rocket_common_cache_logged_users"]) : false;
    if (common === true || isUnknown(common)) cache.flag("servesLoggedIn", common, origin("rocket_common_cache_logged_users"));
    else {
      cache.flag("servesLoggedIn", false, origin("rocket_cache_reject_cookies"));
      cache.rule("bypassCookies", loggedInCookieRule("a cache per logged-in user"), origin("rocket_cookie_hash"));
    }
  }
  cache.methods(["GET"]);
  return cache.build({ id: `wp-rocket:${document.file}`, product: "wp-rocket", format, meta: { site } });
}

/** What this module reads, and how. */
export const wpRocketReader: ProductReader = { formats: ["php-config", "wp-rocket-settings"], read: ({ documents }) => wpRocketSubjects(documents) };
