import type { Adapter } from "../adapter.js";
import { awsSecurityGroupAdapter } from "./aws-security-group.js";
import { awsSecurityGroupPlanAdapter } from "./aws-security-group-plan.js";
import { ciliumAdapter } from "./cilium.js";
import { composeAdapter } from "./compose.js";
import { hardenRunnerAdapter } from "./harden-runner.js";
import { istioAdapter } from "./istio.js";
import { withKubernetesObjects } from "./k8s-objects.js";
import { kubernetesNetworkPolicyAdapter } from "./kubernetes.js";
import { squidAdapter } from "./squid.js";

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

/** Formats the `egress-policy` adapters read. */
export const egressPolicyFormats: readonly string[] = ["kubernetes", "terraform", "terraform-plan", "squid", "github-workflow", "compose", "dotenv"];

/** Formats read to complete the subjects of another format: the `.env` beside a Compose file fills in its `${VARIABLES}`. */
export const egressPolicyJoinFormats: Readonly<Record<string, readonly string[]>> = { compose: ["dotenv"] };
