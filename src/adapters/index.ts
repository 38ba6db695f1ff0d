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

/**
 * Per kind whose adapter reads `kubernetes` documents, which objects it may make something of, by
 * their `kind` (src/policy/kubernetes-kinds-read.ts skips the files of objects no active policy
 * reads). `subjects`: every object (or document) is a subject of its own, so a policy's literal
 * `where` on `subject.kind` says which it reads, plus the kinds in `also` (a `List`'s items are
 * subjects; Kustomizations join in). `except`: every kind but these, whatever the policy. A kind
 * reading `kubernetes` that is not here reads every object.
 */
export const adapterKubernetesKinds: Readonly<Partial<Record<SubjectKind, KubernetesKinds>>> = {
  document: { subjects: true, also: [] },
  "kubernetes-object": { subjects: true, also: ["List", "Kustomization"] },
  // Both read objects by their shape (a pod spec, a namespace, network rules, Istio's kinds); a
  // CustomResourceDefinition is a schema of other objects and has none of them.
  "update-policy": { except: ["CustomResourceDefinition"] },
  "egress-policy": { except: ["CustomResourceDefinition"] },
};

/** See {@link adapterKubernetesKinds}. */
export type KubernetesKinds = { subjects: true; also: readonly string[] } | { except: readonly string[] };
