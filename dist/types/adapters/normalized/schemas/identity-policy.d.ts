import { type SubjectKindSchema } from "./field-schema.js";
/** Fields of an `identity-policy` subject (docs/subjects/identity-policy.md). */
export declare const identityPolicySchema: SubjectKindSchema;
