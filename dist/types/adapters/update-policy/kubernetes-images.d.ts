import type { DocPath, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { type Kustomization } from "./kustomize-images.js";
/** Where pod specs sit: Pod; Deployment, StatefulSet, DaemonSet, ReplicaSet, Job (and look-alike custom resources); CronJob. */
export declare const POD_SPECS: readonly DocPath[];
/** The value at `path`, through objects and lists, or undefined. */
export declare function valueAt(value: unknown, path: DocPath): unknown;
/** The images an object's pod spec runs (`containers`, not init containers), each with its path in the object. */
export declare function containerImages(object: Record<string, unknown>): Array<{
    image: string;
    path: DocPath;
}>;
/**
 * One subject per container of every Kubernetes object that has a pod spec, whatever its kind
 * (policies filter by `meta.objectKind`). A container without `image` (left to a mutating
 * webhook or a higher-level tool) is unknown, not pinned. An image a Kustomization's `images:`
 * overrides is checked as each build that includes the file makes it.
 */
export declare function kubernetesImageSubjects(documents: readonly ParsedDocument[], roots: readonly string[], builds?: readonly Kustomization[]): Subject[];
