/**
 * `dynamic "X" { for_each = ...; content { ... } }` generates X blocks at plan time. A policy
 * asks the resource for `X`, not for `dynamic.X`, so without this a bucket whose `encryption`
 * block is generated would look like a bucket with none and fail. Here each resource value
 * (nested blocks included) gains `X`, as Terraform would see it:
 * - `for_each` over an empty literal generates nothing;
 * - over a literal list or map, one copy of `content` per element (values naming the
 *   iterator stay expressions, so reading them is unknown);
 * - over anything else, an unknown marker: how many blocks, and which, is known only to a plan.
 * Static X blocks written next to the dynamic one are kept before the generated ones.
 * `dynamic` itself stays, so references inside it still join resources (`meta.attached`).
 */
export declare function withDynamicBlocks(value: unknown): unknown;
