import type { DocPath, Document } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/** A setting of a Bake target, with where it is written. */
export interface BakeSetting {
    value: unknown;
    document: Document;
    path: DocPath;
}
/** One Bake target (one combination of its matrix) that builds a Dockerfile: the build args and named contexts it sets. */
export interface BakeBuild {
    /** The target's name, as its block is labelled, with the matrix combination when it has one. */
    target: string;
    /** The Bake file, as the repository names it. */
    file: string;
    args: ReadonlyMap<string, BakeSetting>;
    contexts: ReadonlyMap<string, BakeSetting>;
    /** `args = var.x` or `contexts = var.x`: a map that is not a literal may set anything. */
    unknownMaps: BakeSetting[];
}
/**
 * The Dockerfiles the repository's Bake files build (`docker buildx bake`), each with the targets
 * that build it. A target builds `dockerfile` (default `Dockerfile`) in `context` (default `.`),
 * relative to the Bake file; `inherits` copies a parent's attributes, the child's own winning,
 * its `args` and `contexts` merged key by key. A `matrix` of literal lists makes one build per
 * combination. Values written as a `variable` or a matrix value (`ALPINE = alpine_version`,
 * `"node:${NODE_TAG}"`, `"${item.tag}"`) are read with them. A target whose context or
 * Dockerfile is not a literal, or is a URL, builds nothing this reads.
 */
export declare function bakeBuilds(documents: readonly ParsedDocument[]): Map<string, BakeBuild[]>;
