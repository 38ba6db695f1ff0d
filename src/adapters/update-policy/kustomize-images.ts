import { plainText } from "../../plain-data.js";
import { posix } from "node:path";
import type { DocPath, Document } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isRecord } from "./shape.js";
import { imageFacts } from "./image-reference.js";
import { anyJoinTest, textMayName } from "../join-tests.js";

/** One `images:` entry of a Kustomization, and where it is written. */
interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  document: Document;
  path: DocPath;
}

/** A Kustomization: the files and directories it builds from, and the image overrides, labels and namespace it applies to them. */
export interface Kustomization {
  dir: string;
  resources: string[];
  images: ImageOverride[];
  /** `commonLabels` and `labels[].pairs`, string values only. */
  labels: Record<string, string>;
  /** `namespace`, when set. */
  namespace?: string;
}

/** The effective image of a container after the Kustomizations that include its file, and where its tag or digest is set. */
export interface KustomizedImage {
  reference: string;
  /** The override that set the tag or digest, when one did. */
  origin?: { document: Document; path: DocPath };
}

/** A YAML scalar as kustomize reads it: `newTag: 11` is the tag `11`. */
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;

const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

/** `kind: Kustomization`, or a kustomization file that leaves apiVersion and kind out, as kustomize allows. */
function isKustomization(value: Record<string, unknown>, file: string): boolean {
  return value["kind"] === "Kustomization" || (value["kind"] === undefined && KUSTOMIZATION_FILE.test(file));
}

/** Whether a file may hold a Kustomization: its name says so, or its text may name the kind (see mayName). */
export const mayHoldKustomization = anyJoinTest((path) => KUSTOMIZATION_FILE.test(path), textMayName(["Kustomization"]));

/** Whether any of the documents is a Kustomization (`kustomizations` would list one). */
export function holdsKustomization(documents: readonly ParsedDocument[]): boolean {
  return documents.some(({ document, format }) => format === "kubernetes" && isRecord(document.value) && isKustomization(document.value, document.file));
}

