import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createCelEnv } from "../engine/cel-env.js";
import { addPreparsed, recordParses, type PreparsedSlice } from "../engine/cel-preparsed.js";
import { yamlParser } from "../formats/yaml.js";
import { packageRoot } from "../package-root.js";
import type { Document } from "../types.js";
import { findPolicyFiles, loadPolicies } from "./load-policies.js";
import { BUNDLED } from "../bundled.js";


/** The built-in policy files, parsed at build time, each with where the text it was parsed from sits in {@link TEXTS_PATH}. */
export interface BuiltinManifest {
  version: 2;
  /** `text`: the file's bytes as built, `[offset, length]` in {@link TEXTS_PATH}. */
  policies: Array<{ path: string; text: [number, number]; value: unknown }>;
  /** Where each of the pack's CEL expressions sits, parsed, in {@link CEL_PATH} (src/engine/cel-preparsed.ts). */
  cel?: Record<string, PreparsedSlice>;
}

/** Where the build writes the manifest, beside the bundles. */
export const MANIFEST_PATH = join("dist", "builtin-policies.json");

/** Where the build writes the pack's CEL expressions, parsed. */
export const CEL_PATH = join("dist", "builtin-cel.bin");

/** Where the build writes the texts the manifest was parsed from, one after another. */
export const TEXTS_PATH = join("dist", "builtin-policies.texts");

/** The manifest of the built-in pack in `dir`, its parsed expressions and its texts, for the build to write. */
export function buildBuiltinManifest(dir: string, root: string = packageRoot()): { manifest: BuiltinManifest; cel: Buffer; texts: Buffer } {
  // Compiling the pack once parses every expression its policies hold.
  const { index, bytes } = recordParses(() => loadPolicies([{ dir, builtin: true }], createCelEnv({ now: new Date(0) }), root));
  const texts: Buffer[] = [];
  let offset = 0;
  const policies = findPolicyFiles(dir).map((file) => {
    const raw = readFileSync(file);
    const text = raw.toString("utf8");
    const parsed = yamlParser.parse(text, file);
    if (!parsed.ok || parsed.documents.length !== 1) throw new Error(`${file}: not one YAML document`);
    texts.push(raw);
    const at: [number, number] = [offset, raw.length];
    offset += raw.length;
    return { path: relative(root, file).split(sep).join("/"), text: at, value: withoutTests(parsed.documents[0]?.value) };
  });
  return { manifest: { version: 2, cel: index, policies }, cel: bytes, texts: Buffer.concat(texts) };
}

/**
 * A policy's data without its `tests`: the pack serves `check` only (`norecur test` reads the
 * policies' YAML, with their fixtures), and the tests were a sixth of the manifest, which every
 * run parses (11-13 ms with them, 8-9 without, read and parsed cold).
 */
function withoutTests(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, "tests")) return value;
  const { tests: _tests, ...rest } = value as Record<string, unknown>;
  return rest;
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
 * of its time there. Used only by the bundles, and only while every file still has the bytes the
 * manifest was built from (a policy edited since the last build is read from its YAML); the
 * dist check of CI keeps the committed manifest in step with the committed policies. A policy
 * file added since the last build is seen after `npm run build`, as its README row is.
 *
 * The files are compared with the texts the build kept (`Buffer.compare`, 0.3 ms for the pack),
 * not hashed: a SHA-256 of each needed node:crypto, whose loading initialises OpenSSL (7 ms, and
 * 1.4 ms to hash), and a hash written in JavaScript took as long before it was compiled.
 */
export function packedBuiltinPolicies(dir: string, root: string = packageRoot(), bundled: boolean = BUNDLED): PackedPolicy[] | undefined {
  if (!bundled || join(root, "policies") !== dir) return undefined;
  const manifestFile = join(root, MANIFEST_PATH);
  if (!existsSync(manifestFile)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as BuiltinManifest;
    if (manifest.version !== 2) return undefined;
    const built = readFileSync(join(root, TEXTS_PATH));
    const packed: PackedPolicy[] = [];
    // Every file is read into one buffer, its length known: readFileSync's own steps per file
    // (a stat, a buffer each), run cold, were 6 of the 8 ms this loop took on every run.
    const scratch = Buffer.allocUnsafe(Math.max(0, ...manifest.policies.map((entry) => entry.text[1])) + 1);
    for (const entry of manifest.policies) {
      const file = join(root, ...entry.path.split("/"));
      const [offset, length] = entry.text;
      if (!holdsExactly(file, scratch, built, offset, length)) return undefined;
      packed.push({ file, value: entry.value, document: lazyDocument(file, built.subarray(offset, offset + length), entry.value) });
    }
    if (manifest.cel !== undefined) addPreparsed(manifest.cel, join(root, CEL_PATH));
    return packed;
  } catch {
    // A missing or unreadable file: read the pack from its YAML, which reports it properly.
    return undefined;
  }
}

/**
 * Whether `file` holds exactly the `length` bytes of `built` at `offset`. One byte more is asked
 * for, so that a longer file reads more; a short read compares unequal, and the pack is then read
 * from its YAML, which is only slower.
 */
function holdsExactly(file: string, scratch: Buffer, built: Buffer, offset: number, length: number): boolean {
  const fd = openSync(file, "r");
  try {
    const read = readSync(fd, scratch, 0, length + 1, 0);
    return read === length && scratch.compare(built, offset, offset + length, 0, length) === 0;
  } finally {
    closeSync(fd);
  }
}

/** The document of a packed file, decoded and parsed the first time a position in it is asked for. */
function lazyDocument(file: string, bytes: Buffer, value: unknown): Document {
  let parsed: Document | undefined;
  return {
    file,
    index: 0,
    value,
    locate(path) {
      if (parsed === undefined) {
        const result = yamlParser.parse(bytes.toString("utf8"), file);
        const first = result.ok ? result.documents[0] : undefined;
        parsed = first ?? { file, index: 0, value, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
      }
      return parsed.locate(path);
    },
  };
}
