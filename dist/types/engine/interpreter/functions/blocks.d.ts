/**
 * `blocks(x)`: the nested blocks `x` holds, as a list. HCL gives a block as a list of objects,
 * Terraform JSON may write a single block as one object; `blocks(subject.settings).exists(s, ...)`
 * reads both. An absent value (`null`) has no blocks. The evaluator reads through it as
 * through a field, so a resource reference inside one block does not make the others unknown.
 */
export declare const blocks: import("@bufbuild/cel").CelFunc;
