import { type SubjectKindSchema } from "./field-schema.js";
/**
 * The raw kinds hold a file's own data, whose shape only the file knows: their `subject` is not
 * checked, their `meta` is.
 */
export declare const documentSchema: SubjectKindSchema;
/** A Kubernetes object: the object as written, and what the Kustomize builds that include it do to it. */
export declare const kubernetesObjectSchema: SubjectKindSchema;
/** The repository: one subject per scan root. */
export declare const repositorySchema: SubjectKindSchema;
/** A Terraform resource: its attributes as written, plus where it sits and what refers to it. */
export declare const terraformResourceSchema: SubjectKindSchema;
