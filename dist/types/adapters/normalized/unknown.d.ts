/**
 * Values that cannot be known statically. Parsers mark a non-literal expression as
 * `{ "$expr": "<source text>" }` (a Terraform `var.x` without a literal default, a computed PHP
 * value); adapters mark a normalized field they cannot decide as `{ "$unknown": "<reason>" }`.
 * The evaluator treats a check that reads either marker as `unknown`, never as a pass.
 */
/** A value that cannot be known statically. */
export type UnknownMarker = {
    $expr: string;
} | {
    $unknown: string;
};
/** The marker an adapter puts where a normalized field cannot be decided. */
export declare function unknownValue(reason: string): UnknownMarker;
/** Whether `value` is an unknown marker (exactly one key, `$expr` or `$unknown`, holding a string). */
export declare function isUnknown(value: unknown): value is UnknownMarker;
/** Why a marker is unknown, in words: the expression text or the adapter's reason. */
export declare function unknownReason(marker: UnknownMarker): string;
/** The first unknown marker inside `value` (depth-first, arrays in order), with its relative path. */
export declare function findUnknown(value: unknown, limit?: number): {
    path: Array<string | number>;
    marker: UnknownMarker;
} | undefined;
