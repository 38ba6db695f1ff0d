import type { Subject } from "../../types.js";
import { NormalizedBuilder } from "../normalized/builder.js";
import type { Origin } from "../normalized/source-map.js";
import { unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import type { PageCacheOrigin, PageCacheOriginFacts, PageCacheScope, PageCacheValue, PatternRule } from "./shape.js";

/** Products that cache whatever an origin elsewhere serves; the others are part of the site itself. */
const IN_FRONT_OF_AN_ORIGIN = new Set(["cloudfront", "cloudflare", "netlify", "vercel"]);

/** WordPress cache plugins: what they cache is a WordPress site. */
const WORDPRESS_PLUGINS = new Set(["w3-total-cache", "wp-super-cache", "wp-rocket", "litespeed-cache"]);

/** WordPress's own paths and cookies, and WooCommerce's, as a cache configuration names them. */
const WORDPRESS_MARKER = /wp-(?:admin|login|content|includes|json|cron|settings)|wordpress|woocommerce|xmlrpc\.php/i;

/** PHP: its scripts, its session cookie, PHP-FPM behind FastCGI. */
const PHP_MARKER = /\.php\b|PHPSESSID|fastcgi_pass/i;

type ListField = "appliesTo" | "excludedPaths" | "bypassCookies" | "forcedPublic";
type FlagField = "enabled" | "servesLoggedIn" | "overridesPrivate";

/**
 * Collects one `page-cache` subject field by field on the shared NormalizedBuilder, so each
 * field's origin is recorded as it is set. Fields start at the safe defaults of a cache that
 * stores nothing; each adapter states what its product does.
 */
export class PageCacheBuilder {
  readonly #builder: NormalizedBuilder<PageCacheValue>;
  #origin: PageCacheOrigin | undefined;
  /** Text of the configuration around the cache that may name what renders its pages. */
  readonly #platformHints: string[] = [];

  constructor(root: Origin, scope: PageCacheScope, name: string) {
    this.#builder = new NormalizedBuilder<PageCacheValue>("page-cache", root, {
      scope,
      name,
      enabled: false,
      appliesTo: [],
      excludedPaths: [],
      unresolvedExclusions: [],
      bypassCookies: [],
      overridesPrivate: false,
      forcedPublic: [],
      cachedMethods: ["GET", "HEAD"],
      origin: { kind: "unknown", evidence: "", platform: unknownValue("") },
    });
  }

  /** Sets a yes/no field, read from `origin`. */
  flag(field: FlagField, value: boolean | UnknownMarker, origin?: Origin): this {
    this.#builder.set(field, value, origin);
    return this;
  }

  /** Names where a list field is configured, so that a finding about a missing entry points there. */
  listOrigin(field: ListField | "unresolvedExclusions" | "cachedMethods", origin: Origin): this {
    this.#builder.origin([field], origin);
    return this;
  }

  /** Appends a rule read from `origin`. */
  rule(field: ListField, rule: PatternRule, origin: Origin): this {
    this.#builder.push(field, rule, origin);
    this.#platformHints.push(rule.pattern);
    return this;
  }

  /** A cookie setting that cannot be read statically: checks of the cookies become unknown. */
  unknownCookies(marker: UnknownMarker, origin: Origin): this {
    this.#builder.push("bypassCookies", marker, origin);
    return this;
  }

  /** An exclusion that cannot be read statically. */
  unresolvedExclusion(marker: UnknownMarker, origin: Origin): this {
    this.#builder.push("unresolvedExclusions", marker, origin);
    return this;
  }

  /** Sets the cached methods, read from `origin`. */
  methods(methods: string[], origin?: Origin): this {
    this.#builder.set("cachedMethods", methods, origin);
    return this;
  }

  /**
   * Configuration text around the cache (an nginx server's directives, a distribution's path
   * patterns) in which WordPress's or PHP's paths and cookies show what renders its pages.
   */
  platformHint(text: string): this {
    this.#platformHints.push(text);
    return this;
  }

  /** States what the cache stores pages of, at the setting that shows it. */
  origin(origin: PageCacheOrigin, at?: Origin): this {
    this.#origin = origin;
    if (at) this.#builder.origin(["origin"], at);
    return this;
  }

  /** The finished subject. */
  build(input: { id: string; product: string; format: string; meta?: Record<string, unknown> }): Subject {
    const origin =
      this.#origin ??
      (IN_FRONT_OF_AN_ORIGIN.has(input.product)
        ? { kind: "unknown" as const, evidence: "nothing in the scanned files says what the origin serves" }
        : { kind: "application" as const, evidence: `${input.product} caches the pages the site renders` });
    this.#builder.set("origin", { ...origin, platform: this.#platform(input.product) });
    return this.#builder.build(input);
  }

  /** What renders the cached pages, from the product and the configuration's own words. */
  #platform(product: string): PageCacheOriginFacts["platform"] {
    if (WORDPRESS_PLUGINS.has(product) || this.#platformHints.some((text) => WORDPRESS_MARKER.test(text))) return "wordpress";
    if (this.#platformHints.some((text) => PHP_MARKER.test(text))) return "php";
    return unknownValue("nothing in the scanned files says what renders the pages behind this cache (WordPress, another PHP application, or something else), so which cookies carry a visitor's session is not known");
  }
}
