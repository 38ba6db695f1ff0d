import type { Adapter, AdapterStream, ParsedDocument } from "../adapter.js";
import type { Subject } from "../../types.js";
import { withValue } from "../../formats/yaml.js";
import { holdsKustomization, kustomizations, kustomizeBuilds, mayHoldKustomization } from "../update-policy/kustomize-images.js";
import { zoneCopy } from "./zone-copy.js";
import { mayName } from "../may-name.js";
import { awsSecurityGroupAdapter } from "./aws-security-group.js";
import { awsSecurityGroupPlanAdapter } from "./aws-security-group-plan.js";
import { ciliumAdapter } from "./cilium.js";
import { composeAdapter } from "./compose.js";
import { hardenRunnerAdapter } from "./harden-runner.js";
import { istioAdapter } from "./istio.js";
import { kubernetesObjects, objectNamespaces, withKubernetesObjects, type K8sObject } from "./k8s-objects.js";
import { kubernetesNetworkPolicyAdapter, namespacesOf, zoneNamespaces } from "./kubernetes.js";
import { squidAdapter } from "./squid.js";
import { anyJoinTest, textMayName } from "../join-tests.js";

const products: readonly Adapter[] = [
  kubernetesNetworkPolicyAdapter,
  ciliumAdapter,
  istioAdapter,
  awsSecurityGroupAdapter,
  awsSecurityGroupPlanAdapter,
  squidAdapter,
  hardenRunnerAdapter,
  composeAdapter,
];

/** `egress-policy` subjects: one normalized control across products. Each product is an adapter module in this folder. */
export const egressPolicyAdapter: Adapter = (input) => withKubernetesObjects(input.documents, () => products.flatMap((product) => product(input)));

/**
 * The kinds a `kubernetes` document makes an egress subject of, or joins one with: a Namespace and
 * NetworkPolicies (Cilium's included) make namespace zones; ServiceEntries, Sidecars, an
 * IstioOperator and the `istio` ConfigMap make Istio's.
 */
const EGRESS_WORDS = ["Namespace", "NetworkPolicy", "ServiceEntry", "Sidecar", "IstioOperator", "istio"];
const namesEgressObject = textMayName(EGRESS_WORDS);

/**
 * An object whose `apiVersion`, `kind` or name holds one of those words: every object the
 * products here make a subject of or join others with does (an Istio ConfigMap is named `istio`),
 * and so do a few more (a CustomResourceDefinition `sidecars.networking.istio.io`).
 */
const isEgressObject = (object: K8sObject): boolean =>
  EGRESS_WORDS.some((word) => object.kind.includes(word) || object.apiVersion.includes(word) || object.name.includes(word));

/**
 * Batches of `kubernetes` documents that name none of those kinds. A batch makes no subject (the
 * products here make none of workloads alone; test/adapters/egress-policy/streams.test.ts holds
 * them to it): a workload only adds its images to the zone of its namespace. So of a workload
 * deployed to a namespace that is a zone, a copy holding its images is kept for the end; the
 * rest is let go.
 */
export const egressPolicyStream: AdapterStream = {
  takes: (format) => format === "kubernetes",
  // Kustomizations too: a build's namespace places the workloads it names in a zone. (When only
  // this kind reads manifests, no other kind's test would read them first.)
  joins: anyJoinTest(namesEgressObject, mayHoldKustomization),
  joinsWith: (documents) => holdsKustomization(documents) || kubernetesObjects(documents).some(isEgressObject),
  keepsOnly: true,
  keepWords: objectNamespaces,
  prepare(context) {
    const builds = kustomizations(context);
    const zones = zoneNamespaces(kubernetesObjects(context), builds);
    const subjects = (): Subject[] => [];
    if (zones.size === 0) return { subjects };
    const keep = (parsed: ParsedDocument): ParsedDocument | undefined => {
      const inZone = kubernetesObjects([parsed]).some((object) => namespacesOf(object, builds).some((namespace) => zones.has(namespace)));
      const copy = inZone ? zoneCopy(parsed.document.value) : undefined;
      return copy === undefined ? undefined : { document: withValue(parsed.document, copy), format: parsed.format };
    };
    // A workload is in a zone through a build that includes its file, or by its own namespace,
    // which its text names (`default` by naming none).
    const namesZone = mayName([...zones]);
    const mayKeep = (path: string, text: string): boolean => zones.has("default") || kustomizeBuilds(path, builds).length > 0 || namesZone(text);
    const mayKeepWords = (path: string, namespaces: readonly string[]): boolean => namespaces.some((namespace) => zones.has(namespace)) || kustomizeBuilds(path, builds).length > 0;
    return { subjects, keep, mayKeep, mayKeepWords };
  },
};

/** Formats the `egress-policy` adapters read. */
export const egressPolicyFormats: readonly string[] = ["kubernetes", "terraform", "terraform-plan", "squid", "github-workflow", "compose", "dotenv"];

/** Formats read to complete the subjects of another format: the `.env` beside a Compose file fills in its `${VARIABLES}`. */
export const egressPolicyJoinFormats: Readonly<Record<string, readonly string[]>> = { compose: ["dotenv"] };
