import { type SubjectKindSchema } from "./field-schema.js";
/** Fields of an `egress-policy` subject (docs/subjects/egress-policy.md). */
export declare const egressPolicySchema: SubjectKindSchema;
