import type { Subject } from "../types.js";
/** Another resource of the same module that refers to a resource, as CEL `meta.attached[]`. */
export interface AttachedResource {
    /** Its address, e.g. `aws_s3_bucket_public_access_block.logs`. */
    address: string;
    /** Its resource type. */
    type: string;
    /** Its name. */
    name: string;
    /** Its file. */
    file: string;
    /** Its attributes. */
    value: unknown;
}
/**
 * Joins split resources: Terraform spreads one control over several resources that point at the
 * main one (`aws_s3_bucket_public_access_block.x.bucket = aws_s3_bucket.x.id`,
 * `aws_security_group_rule.r.security_group_id = aws_security_group.db.id`). For every resource
 * of a module this records, as `meta.attached`, the resources of the same module whose attribute
 * expressions name it, so a policy on the bucket can ask whether it has a public access block.
 */
export declare function attachReferences(subjects: readonly Subject[]): void;
/** The key of a `count`/`for_each` instance, from the end of its address (`x.y[0]`, `x.y["a"]`). */
export declare function instanceKey(subject: Pick<Subject, "meta">): string | undefined;
/** `0` or `"a"` as written in an index, compared as text (`0` and `"0"` name different keys only in maps, never both). */
export declare function literalKey(index: string): string | undefined;
/**
 * terraform-resource subjects grouped by module instance: a directory, as read on its own or
 * through one chain of module calls (so a module called twice is two instances).
 */
export declare function byModuleInstance(subjects: readonly Subject[]): Map<string, Subject[]>;
