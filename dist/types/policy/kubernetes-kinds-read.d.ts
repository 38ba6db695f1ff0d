import type { SubjectKind } from "../types.js";
import type { CompiledPolicy } from "./compiled-policy.js";
/** Which kinds of Kubernetes objects some active policy may read. */
export interface KindsRead {
    (kind: string): boolean;
    /**
     * Every kind none reads, when they are few (every kind but CustomResourceDefinition is read by
     * the built-in pack): a file that names none of them holds no object to leave out.
     */
    readonly unread?: readonly string[];
}
/**
 * Which kinds of Kubernetes objects the active policies may read, through their targets and
 * related targets (src/adapters/index.ts, `adapterKubernetesKinds`); `undefined` when every kind
 * may be read, or none is (no policy reads `kubernetes` files, and discovery skips them anyway).
 * Read from each policy as written: a built-in policy compiles only once it has a subject.
 */
export declare function kubernetesKindsRead(policies: readonly CompiledPolicy[]): KindsRead | undefined;
/**
 * For a kind whose adapter makes a subject of every object (or document) it is given
 * (`adapterKubernetesKinds`, `subjects`): the Kubernetes objects some active policy reading that
 * kind may select, by their `kind` (its targets' and related targets' literal `where` on
 * `subject.kind`, and the kinds in `also`). Any other object would be made a subject every such
 * policy refutes unread: a Deployment made a `kubernetes-object` for a policy of
 * StatefulSets, or a `document` for policies of other formats. Undefined when some policy may
 * select any object.
 */
export declare function kubernetesObjectsReadAs(policies: readonly CompiledPolicy[], subjectKind: SubjectKind): ((kind: string) => boolean) | undefined;
