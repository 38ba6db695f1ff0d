import type { DocPath, Document, Range } from "../../types.js";
/** Where a normalized field came from: a value inside a parsed document. */
export interface Origin {
    /** The document holding the source value. */
    document: Document;
    /** Path of the source value in that document. */
    path: DocPath;
    /**
     * Whether the rest of a deeper normalized path can be appended to `path` (true when the
     * normalized field copies the source structure, e.g. a list of rules kept as is).
     */
    follow?: boolean;
}
/** A position a finding can point at. */
export interface Traced {
    /** File of the source value. */
    file: string;
    /** Its range in that file. */
    range: Range;
    /** Its path in that file's document. */
    path: DocPath;
}
/** `path`, or an equal one recorded before. */
export declare function sharedPath(path: DocPath): DocPath;
/**
 * Maps paths of a normalized subject back to the source values they were read from. A
 * normalized subject may gather fields from several files (a cache plugin's settings and the
 * site's nginx, a security group and its separate rules); every field keeps its own origin, and
 * a path with no origin of its own falls back to the nearest ancestor that has one.
 */
export declare class SourceMap {
    #private;
    readonly root: Origin;
    /** @param root Origin of the subject as a whole (its path is `[]`). */
    constructor(root: Origin);
    /** Records that the normalized value at `path` was read from `origin`. Returns `this`. */
    add(path: DocPath, origin: Origin): this;
    /** The origin recorded for `path` exactly, if any. */
    get(path: DocPath): Origin | undefined;
    /** The source position of the normalized value at `path`. */
    trace(path: DocPath): Traced;
    /** `trace`, as a function of its own for a subject to hold: bound, it needs no closure and context per subject. */
    tracer(): (path: DocPath) => Traced;
}
