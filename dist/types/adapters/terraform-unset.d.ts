/**
 * `attribute = null` in Terraform means "not set": the provider's default applies, exactly as
 * when the line is missing. Dropping such attributes (in nested blocks too) lets a policy's
 * `has(subject.x)` mean "set" in `.tf` files as it does in plans, which leave nulls out.
 * List elements are kept: a null element is a value of the list.
 */
export declare function withoutNullAttributes(value: unknown): unknown;
