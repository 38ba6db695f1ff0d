import type { Adapter } from "../adapter.js";
/**
 * `identity-policy` subjects: whether a second factor is required, for whom, and with what
 * gaps, across identity providers, VPNs, code hosting and cloud IAM. Each product is a module
 * in this folder; see docs/subjects/identity-policy.md for the shape.
 */
export declare const identityPolicyAdapter: Adapter;
/** Formats the `identity-policy` adapters read. */
export declare const identityPolicyFormats: readonly string[];
