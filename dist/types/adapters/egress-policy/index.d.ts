import type { Adapter } from "../adapter.js";
/** `egress-policy` subjects: one normalized control across products. Each product is an adapter module in this folder. */
export declare const egressPolicyAdapter: Adapter;
/** Formats the `egress-policy` adapters read. */
export declare const egressPolicyFormats: readonly string[];
/** Formats read to complete the subjects of another format: the `.env` beside a Compose file fills in its `${VARIABLES}`. */
export declare const egressPolicyJoinFormats: Readonly<Record<string, readonly string[]>>;
