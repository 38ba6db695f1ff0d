import type { DocPath, PathSegment } from "../types.js";
/**
 * A segment of a path pattern: a concrete key or index, or a wildcard. `a.*` is every value of a
 * map or element of a list; `a[*]` is every element of a list, and a single object counts as a
 * list of one (`blocks`): Terraform JSON writes one nested block as an object, HCL as a list.
 */
export type PatternSegment = PathSegment | {
    wildcard: true;
    blocks?: true;
};
/** Thrown only at policy load time, where the loader turns it into a positioned policy error. */
export declare class PathSyntaxError extends Error {
}
/**
 * Parses `a.b[0]`, `a[*]`, `a.*`, `a["x.y"]` into segments. Paths come from policy files,
 * so errors name the column to fix.
 */
export declare function parsePath(source: string): PatternSegment[];
/** Every concrete path under `value` that matches `pattern`, in document order. */
export declare function expandPath(value: unknown, pattern: readonly PatternSegment[]): Array<{
    path: DocPath;
    value: unknown;
}>;
/** Reads the value at a concrete path, or undefined. */
export declare function valueAt(value: unknown, path: DocPath): unknown;
/** `spec.containers[0].image`, `metadata.labels["app.kubernetes.io/name"]`. */
export declare function formatPath(path: DocPath): string;
