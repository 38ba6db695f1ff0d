/**
 * A variable's value as Terraform converts it to its type constraint: attributes an object
 * leaves out are filled in with their `optional(type, default)` defaults (in nested objects,
 * list and set elements and map values too). `{}` under
 * `object({ enabled = optional(bool, false) })` is `{ enabled = false }`. Undefined when the
 * type cannot be read or a default is not a literal: the value is then not known.
 */
export declare function withTypeDefaults(type: string, value: unknown): {
    value: unknown;
} | undefined;
