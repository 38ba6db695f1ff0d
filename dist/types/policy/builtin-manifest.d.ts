import { type PreparsedSlice } from "../engine/cel-preparsed.js";
import type { Document } from "../types.js";
/** The built-in policy files, parsed at build time, each with where the text it was parsed from sits in {@link TEXTS_PATH}. */
export interface BuiltinManifest {
    version: 2;
    /** `text`: the file's bytes as built, `[offset, length]` in {@link TEXTS_PATH}. */
    policies: Array<{
        path: string;
        text: [number, number];
        value: unknown;
    }>;
    /** Where each of the pack's CEL expressions sits, parsed, in {@link CEL_PATH} (src/engine/cel-preparsed.ts). */
    cel?: Record<string, PreparsedSlice>;
}
/** Where the build writes the manifest, beside the bundles. */
export declare const MANIFEST_PATH: string;
/** Where the build writes the pack's CEL expressions, parsed. */
export declare const CEL_PATH: string;
/** Where the build writes the texts the manifest was parsed from, one after another. */
export declare const TEXTS_PATH: string;
/** The manifest of the built-in pack in `dir`, its parsed expressions and its texts, for the build to write. */
export declare function buildBuiltinManifest(dir: string, root?: string): {
    manifest: BuiltinManifest;
    cel: Buffer;
    texts: Buffer;
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
 * of its time there. Used only by the bundles, and only while every file still has the bytes the
 * manifest was built from (a policy edited since the last build is read from its YAML); the
 * dist check of CI keeps the committed manifest in step with the committed policies. A policy
 * file added since the last build is seen after `npm run build`, as its README row is.
 *
 * The files are compared with the texts the build kept (`Buffer.compare`, 0.3 ms for the pack),
 * not hashed: a SHA-256 of each needed node:crypto, whose loading initialises OpenSSL (7 ms, and
 * 1.4 ms to hash), and a hash written in JavaScript took as long before it was compiled.
 */
export declare function packedBuiltinPolicies(dir: string, root?: string, bundled?: boolean): PackedPolicy[] | undefined;
