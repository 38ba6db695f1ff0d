import type { ParsedCel } from "./cel-preparsed.js";
type Expr = NonNullable<ParsedCel["expr"]>;
/**
 * The dotted name an expression spells (`a.b.c`), or undefined: how the interpreter reads a
 * call's target when it looks for a namespaced function (`strings.quote(x)`) before a method.
 */
export declare function qualifiedName(expr: Expr | undefined): string | undefined;
export {};
