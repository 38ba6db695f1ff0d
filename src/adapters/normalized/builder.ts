import type { DocPath, Subject } from "../../types.js";
import { SourceMap, type Origin } from "./source-map.js";
import { normalizedSubject } from "./subject.js";

/** Field names of `V` whose values are lists. */
type ListFields<V> = { [K in keyof V]-?: NonNullable<V[K]> extends ReadonlyArray<unknown> ? K : never }[keyof V] & string;
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
export class NormalizedBuilder<V extends object> {
  readonly value: V;
  readonly sources: SourceMap;

  /** @param root Where the subject as a whole is: findings on fields with no origin of their own land here. */
  constructor(readonly kind: string, root: Origin, initial: V) {
    this.sources = new SourceMap(root);
    this.value = initial;
  }

  /** Sets a field, and where it was read when known. */
  set<K extends keyof V & string>(field: K, value: V[K], at?: Origin): this {
    this.value[field] = value;
    if (at) this.sources.add([field], at);
    return this;
  }

  /** Appends to a list field; the element keeps its own origin. */
  push<K extends ListFields<V>>(field: K, element: ElementOf<V, K>, at: Origin): this {
    const current = (this.value[field] ?? []) as unknown as unknown[];
    if (this.value[field] === undefined) (this.value as Record<string, unknown>)[field] = current;
    this.sources.add([field, current.length], at);
    current.push(element);
    return this;
  }

  /** Records where the value at a deeper path was read (a whole list's setting, a nested field). */
  origin(path: DocPath, at: Origin): this {
    this.sources.add(path, at);
    return this;
  }

  /** The subject; `meta.product` is `product`. */
  build(input: { id: string; product: string; format: string; meta?: Record<string, unknown> }): Subject {
    return normalizedSubject({
      kind: this.kind,
      id: input.id,
      product: input.product,
      format: input.format,
      value: { ...this.value } as Record<string, unknown>,
      sources: this.sources,
      ...(input.meta ? { meta: input.meta } : {}),
    });
  }
}
