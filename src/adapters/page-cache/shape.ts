import type { UnknownMarker } from "../normalized/unknown.js";

/** How a product writes a URL or cookie pattern. */
export type PatternSyntax = "regex" | "prefix" | "exact" | "contains" | "wildcard";

/**
 * A URL-path or cookie-name pattern as a product writes it, with `match`: one RE2 expression
 * that matches exactly what the product matches (anchors, case folding and wildcards made
 * explicit), so that one policy can test sample paths against every product's rules.
 */
export interface PatternRule {
  /** The product's syntax: a regex, a path prefix, an exact path, a substring, or a `*` wildcard pattern. */
  syntax: PatternSyntax;
  /** The pattern as written. */
  pattern: string;
  /** An RE2 expression equivalent to the product's match. */
  match: string;
  /** The setting the rule came from, e.g. `pgcache.reject.uri` or `fastcgi_cache_bypass`. */
  setting: string;
}

/** Where a page cache sits: a WordPress site, an nginx server or location, a CDN distribution, behavior or rule. */
export type PageCacheScope = "site" | "server" | "location" | "distribution" | "behavior" | "rule";

/** The normalized fields of a `page-cache` subject. docs/subjects/page-cache.md describes each. */
export interface PageCacheValue {
  scope: PageCacheScope;
  /** Human name of the scope: host, server name and location, CloudFront path pattern, rule name. */
  name: string;
  /** Whether this cache stores full pages at all. */
  enabled: boolean | UnknownMarker;
  /** URL paths this scope caches (a plugin: every page). */
  appliesTo: PatternRule[];
  /** Known rules that keep a path out of the shared cache. */
  excludedPaths: PatternRule[];
  /** Exclusion rules that cannot be read statically (kept apart so that known rules can still decide). */
  unresolvedExclusions: UnknownMarker[];
  /**
   * Cookies whose presence keeps a request from being answered with a shared cached page
   * (bypass, or part of the cache key); a marker where the product's cookie setting is unknown.
   */
  bypassCookies: Array<PatternRule | UnknownMarker>;
  /**
   * Whether requests of logged-in users may be answered from (or stored in) the shared cache, for
   * products with a switch for it; absent where only `bypassCookies` decide.
   */
  servesLoggedIn?: boolean | UnknownMarker;
  /** Whether responses that set cookies or say `private` / `no-store` / `no-cache` are cached anyway. */
  overridesPrivate: boolean | UnknownMarker;
  /** Paths forced into the shared cache whatever cookies, login or response headers say. */
  forcedPublic: PatternRule[];
  /** HTTP methods whose responses are stored. */
  cachedMethods: string[];
  /** What the cache stores pages of, the evidence for it, and what renders the pages. */
  origin: PageCacheOriginFacts;
}

/**
 * What serves the pages a cache stores: `application` (the cache is part of a site that renders
 * pages per request: a WordPress plugin, nginx in front of PHP), `static` (files: an S3 bucket or
 * website, a static host) or `unknown` (nothing in the scanned files says).
 */
export interface PageCacheOrigin {
  kind: "application" | "static" | "unknown";
  /** The setting that shows it, in the product's words. */
  evidence: string;
}

/** A subject's `origin`: what the cache stores pages of, and what renders them. */
export interface PageCacheOriginFacts extends PageCacheOrigin {
  /**
   * What renders the pages: `wordpress` (a WordPress cache plugin, or WordPress's paths and
   * cookies in the configuration), `php` (PHP scripts, PHP-FPM, PHP's session cookie), or a
   * marker where nothing says.
   */
  platform: "wordpress" | "php" | UnknownMarker;
}

/** Escapes RE2 metacharacters so that `text` matches itself. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

/** A rule for a URL-path prefix. */
export function prefixRule(pattern: string, setting: string): PatternRule {
  return { syntax: "prefix", pattern, match: `^${escapeRegex(pattern)}`, setting };
}

/** A rule for one exact value. */
export function exactRule(pattern: string, setting: string): PatternRule {
  return { syntax: "exact", pattern, match: `^${escapeRegex(pattern)}$`, setting };
}

/** A rule for a substring anywhere in the value. */
export function containsRule(pattern: string, setting: string): PatternRule {
  return { syntax: "contains", pattern, match: escapeRegex(pattern), setting };
}

/** A regex rule; `match` is the expression the product effectively runs (anchored or case-folded by the caller). */
export function regexRule(pattern: string, setting: string, match = pattern): PatternRule {
  return { syntax: "regex", pattern, match, setting };
}

/**
 * A CloudFront path pattern or Cloudflare URL pattern: `*` is any run of characters, `/`
 * included, and `?` (CloudFront) is one character; the whole path must match.
 */
export function wildcardRule(pattern: string, setting: string, questionMark: boolean): PatternRule {
  let body = "";
  for (const char of pattern) {
    if (char === "*") body += ".*";
    else if (char === "?" && questionMark) body += ".";
    else body += escapeRegex(char);
  }
  return { syntax: "wildcard", pattern, match: `^${body}$`, setting };
}

/** Every path. */
export function everyPath(setting: string): PatternRule {
  return { syntax: "prefix", pattern: "/", match: "^/", setting };
}
