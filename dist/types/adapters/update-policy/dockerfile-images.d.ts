import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * One subject per `FROM` that pulls an image: not a stage built earlier in the file, not
 * `scratch`. An image depending on an `ARG` without a default stays `{ $expr }`: unknown.
 * Where Bake targets of the repository build the file (`docker-bake.hcl`), their args and named
 * contexts decide what each `FROM` pulls, one subject per different outcome.
 */
export declare function dockerfileImages(documents: readonly ParsedDocument[], roots: readonly string[]): {
    subjects: Subject[];
    pullsNothing: Set<string>;
};
