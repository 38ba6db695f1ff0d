import type { DocPath, Document } from "../types.js";
import { unknownValue } from "./normalized/unknown.js";
/** A JSON policy document, with `Statement` always a list. */
export interface PolicyDocument {
    Statement: unknown[];
}
/**
 * The IAM policy a resource's `policy` attribute holds (`aws_s3_bucket_policy`, the inline
 * `policy` of `aws_s3_bucket`, `aws_iam_policy`…), read the three ways Terraform code writes
 * it: a JSON string (a heredoc), `jsonencode({...})` with literal HCL, or a reference to a
 * `data "aws_iam_policy_document"` of the same module, whose `statement` blocks are turned into
 * the JSON they render (`principals { type = "*" }` is `"Principal": "*"`). Any other
 * expression, or text that is not JSON, is an unknown marker: a policy that reads it reports
 * `unknown`. Undefined when the resource has no `policy` attribute.
 */
export declare function policyDocumentOf(body: unknown, path: DocPath, document: Document, module: readonly unknown[]): PolicyDocument | ReturnType<typeof unknownValue> | undefined;
