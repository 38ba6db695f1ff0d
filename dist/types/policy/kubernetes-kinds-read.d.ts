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
