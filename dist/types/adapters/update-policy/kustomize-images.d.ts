import type { DocPath, Document } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/** One `images:` entry of a Kustomization, and where it is written. */
interface ImageOverride {
    name: string;
    newName?: string;
    newTag?: string;
    digest?: string;
    document: Document;
    path: DocPath;
}
/** A Kustomization: the files and directories it builds from, and the image overrides, labels and namespace it applies to them. */
export interface Kustomization {
    dir: string;
    resources: string[];
    images: ImageOverride[];
    /** `commonLabels` and `labels[].pairs`, string values only. */
    labels: Record<string, string>;
    /** `namespace`, when set. */
    namespace?: string;
}
/** The effective image of a container after the Kustomizations that include its file, and where its tag or digest is set. */
export interface KustomizedImage {
    reference: string;
    /** The override that set the tag or digest, when one did. */
    origin?: {
        document: Document;
        path: DocPath;
    };
}
/** Whether a file may hold a Kustomization: its name says so, or its text may name the kind (see mayName). */
export declare const mayHoldKustomization: import("../join-tests.js").JoinTest & {
    readonly parts: readonly import("../join-tests.js").JoinTest[];
};
/** Whether any of the documents is a Kustomization (`kustomizations` would list one). */
export declare function holdsKustomization(documents: readonly ParsedDocument[]): boolean;
/** Every Kustomization among the documents (`kind: Kustomization`, read as `kubernetes`). */
export declare function kustomizations(documents: readonly ParsedDocument[]): Kustomization[];
/** What one `kustomize build` does to the objects of a file: the labels it adds and the namespace it sets. */
export interface KustomizeBuild {
    /** Directory of the top-level Kustomization. */
    build: string;
    labels: Record<string, string>;
    namespace?: string;
}
/**
 * The builds that include `file`, one per top-level Kustomization, with the labels its chain
 * adds (bases first, so the top's win) and the namespace it sets (the top-most one that sets
 * it, as kustomize's namespace transformer runs last there). Empty when no build includes it.
 */
export declare function kustomizeBuilds(file: string, all: readonly Kustomization[]): KustomizeBuild[];
/**
 * The images a container's `reference` becomes in the `kustomize build`s that include its
 * `file`: one result per top-level Kustomization (one not itself a resource of another that
 * includes the file), applying the `images:` overrides of its bases first and its own last, as
 * kustomize does (`newName` replaces the name; `digest`, else `newTag`, replaces the tag). With
 * no override on the way, the reference is what the manifest says.
 */
export declare function kustomize(reference: string, file: string, all: readonly Kustomization[]): Array<KustomizedImage & {
    build?: string;
}>;
export {};
