import type { SubjectKind } from "../types.js";
import type { Adapter } from "./adapter.js";
import { documentAdapter } from "./document.js";
import { egressPolicyAdapter, egressPolicyFormats } from "./egress-policy/index.js";
import { identityPolicyAdapter, identityPolicyFormats } from "./identity-policy/index.js";
import { kubernetesObjectAdapter } from "./kubernetes-object.js";
import { pageCacheAdapter, pageCacheFormats } from "./page-cache/index.js";
import { repositoryAdapter } from "./repository.js";
import { responseHeadersAdapter, responseHeadersFormats } from "./response-headers/index.js";
import { terraformResourceSubjects } from "./terraform-resource.js";
import { updatePolicyAdapter, updatePolicyFormats } from "./update-policy/index.js";

/** Subject kind → the adapter producing it. */
export const adapters: Readonly<Record<SubjectKind, Adapter>> = {
  document: documentAdapter,
  "kubernetes-object": kubernetesObjectAdapter,
  repository: repositoryAdapter,
  "terraform-resource": terraformResourceSubjects,
  "page-cache": pageCacheAdapter,
  "update-policy": updatePolicyAdapter,
  "identity-policy": identityPolicyAdapter,
  "egress-policy": egressPolicyAdapter,
  "response-headers": responseHeadersAdapter,
};

/** The formats whose files an adapter can turn into subjects; `undefined` means every format. */
export const adapterFormats: Readonly<Record<SubjectKind, readonly string[] | undefined>> = {
  document: undefined,
  "kubernetes-object": ["kubernetes"],
  repository: [],
  "terraform-resource": ["terraform", "terraform-plan"],
  "page-cache": pageCacheFormats,
  "update-policy": updatePolicyFormats,
  "identity-policy": identityPolicyFormats,
  "egress-policy": egressPolicyFormats,
  "response-headers": responseHeadersFormats,
};
