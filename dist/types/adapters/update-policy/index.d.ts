import type { Adapter, AdapterStream } from "../adapter.js";
/**
 * `update-policy` subjects: how each component of a repository is kept up to date, one
 * normalized shape across products (see docs/subjects/update-policy.md). Each product is a
 * module in this folder.
 */
export declare const updatePolicyAdapter: Adapter;
/**
 * Batches of `kubernetes` documents, the images of their containers: the run's Kustomizations
 * (read first, as files that join) and Skaffold files (a format joined in) are known before any
 * batch. No other product here reads `kubernetes` documents.
 */
export declare const updatePolicyStream: AdapterStream;
/** Formats the `update-policy` adapters read. */
export declare const updatePolicyFormats: readonly string[];
/**
 * Formats read to complete the subjects of another format, with no subjects of their own: the
 * `.env` beside a Compose file fills in its `${VARIABLES}`, a `skaffold.yaml` says which
 * image names its build replaces, and a `docker-bake.hcl` sets the build args and named contexts
 * a Dockerfile's `FROM` uses.
 */
export declare const updatePolicyJoinFormats: Readonly<Record<string, readonly string[]>>;
