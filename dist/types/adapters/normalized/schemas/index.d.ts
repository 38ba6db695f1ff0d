import type { SubjectKind } from "../../../types.js";
import type { SubjectKindSchema } from "./field-schema.js";
/** Subject kind → what a policy may read of its subjects. Published as `schemas/subjects/<kind>.schema.json`. */
export declare const subjectSchemas: Readonly<Record<SubjectKind, SubjectKindSchema>>;
