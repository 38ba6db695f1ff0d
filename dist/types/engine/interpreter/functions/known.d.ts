/**
 * `known(x, fallback)`: `x`, or `fallback` when `x` is (or holds) a value that cannot be known
 * statically. Unlike `isUnknown`, the policy decides what an unknown value means here, so reads
 * of `x` through it never make the check unknown: `known(subject.bucket, '')` treats a bucket
 * name built from variables as no name at all (see docs/functions.md).
 */
export declare const known: import("@bufbuild/cel").CelFunc;
