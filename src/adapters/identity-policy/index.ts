import type { Adapter } from "../adapter.js";

/** `identity-policy` subjects: one normalized control across products. Each product is an adapter module in this folder. */
export const identityPolicyAdapter: Adapter = () => [];

/** Formats the `identity-policy` adapters read. */
export const identityPolicyFormats: readonly string[] = [];
