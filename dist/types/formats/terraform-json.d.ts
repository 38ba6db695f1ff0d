import type { Parser } from "../types.js";
/**
 * Terraform configuration: native syntax (`.tf`, `.tfvars`) by the HCL parser, JSON syntax
 * (`.tf.json`, `.tfvars.json`) by the JSON parser, so that both kinds of file of one module are
 * `terraform` documents with the same value shape (docs/formats/terraform.md).
 */
export declare const terraformParser: Parser;
