import type { SubjectKind } from "../types.js";
import type { Adapter, AdapterStream } from "./adapter.js";
/** Subject kind → the adapter producing it. */
export declare const adapters: Readonly<Record<SubjectKind, Adapter>>;
/** The formats whose files an adapter can turn into subjects; `undefined` means every format. */
export declare const adapterFormats: Readonly<Record<SubjectKind, readonly string[] | undefined>>;
/**
 * Per kind, the formats its adapter reads to complete the subjects of a format (target format →
 * formats joined in). A policy that narrows `target.formats` still gets them parsed, so that
 * its subjects are the ones an unnarrowed policy sees.
 */
export declare const adapterJoinFormats: Readonly<Partial<Record<SubjectKind, Readonly<Record<string, readonly string[]>>>>>;
/**
 * Per kind, how its adapter takes documents in batches as files are read (docs/streaming.md). A
 * kind without one reads its formats' documents once every file is read.
 */
export declare const adapterStreams: Readonly<Partial<Record<SubjectKind, AdapterStream>>>;
/**
 * Per kind whose adapter reads `kubernetes` documents, which objects it may make something of, by
 * their `kind` (src/policy/kubernetes-kinds-read.ts skips the files of objects no active policy
 * reads). `subjects`: every object (or document) is a subject of its own, so a policy's literal
 * `where` on `subject.kind` says which it reads, plus the kinds in `also` (a `List`'s items are
 * subjects; Kustomizations join in). `except`: every kind but these, whatever the policy. A kind
 * reading `kubernetes` that is not here reads every object.
 */
export declare const adapterKubernetesKinds: Readonly<Partial<Record<SubjectKind, KubernetesKinds>>>;
/** See {@link adapterKubernetesKinds}. */
export type KubernetesKinds = {
    subjects: true;
    also: readonly string[];
} | {
    except: readonly string[];
};
