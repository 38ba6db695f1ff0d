import { type SubjectKindSchema } from "./field-schema.js";
/** Fields of a `response-headers` subject (docs/subjects/response-headers.md). */
export declare const responseHeadersSchema: SubjectKindSchema;
