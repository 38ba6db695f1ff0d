import type { Adapter } from "../adapter.js";
import { type K8sObject } from "./k8s-objects.js";
import { type Kustomization } from "../update-policy/kustomize-images.js";
/**
 * Kubernetes NetworkPolicy, one zone per Namespace object of the run. A pod may reach anything
 * until a policy with `Egress` selects it, so the namespace is default-deny only when some
 * policy selects every pod (`podSelector: {}`) for egress; a CiliumNetworkPolicy selecting every
 * endpoint with egress rules does the same (unless `enableDefaultDeny.egress: false`). Allowed
 * destinations are the egress rules of every NetworkPolicy of the namespace: policies are
 * additive, so a rule meant for one pod still opens that pod's path out. `images` lists what the
 * namespace's workloads run, so a policy can tell a database's namespace by its image. An object
 * a Kustomize build includes is in the namespace the build sets, as `kustomize build` makes it.
 */
export declare const kubernetesNetworkPolicyAdapter: Adapter;
/**
 * The namespaces that are zones: every Namespace object's, and every namespace a NetworkPolicy
 * or CiliumNetworkPolicy is deployed to (see `implied`).
 */
export declare function zoneNamespaces(objects: readonly K8sObject[], builds: readonly Kustomization[]): Set<string>;
/**
 * The namespaces an object is deployed to: the one each Kustomize build that includes its file
 * sets (kustomize's namespace overrides the object's own), else its own, else `default`. A base
 * that two overlays build into two namespaces is in both.
 */
export declare function namespacesOf(object: K8sObject, builds: readonly Kustomization[]): string[];
