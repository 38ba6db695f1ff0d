import type { DocPath, Document } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/** One `resource` or `data` block of a Terraform file, with `var`/`local` literals resolved. */
export interface TerraformBlock {
    /** The file's document. */
    document: Document;
    /** `resource` or `data`. */
    mode: "resource" | "data";
    /** Resource or data source type, e.g. `aws_iam_policy`. */
    type: string;
    /** The block's name label. */
    name: string;
    /** Terraform address (`aws_iam_policy.mfa`, `data.aws_iam_policy_document.mfa`), prefixed `dir:` outside the top level. */
    address: string;
    /** Path of the block body in its document. */
    path: DocPath;
    /** The block body. */
    value: Record<string, unknown>;
    /** Directory of the module the block belongs to (the plan file for a plan's resources). */
    module: string;
    /** `terraform` for `.tf` files, `terraform-plan` for `terraform show -json` output. */
    format: "terraform" | "terraform-plan";
}
/** The formats Terraform products are read from: configuration (`.tf`) and plan JSON. */
export declare const TERRAFORM_FORMATS: readonly string[];
/**
 * The Terraform blocks of the given types, from `.tf` files and from plans. The `.tf` files of
 * a directory form one module, as in the `terraform-resource` adapter, so `var.x` with a
 * literal default and literal locals resolve across them; a plan has every value resolved
 * already (see `planBlocks`).
 */
export declare function terraformBlocks(documents: readonly ParsedDocument[], mode: "resource" | "data", types: ReadonlySet<string>): TerraformBlock[];
/** The Terraform documents of the run by module (directory). */
export declare function terraformModules(documents: readonly ParsedDocument[]): Map<string, Document[]>;
