import type { CompiledPolicy } from "./compiled-policy.js";
/** A kind of Kubernetes object some active policy may read, or not. */
export type KindsRead = (kind: string) => boolean;
/**
 * Which kinds of Kubernetes objects the active policies may read, through their targets and
 * related targets (src/adapters/index.ts, `adapterKubernetesKinds`); `undefined` when every kind
 * may be read, or none is (no policy reads `kubernetes` files, and discovery skips them anyway).
 * Read from each policy as written: a built-in policy compiles only once it has a subject.
 */
export declare function kubernetesKindsRead(policies: readonly CompiledPolicy[]): KindsRead | undefined;
