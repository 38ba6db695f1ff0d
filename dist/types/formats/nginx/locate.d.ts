import type { DocPath } from "../../types.js";
import type { Node } from "./tree.js";
/** A span of the text, as string offsets. */
export interface Span {
    start: number;
    end: number;
}
/**
 * The span of the value at `path`, or of its deepest existing ancestor. Paths into the
 * convenience views (`servers`, `includes`) are first turned into the path of the directive
 * that supplied the value, so a finding on `servers/0/locations/1/effective/add_header/0`
 * points at the `add_header` line that is in force there.
 */
export declare function spanOf(nodes: readonly Node[], value: unknown, path: DocPath, whole: Span): Span;
