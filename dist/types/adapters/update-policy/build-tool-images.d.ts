import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * Image facts every container-image subject carries, and the references a build tool of the
 * repository replaces before anything runs: Skaffold rewrites each image named by a
 * `build.artifacts[].image` of a skaffold.yaml to the tag or digest it just built; ko builds
 * every `ko://` import path. Such a reference is a placeholder, not an image that runs.
 */
export declare function withBuildTools(documents: readonly ParsedDocument[], subjects: Subject[]): Subject[];
/** `registry:5000/team/app:1.2@sha256:…` → tag `1.2`, digest true; a reference without a tag has tag null. */
export declare function imageFacts(reference: string): {
    tag: string | null;
    digest: boolean;
};
