import type { DocPath, Document } from "../../types.js";
import { type UnknownMarker } from "../normalized/unknown.js";
import type { BakeBuild } from "./bake-builds.js";
/** What a `FROM` pulls when a Bake target builds the Dockerfile. */
export interface BakeOutcome {
    reference: string | UnknownMarker;
    /** The args make the `FROM` name an earlier stage of the file: built there, no image pulled. */
    stage?: boolean;
    /** The base is another Bake target, or files of the repository: built, not pulled. */
    builtBy?: "bake";
    /** The Bake setting that decides it. */
    origin: {
        document: Document;
        path: DocPath;
    };
    /** The target, for the subject's name when targets differ. */
    target: string;
}
/**
 * The image a `FROM` pulls under one Bake target: its `args` replace the global `ARG` defaults
 * (`ARG from_tag=debian:12` with `args = { from_tag = "debian:12.5" }`), and a named context whose
 * key is the resulting name replaces the image itself (`contexts = { base = "target:base" }` is a
 * target built in the same run; `docker-image://alpine:3.20` another image), and a name that
 * is now an earlier stage's is that stage. Undefined where the target changes nothing for this
 * `FROM`. A value that is not a literal makes it unknown.
 */
export declare function underBake(from: string, defaults: Readonly<Record<string, unknown>>, build: BakeBuild, earlierStages: ReadonlySet<string>): BakeOutcome | undefined;
