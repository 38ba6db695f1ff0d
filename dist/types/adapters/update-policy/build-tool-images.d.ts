import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * The references a build tool of the repository replaces before anything runs: Skaffold
 * rewrites each image named by a `build.artifacts[].image` of a skaffold.yaml to the tag or
 * digest it just built; ko builds every `ko://` import path. Such a reference is a
 * placeholder, not an image that runs: its subject says so in `image.builtBy`.
 */
export declare function withBuildTools(documents: readonly ParsedDocument[], subjects: Subject[], skaffold?: ReadonlySet<string>): Subject[];
/** Every `build.artifacts[].image` of the repository's Skaffold files, profiles included. */
export declare function skaffoldArtifacts(documents: readonly ParsedDocument[]): Set<string>;
