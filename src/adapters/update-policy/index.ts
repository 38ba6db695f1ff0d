import type { Adapter } from "../adapter.js";

/** `update-policy` subjects: one normalized control across products. Each product is an adapter module in this folder. */
export const updatePolicyAdapter: Adapter = () => [];

/** Formats the `update-policy` adapters read. */
export const updatePolicyFormats: readonly string[] = [];
