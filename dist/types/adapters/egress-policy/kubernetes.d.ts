import type { Adapter } from "../adapter.js";
import { type K8sObject } from "./k8s-objects.js";
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
/** A Namespace, or a policy whose namespace is a zone even without its Namespace object (see `implied`). */
export declare function makesZone(object: K8sObject): boolean;
