import type { DocPath } from "../../types.js";
/** A file and a path in that file's document: where a value of a resolved view was written. */
export interface SourcePoint {
    file: string;
    path: DocPath;
}
/**
 * Where the value at `path` (relative to a `resolved` view) was written. Nodes of the view carry
 * their own `file` and `path`; the servers, locations and effective entries of an nginx view
 * carry a `source` path into the view's `directives` instead, which is followed to the directive
 * there. Segments below the last such node (`args/0`, `acls/1/name`) have the same shape in the
 * source document and are appended. Undefined when the path reaches no node with an origin.
 */
export declare function sourceOf(resolved: unknown, path: DocPath): SourcePoint | undefined;
