/**
 * The value of a Terraform expression that decides how many instances a resource has
 * (`count = var.create && var.enabled ? length(var.rules) : 0`,
 * `for_each = var.create ? var.buckets : {}`), computed from the module's literal variable
 * defaults (after a caller's arguments) and locals. Only what such expressions are made of is
 * understood: literals (numbers, strings, booleans, null, tuples, objects), `var.x`, `local.x`,
 * `count.index`, `each.key`, `each.value` (inside an instance), `!`, `-`, `&&`, `||`, `==`,
 * `!=`, `<`, `<=`, `>`, `>=`, `? :`, parentheses, indexes and attributes of known values
 * (`var.rules[var.names[count.index]][0]`, `each.value.port`), `length()`, `toset()`,
 * `lookup()`, `coalesce()`, `merge()` and `try()`, the list, map and string functions of
 * terraform-functions.ts (`concat`, `compact`, `split`, `join`, `keys`, …), and `for` expressions
 * (`{ for k, v in var.rules : k => v if var.create }`, `[for r in var.rules : r.port]`).
 * Quoted templates (`"${var.prefix}-logs"`) are rendered when every interpolation gives a
 * string, number or boolean. Anything else (another function, an attribute of a resource,
 * template directives) makes the result undefined: the caller keeps the expression, unknown
 * where it matters.
 */
export declare function evaluateExpression(text: string, files: readonly unknown[], instance?: InstanceScope): unknown;
/** `count.index`, or `each.key` and `each.value`, inside one instance of a resource. */
export interface InstanceScope {
    countIndex?: number;
    each?: {
        key: string;
        value: unknown;
    };
    /** The iterators of the `dynamic` blocks being generated around the expression (`ingress.value`). */
    iterators?: Readonly<Record<string, {
        key: unknown;
        value: unknown;
    }>>;
}
