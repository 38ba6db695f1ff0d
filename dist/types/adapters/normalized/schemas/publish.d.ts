import { type SubjectKind } from "../../../types.js";
/** The published JSON Schema of one subject kind: what `subject` and `meta` hold for a policy. */
export declare function publishedSubjectSchema(kind: SubjectKind): Record<string, unknown>;
/** Every kind's published schema, by file name under `schemas/subjects/`. */
export declare function publishedSubjectSchemas(): Record<string, Record<string, unknown>>;
export declare const FIELDS_START = "<!-- subject-fields:start (generated from schemas/subjects by npm run build) -->";
export declare const FIELDS_END = "<!-- subject-fields:end -->";
/** The field reference of one kind as a Markdown table: path, type, required, meaning. */
export declare function renderFieldTable(kind: SubjectKind): string;
/** A docs/subjects page with its field table regenerated (the prose around it is kept). */
export declare function subjectDocWithFields(kind: SubjectKind, page: string): string;
