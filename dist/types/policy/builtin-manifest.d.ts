import type { Document } from "../types.js";
/** The built-in policy files, parsed at build time, each with the hash of the text it was parsed from. */
export interface BuiltinManifest {
    version: 1;
    policies: Array<{
        path: string;
        sha256: string;
        value: unknown;
    }>;
    /** The pack's CEL expressions, parsed (src/engine/cel-preparsed.ts). */
    cel?: Record<string, string>;
}
/** Where the build writes the manifest, beside the bundles. */
export declare const MANIFEST_PATH: string;
/** The manifest of the built-in pack in `dir`, for the build to write. */
export declare function buildBuiltinManifest(dir: string, root?: string): BuiltinManifest;
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
