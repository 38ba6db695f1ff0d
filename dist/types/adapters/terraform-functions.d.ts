/**
 * Terraform's list, map and string functions that registry modules use to shape their inputs
 * (`concat(var.a, var.b)`, `compact(split(",", lookup(r, "cidr_blocks", "")))`, `keys(var.m)`),
 * computed as Terraform computes them on known values. `undefined` where the function is not one
 * of these, an argument is not known whole (it holds an expression), or Terraform would fail
 * (wrong types, `element` of an empty list): the caller then keeps the expression unknown.
 */
export declare function collectionFunction(name: string, args: readonly unknown[]): unknown;
