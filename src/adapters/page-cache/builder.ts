import type { Subject } from "../../types.js";
import { NormalizedBuilder } from "../normalized/builder.js";
import type { Origin } from "../normalized/source-map.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import type { PageCacheOrigin, PageCacheScope, PageCacheValue, PatternRule } from "./shape.js";

/** Products that cache whatever an origin elsewhere serves; the others are part of the site itself. */
const IN_FRONT_OF_AN_ORIGIN = new Set(["cloudfront", "cloudflare", "netlify", "vercel"]);

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
      origin: { kind: "unknown", evidence: "" },
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

  /** States what the cache stores pages of, at the setting that shows it. */
  origin(origin: PageCacheOrigin, at?: Origin): this {
    this.#origin = origin;
    if (at) this.#builder.origin(["origin"], at);
    return this;
  }

  /** The finished subject. */
  build(input: { id: string; product: string; format: string; meta?: Record<string, unknown> }): Subject {
    this.#builder.set(
      "origin",
      this.#origin ??
        (IN_FRONT_OF_AN_ORIGIN.has(input.product)
          ? { kind: "unknown", evidence: "nothing in the scanned files says what the origin serves" }
          : { kind: "application", evidence: `${input.product} caches the pages the site renders` }),
    );
    return this.#builder.build(input);
  }
}
