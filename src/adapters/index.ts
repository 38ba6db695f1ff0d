import type { SubjectKind } from "../types.js";
import type { Adapter, AdapterStream } from "./adapter.js";
import { documentAdapter, documentStream } from "./document.js";
import { egressPolicyAdapter, egressPolicyFormats, egressPolicyJoinFormats, egressPolicyStream } from "./egress-policy/index.js";
import { identityPolicyAdapter, identityPolicyFormats } from "./identity-policy/index.js";
import { kubernetesObjectAdapter, kubernetesObjectStream } from "./kubernetes-object.js";
import { pageCacheAdapter, pageCacheFormats } from "./page-cache/index.js";
import { repositoryAdapter } from "./repository.js";
import { responseHeadersAdapter, responseHeadersFormats } from "./response-headers/index.js";
import { terraformResourceSubjects } from "./terraform-resource.js";
import { updatePolicyAdapter, updatePolicyFormats, updatePolicyJoinFormats, updatePolicyStream } from "./update-policy/index.js";

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

/**
 * Per kind, the formats its adapter reads to complete the subjects of a format (target format →
 * formats joined in). A policy that narrows `target.formats` still gets them parsed, so that
 * its subjects are the ones an unnarrowed policy sees.
 */
export const adapterJoinFormats: Readonly<Partial<Record<SubjectKind, Readonly<Record<string, readonly string[]>>>>> = {
  "update-policy": updatePolicyJoinFormats,
  "egress-policy": egressPolicyJoinFormats,
};

/**
 * Per kind, how its adapter takes documents in batches as files are read (docs/streaming.md). A
 * kind without one reads its formats' documents once every file is read.
 */
export const adapterStreams: Readonly<Partial<Record<SubjectKind, AdapterStream>>> = {
  document: documentStream,
  "kubernetes-object": kubernetesObjectStream,
  "update-policy": updatePolicyStream,
  "egress-policy": egressPolicyStream,
};
