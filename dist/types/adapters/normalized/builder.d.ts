import type { DocPath, Subject } from "../../types.js";
import { SourceMap, type Origin } from "./source-map.js";
/** Field names of `V` whose values are lists. */
type ListFields<V> = {
    [K in keyof V]-?: NonNullable<V[K]> extends ReadonlyArray<unknown> ? K : never;
}[keyof V] & string;
/** The element type of list field `K` of `V`. */
type ElementOf<V, K extends keyof V> = NonNullable<V[K]> extends ReadonlyArray<infer E> ? E : never;
/**
 * The one way to make a normalized subject (`page-cache`, `identity-policy`, `update-policy`,
 * `egress-policy`): fields are set together with the place in a document they were read from,
 * so no adapter can forget the source map, and a finding on any field — or any element of a
 * list field — points at the product's own line. Product builders (PageCacheBuilder,
 * IdentityBuilder) wrap it with the vocabulary of their kind; the value's shape is the kind's
 * published schema (src/adapters/normalized/schemas).
 */
export declare class NormalizedBuilder<V extends object> {
    readonly kind: string;
    readonly value: V;
    readonly sources: SourceMap;
    /** @param root Where the subject as a whole is: findings on fields with no origin of their own land here. */
    constructor(kind: string, root: Origin, initial: V);
    /** Sets a field, and where it was read when known. */
    set<K extends keyof V & string>(field: K, value: V[K], at?: Origin): this;
    /** Appends to a list field; the element keeps its own origin. */
    push<K extends ListFields<V>>(field: K, element: ElementOf<V, K>, at: Origin): this;
    /** Records where the value at a deeper path was read (a whole list's setting, a nested field). */
    origin(path: DocPath, at: Origin): this;
    /** The subject; `meta.product` is `product`. */
    build(input: {
        id: string;
        product: string;
        format: string;
        meta?: Record<string, unknown>;
    }): Subject;
}
export {};
