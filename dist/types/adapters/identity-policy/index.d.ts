import type { Adapter } from "../adapter.js";
/**
 * `identity-policy` subjects: whether a second factor is required, for whom, with which factors
 * and gaps, across identity providers, VPNs, code hosting and cloud IAM. Each product is a module
 * in this folder that declares the formats it reads; see docs/subjects/identity-policy.md.
 */
export declare const identityPolicyAdapter: Adapter;
/** Formats the `identity-policy` adapters read, gathered from the product modules. */
export declare const identityPolicyFormats: readonly string[];
