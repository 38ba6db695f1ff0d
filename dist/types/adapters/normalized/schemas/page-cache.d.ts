import { type SubjectKindSchema } from "./field-schema.js";
/** Fields of a `page-cache` subject (docs/subjects/page-cache.md). */
export declare const pageCacheSchema: SubjectKindSchema;
