import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * One subject per `FROM` that pulls an image: not a stage built earlier in the file, not
 * `scratch`. An image depending on an `ARG` without a default stays `{ $expr }`: unknown.
 */
export declare function dockerfileImageSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
