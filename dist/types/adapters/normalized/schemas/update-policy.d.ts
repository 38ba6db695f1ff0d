import { type SubjectKindSchema } from "./field-schema.js";
/** Fields of an `update-policy` subject (docs/subjects/update-policy.md). */
export declare const updatePolicySchema: SubjectKindSchema;
