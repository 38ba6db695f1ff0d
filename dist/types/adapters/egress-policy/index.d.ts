import type { Adapter, AdapterStream } from "../adapter.js";
/** `egress-policy` subjects: one normalized control across products. Each product is an adapter module in this folder. */
export declare const egressPolicyAdapter: Adapter;
/**
 * Batches of `kubernetes` documents that name none of those kinds. A batch makes no subject (the
 * products here make none of workloads alone; test/adapters/egress-policy/streams.test.ts holds
 * them to it): a workload only adds its images to the zone of its namespace. So of a workload
 * deployed to a namespace that is a zone, a copy holding its images is kept for the end; the
 * rest is let go.
 */
export declare const egressPolicyStream: AdapterStream;
/** Formats the `egress-policy` adapters read. */
export declare const egressPolicyFormats: readonly string[];
/** Formats read to complete the subjects of another format: the `.env` beside a Compose file fills in its `${VARIABLES}`. */
export declare const egressPolicyJoinFormats: Readonly<Record<string, readonly string[]>>;
