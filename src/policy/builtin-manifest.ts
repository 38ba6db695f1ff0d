import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createCelEnv } from "../engine/cel-env.js";
import { addPreparsed, recordParses, type PreparsedSlice } from "../engine/cel-preparsed.js";
import { yamlParser } from "../formats/yaml.js";
import { packageRoot } from "../package-root.js";
import type { Document } from "../types.js";
import { findPolicyFiles, loadPolicies } from "./load-policies.js";
import { BUNDLED } from "../bundled.js";


/** The built-in policy files, parsed at build time, each with the hash of the text it was parsed from. */
export interface BuiltinManifest {
  version: 1;
  policies: Array<{ path: string; sha256: string; value: unknown }>;
  /** Where each of the pack's CEL expressions sits, parsed, in {@link CEL_PATH} (src/engine/cel-preparsed.ts). */
  cel?: Record<string, PreparsedSlice>;
}

/** Where the build writes the manifest, beside the bundles. */
export const MANIFEST_PATH = join("dist", "builtin-policies.json");

/** Where the build writes the pack's CEL expressions, parsed. */
export const CEL_PATH = join("dist", "builtin-cel.bin");

/** The manifest of the built-in pack in `dir` and its parsed expressions, for the build to write. */
export function buildBuiltinManifest(dir: string, root: string = packageRoot()): { manifest: BuiltinManifest; cel: Buffer } {
  // Compiling the pack once parses every expression its policies hold.
  const { index, bytes } = recordParses(() => loadPolicies([{ dir, builtin: true }], createCelEnv({ now: new Date(0) }), root));
  return { manifest: manifestOf(dir, root, index), cel: bytes };
}

function manifestOf(dir: string, root: string, cel: Record<string, PreparsedSlice>): BuiltinManifest {
  return {
    version: 1,
    cel,
    policies: findPolicyFiles(dir).map((file) => {
      const text = readFileSync(file, "utf8");
      const parsed = yamlParser.parse(text, file);
      if (!parsed.ok || parsed.documents.length !== 1) throw new Error(`${file}: not one YAML document`);
      return { path: relative(root, file).split(sep).join("/"), sha256: sha256(text), value: parsed.documents[0]?.value };
    }),
  };
}

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
export function packedBuiltinPolicies(dir: string, root: string = packageRoot(), bundled: boolean = BUNDLED): PackedPolicy[] | undefined {
  if (!bundled || join(root, "policies") !== dir) return undefined;
  const manifestFile = join(root, MANIFEST_PATH);
  if (!existsSync(manifestFile)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as BuiltinManifest;
    if (manifest.version !== 1) return undefined;
    const packed: PackedPolicy[] = [];
    for (const entry of manifest.policies) {
      const file = join(root, ...entry.path.split("/"));
      const text = readFileSync(file, "utf8");
      if (sha256(text) !== entry.sha256) return undefined;
      packed.push({ file, value: entry.value, document: lazyDocument(file, text, entry.value) });
    }
    if (manifest.cel !== undefined) addPreparsed(manifest.cel, join(root, CEL_PATH));
    return packed;
  } catch {
    // A missing or unreadable file: read the pack from its YAML, which reports it properly.
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The document of a packed file, parsed the first time a position in it is asked for. */
function lazyDocument(file: string, text: string, value: unknown): Document {
  let parsed: Document | undefined;
  return {
    file,
    index: 0,
    value,
    locate(path) {
      if (parsed === undefined) {
        const result = yamlParser.parse(text, file);
        const first = result.ok ? result.documents[0] : undefined;
        parsed = first ?? { file, index: 0, value, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
      }
      return parsed.locate(path);
    },
  };
}
