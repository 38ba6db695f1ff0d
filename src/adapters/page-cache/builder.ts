import type { Subject } from "../../types.js";
import { SourceMap, type Origin } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import type { PageCacheOrigin, PageCacheScope, PageCacheValue, PatternRule } from "./shape.js";

/** Products that cache whatever an origin elsewhere serves; the others are part of the site itself. */
const IN_FRONT_OF_AN_ORIGIN = new Set(["cloudfront", "cloudflare", "netlify", "vercel"]);

type ListField = "appliesTo" | "excludedPaths" | "bypassCookies" | "forcedPublic";
type FlagField = "enabled" | "servesLoggedIn" | "overridesPrivate";

/**
 * Collects one `page-cache` subject field by field, recording each field's origin as it is
 * set, so that adapters cannot forget the source map. Fields start at the safe defaults of a
 * cache that stores nothing; each adapter states what its product does.
 */
export class PageCacheBuilder {
  readonly value: PageCacheValue;
  readonly sources: SourceMap;

  constructor(root: Origin, scope: PageCacheScope, name: string) {
    this.sources = new SourceMap(root);
    this.value = {
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
    };
  }

  /** Sets a yes/no field, read from `origin`. */
  flag(field: FlagField, value: boolean | UnknownMarker, origin?: Origin): this {
    this.value[field] = value;
    if (origin) this.sources.add([field], origin);
    return this;
  }

  /** Names where a list field is configured, so that a finding about a missing entry points there. */
  listOrigin(field: ListField | "unresolvedExclusions" | "cachedMethods", origin: Origin): this {
    this.sources.add([field], origin);
    return this;
  }

  /** Appends a rule read from `origin`. */
  rule(field: ListField, rule: PatternRule, origin: Origin): this {
    const list = this.value[field];
    this.sources.add([field, list.length], origin);
    list.push(rule);
    return this;
  }

  /** A cookie setting that cannot be read statically: checks of the cookies become unknown. */
  unknownCookies(marker: UnknownMarker, origin: Origin): this {
    const list = this.value.bypassCookies;
    this.sources.add(["bypassCookies", list.length], origin);
    list.push(marker);
    return this;
  }

  /** An exclusion that cannot be read statically. */
  unresolvedExclusion(marker: UnknownMarker, origin: Origin): this {
    const list = this.value.unresolvedExclusions;
    this.sources.add(["unresolvedExclusions", list.length], origin);
    list.push(marker);
    return this;
  }

  /** Sets the cached methods, read from `origin`. */
  methods(methods: string[], origin?: Origin): this {
    this.value.cachedMethods = methods;
    if (origin) this.sources.add(["cachedMethods"], origin);
    return this;
  }

  /** States what the cache stores pages of, at the setting that shows it. */
  origin(origin: PageCacheOrigin, at?: Origin): this {
    this.#origin = origin;
    if (at) this.sources.add(["origin"], at);
    return this;
  }

  #origin: PageCacheOrigin | undefined;

  /** The finished subject. */
  build(input: { id: string; product: string; format: string; meta?: Record<string, unknown> }): Subject {
    this.value.origin =
      this.#origin ??
      (IN_FRONT_OF_AN_ORIGIN.has(input.product)
        ? { kind: "unknown", evidence: "nothing in the scanned files says what the origin serves" }
        : { kind: "application", evidence: `${input.product} caches the pages the site renders` });
    return normalizedSubject({
      kind: "page-cache",
      id: input.id,
      product: input.product,
      format: input.format,
      value: { ...this.value },
      sources: this.sources,
      ...(input.meta ? { meta: input.meta } : {}),
    });
  }
}
