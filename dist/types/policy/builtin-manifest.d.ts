import { type PreparsedSlice } from "../engine/cel-preparsed.js";
import type { Document } from "../types.js";
/** The built-in policy files, parsed at build time, each with the hash of the text it was parsed from. */
export interface BuiltinManifest {
    version: 1;
    policies: Array<{
        path: string;
        sha256: string;
        value: unknown;
    }>;
    /** Where each of the pack's CEL expressions sits, parsed, in {@link CEL_PATH} (src/engine/cel-preparsed.ts). */
    cel?: Record<string, PreparsedSlice>;
}
/** Where the build writes the manifest, beside the bundles. */
export declare const MANIFEST_PATH: string;
/** Where the build writes the pack's CEL expressions, parsed. */
export declare const CEL_PATH: string;
/** The manifest of the built-in pack in `dir` and its parsed expressions, for the build to write. */
export declare function buildBuiltinManifest(dir: string, root?: string): {
    manifest: BuiltinManifest;
    cel: Buffer;
};
/** One built-in policy file as the manifest gives it: its data, and a document parsed only if positions are needed. */
export interface PackedPolicy {
    file: string;
    value: unknown;
    document: Document;
}
/**
 * The built-in pack from the manifest the build wrote, instead of walking the pack (fixtures
 * included) and parsing 50-odd YAML files on every run: a staged pre-commit run spent a fifth
 * of its time there. Used only by the bundles, and only while every file still has the text the
 * manifest was built from (a policy edited since the last build is read from its YAML); the
 * dist check of CI keeps the committed manifest in step with the committed policies. A policy
 * file added since the last build is seen after `npm run build`, as its README row is.
 */
export declare function packedBuiltinPolicies(dir: string, root?: string, bundled?: boolean): PackedPolicy[] | undefined;
