/**
 * A list or an object with each child that is itself a list or an object replaced by what
 * `visit` gives for it (`a` and `b` passed along): copied on the first child that changes,
 * returned as it is when none does, scalars not visited. The walks over every resource of every
 * Terraform module instance (expressions replaced, `null` attributes dropped, dynamic blocks
 * expanded) leave most of a resource alone, and listing every object's entries or mapping every
 * list was most of their time. Keys are set as own properties, so `__proto__` stays data.
 */
export declare function mapChildren<A, B>(value: object, visit: (child: object, a: A, b: B) => unknown, a: A, b: B): object;