/** Every Kustomization among the documents (`kind: Kustomization`, read as `kubernetes`). */
export function kustomizations(documents: readonly ParsedDocument[]): Kustomization[] {
  const out: Kustomization[] = [];
  for (const { document, format } of documents) {
    const value = document.value;
    if (format !== "kubernetes" || !isRecord(value) || !isKustomization(value, document.file)) continue;
    const dir = posix.dirname(document.file);
    // `bases:` is the older name of directory resources, deprecated but still read by kustomize.
    const resources = ["resources", "bases"]
      .flatMap((field) => (Array.isArray(value[field]) ? (value[field] as unknown[]) : []))
      .filter((r): r is string => typeof r === "string" && !/^[a-z]+:\/\//i.test(r))
      // `../base/` and `../base` are the same directory to kustomize.
      .map((r) => posix.normalize(posix.join(dir, r)).replace(/(.)\/+$/, "$1"));
    const images: ImageOverride[] = [];
    (Array.isArray(value["images"]) ? value["images"] : []).forEach((entry, i) => {
      if (!isRecord(entry) || text(entry["name"]) === undefined) return;
      const override: ImageOverride = { name: plainText(entry["name"]), document, path: ["images", i] };
      for (const key of ["newName", "newTag", "digest"] as const) {
        const v = text(entry[key]);
        if (v !== undefined) override[key] = v;
      }
      images.push(override);
    });
    const labels: Record<string, string> = {};
    const addPairs = (pairs: unknown): void => {
      if (!isRecord(pairs)) return;
      for (const [key, v] of Object.entries(pairs)) {
        const t = text(v);
        if (t !== undefined) Object.defineProperty(labels, key, { value: t, enumerable: true, writable: true, configurable: true });
      }
    };
    addPairs(value["commonLabels"]);
    if (Array.isArray(value["labels"])) for (const entry of value["labels"]) if (isRecord(entry)) addPairs(entry["pairs"]);
    const namespace = text(value["namespace"]);
    out.push({ dir, resources, images, labels, ...(namespace !== undefined ? { namespace } : {}) });
  }
  return out;
}

/** `registry:5000/a/b:tag@sha256:...` → the name (`registry:5000/a/b`) and what pins it (`:tag`, `@sha256:...`). */
function splitReference(reference: string): { name: string; pin: string } {
  const name = imageFacts(reference).repository;
  return { name, pin: reference.slice(name.length) };
}

/** Whether a Kustomization builds from `path` (a file or directory it lists, or one under a listed directory). */
const includes = (k: Kustomization, path: string): boolean => k.resources.some((r) => r === path || path.startsWith(`${r}/`));

/** Per list of Kustomizations: resource path → the positions of those that list it. */
const indexes = new WeakMap<readonly Kustomization[], Map<string, number[]>>();

/**
 * The Kustomizations of `all` that build from `path`, in `all`'s order. They are looked up by
 * `path` and each directory above it: testing every Kustomization for every container made a
 * repository of 1,000 Kustomizations and 5,000 manifests take 7.5 s instead of 1.5.
 */
function includingOf(all: readonly Kustomization[], path: string): Kustomization[] {
  let index = indexes.get(all);
  if (index === undefined) {
    const made = new Map<string, number[]>();
    all.forEach((k, i) => {
      for (const resource of k.resources) {
        const positions = made.get(resource);
        if (positions === undefined) made.set(resource, [i]);
        else if (positions[positions.length - 1] !== i) positions.push(i);
      }
    });
    indexes.set(all, made);
    index = made;
  }
  const found = new Set<number>();
  // `path` itself, then `a/b` and `a` for `a/b/c.yaml`: what `includes` accepts.
  for (let at = path.length; at > 0; at = path.lastIndexOf("/", at - 1)) {
    for (const position of index.get(path.slice(0, at)) ?? []) found.add(position);
  }
  return [...found].sort((a, b) => a - b).map((position) => all[position] as Kustomization);
}

/**
 * The top-level Kustomizations that build from `file` (those no other one that builds from it
 * includes), each with its chain: the ones of its build that include the file, bases (included
 * by more of the chain) first and the top last. Who includes whom is looked up through the
 * index: comparing every pair made one base shared by 1,000 overlays cost a million tests per
 * container.
 */
function buildChains(file: string, all: readonly Kustomization[]): Array<{ top: Kustomization; chain: Kustomization[] }> {
  // Most repositories have none; every container and object of the run asks.
  if (all.length === 0) return [];
  const including = includingOf(all, file);
  if (including.length === 0) return [];
  const building = new Set(including);
  // For each, the others of the list that include its directory.
  const includers = new Map(including.map((k) => [k, includingOf(all, k.dir).filter((other) => other !== k && building.has(other))]));
  const chains = new Map<Kustomization, Kustomization[]>();
  for (const k of including) if (includers.get(k)?.length === 0) chains.set(k, []);
  // In the list's order, each joins its own chain if it is a top, and the chain of every top that includes it.
  for (const k of including) {
    chains.get(k)?.push(k);
    for (const other of includers.get(k) ?? []) chains.get(other)?.push(k);
  }
  return [...chains].map(([top, chain]) => {
    chain.sort((a, b) => chain.filter((k) => includes(k, b.dir)).length - chain.filter((k) => includes(k, a.dir)).length);
    return { top, chain };
  });
}

/** What one `kustomize build` does to the objects of a file: the labels it adds and the namespace it sets. */
export interface KustomizeBuild {
  /** Directory of the top-level Kustomization. */
  build: string;
  labels: Record<string, string>;
  namespace?: string;
}

/**
 * The builds that include `file`, one per top-level Kustomization, with the labels its chain
 * adds (bases first, so the top's win) and the namespace it sets (the top-most one that sets
 * it, as kustomize's namespace transformer runs last there). Empty when no build includes it.
 */
export function kustomizeBuilds(file: string, all: readonly Kustomization[]): KustomizeBuild[] {
  return buildChains(file, all).map(({ top, chain }) => {
    const labels: Record<string, string> = {};
    let namespace: string | undefined;
    for (const k of chain) {
      for (const [key, v] of Object.entries(k.labels)) Object.defineProperty(labels, key, { value: v, enumerable: true, writable: true, configurable: true });
      if (k.namespace !== undefined) namespace = k.namespace;
    }
    return { build: top.dir, labels, ...(namespace !== undefined ? { namespace } : {}) };
  });
}

/**
 * The images a container's `reference` becomes in the `kustomize build`s that include its
 * `file`: one result per top-level Kustomization (one not itself a resource of another that
 * includes the file), applying the `images:` overrides of its bases first and its own last, as
 * kustomize does (`newName` replaces the name; `digest`, else `newTag`, replaces the tag). With
 * no override on the way, the reference is what the manifest says.
 */
export function kustomize(reference: string, file: string, all: readonly Kustomization[]): Array<KustomizedImage & { build?: string }> {
  const results: Array<KustomizedImage & { build?: string }> = [];
  let unchanged = false;
  for (const { top, chain } of buildChains(file, all)) {
    let current: KustomizedImage = { reference };
    let changed = false;
    for (const k of chain) {
      const { name, pin } = splitReference(current.reference);
      const override = k.images.find((o) => o.name === name);
      if (override === undefined) continue;
      changed = true;
      const key = override.digest !== undefined ? "digest" : override.newTag !== undefined ? "newTag" : undefined;
      const newPin = key === "digest" ? `@${override.digest}` : key === "newTag" ? `:${override.newTag}` : pin;
      const origin = key !== undefined ? { document: override.document, path: [...override.path, key] } : current.origin;
      current = { reference: `${override.newName ?? name}${newPin}`, ...(origin ? { origin } : {}) };
    }
    if (changed) results.push({ ...current, build: top.dir });
    else unchanged = true;
  }
  // A build that leaves the image alone (or no Kustomization at all) runs what the manifest says.
  return unchanged || results.length === 0 ? [{ reference }, ...results] : results;
}
