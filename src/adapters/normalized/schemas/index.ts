import type { SubjectKind } from "../../../types.js";
import { egressPolicySchema } from "./egress-policy.js";
import type { SubjectKindSchema } from "./field-schema.js";
import { identityPolicySchema } from "./identity-policy.js";
import { pageCacheSchema } from "./page-cache.js";
import { responseHeadersSchema } from "./response-headers.js";
import { documentSchema, kubernetesObjectSchema, repositorySchema, terraformResourceSchema } from "./raw-kinds.js";
import { updatePolicySchema } from "./update-policy.js";

/** Subject kind → what a policy may read of its subjects. Published as `schemas/subjects/<kind>.schema.json`. */
export const subjectSchemas: Readonly<Record<SubjectKind, SubjectKindSchema>> = {
  document: documentSchema,
  "egress-policy": egressPolicySchema,
  "identity-policy": identityPolicySchema,
  "kubernetes-object": kubernetesObjectSchema,
  "page-cache": pageCacheSchema,
  repository: repositorySchema,
  "response-headers": responseHeadersSchema,
  "terraform-resource": terraformResourceSchema,
  "update-policy": updatePolicySchema,
};
