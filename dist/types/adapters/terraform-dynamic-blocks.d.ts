/**
 * `dynamic "X" { for_each = ...; content { ... } }` generates X blocks at plan time. A policy
 * asks the resource for `X`, not for `dynamic.X`, so without this a bucket whose `encryption`
 * block is generated would look like a bucket with none and fail. Here each resource value
 * (nested blocks included) gains `X`, as Terraform would see it:
 * - `for_each` over an empty literal generates nothing;
 * - over a literal list or map, one copy of `content` per element, its expressions computed
 *   with the iterator (`ingress.value.port`) where `evaluate` can, expressions otherwise;
 * - over anything else, an unknown marker: how many blocks, and which, is known only to a plan.
 * Static X blocks written next to the dynamic one are kept before the generated ones.
 * `dynamic` itself stays, so references inside it still join resources (`meta.attached`).
 */
export declare function withDynamicBlocks(value: unknown, evaluate?: Evaluate, iterators?: Iterators): unknown;
/** Computes an expression with the iterators of the dynamic blocks around it; undefined when it cannot. */
export type Evaluate = (text: string, iterators: Iterators) => unknown;
type Iterators = Readonly<Record<string, {
    key: unknown;
    value: unknown;
}>>;
export {};
