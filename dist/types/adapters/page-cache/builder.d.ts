import type { Subject } from "../../types.js";
import type { Origin } from "../normalized/source-map.js";
import { type UnknownMarker } from "../normalized/unknown.js";
import type { PageCacheOrigin, PageCacheScope, PatternRule } from "./shape.js";
type ListField = "appliesTo" | "excludedPaths" | "bypassCookies" | "forcedPublic";
type FlagField = "enabled" | "servesLoggedIn" | "overridesPrivate";
/**
 * Collects one `page-cache` subject field by field on the shared NormalizedBuilder, so each
 * field's origin is recorded as it is set. Fields start at the safe defaults of a cache that
 * stores nothing; each adapter states what its product does.
 */
export declare class PageCacheBuilder {
    #private;
    constructor(root: Origin, scope: PageCacheScope, name: string);
    /** Sets a yes/no field, read from `origin`. */
    flag(field: FlagField, value: boolean | UnknownMarker, origin?: Origin): this;
    /** Names where a list field is configured, so that a finding about a missing entry points there. */
    listOrigin(field: ListField | "unresolvedExclusions" | "cachedMethods", origin: Origin): this;
    /** Appends a rule read from `origin`. */
    rule(field: ListField, rule: PatternRule, origin: Origin): this;
    /** A cookie setting that cannot be read statically: checks of the cookies become unknown. */
    unknownCookies(marker: UnknownMarker, origin: Origin): this;
    /** An exclusion that cannot be read statically. */
    unresolvedExclusion(marker: UnknownMarker, origin: Origin): this;
    /** Sets the cached methods, read from `origin`. */
    methods(methods: string[], origin?: Origin): this;
    /**
     * Configuration text around the cache (an nginx server's directives, a distribution's path
     * patterns) in which WordPress's or PHP's paths and cookies show what renders its pages.
     */
    platformHint(text: string): this;
    /** States what the cache stores pages of, at the setting that shows it. */
    origin(origin: PageCacheOrigin, at?: Origin): this;
    /** The finished subject. */
    build(input: {
        id: string;
        product: string;
        format: string;
        meta?: Record<string, unknown>;
    }): Subject;
}
export {};
