import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * AWS IAM policies that test `aws:MultiFactorAuthPresent`, from `aws_iam_policy` (and the role,
 * user and group inline policies) written as `jsonencode({...})` or as a JSON string, and from
 * `aws_iam_policy_document` data sources. A Deny on `Bool` `false` does not match requests signed
 * with long-term access keys, which carry no such key: only `BoolIfExists` (or a companion Deny
 * on `Null` `true`) closes that path. Each condition is kept as a fact (`conditions`: effect,
 * operator, values); the policy judges them. Policies whose text is not a literal are not read.
 */
export declare function awsIamSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const awsIamReader: ProductReader;
