import { adapterFormats, adapterKubernetesKinds } from "../adapters/index.js";
import { parseCel } from "../engine/cel-preparsed.js";
import { admittedStrings } from "../engine/literal-guards.js";
import type { SubjectKind, Target } from "../types.js";
import type { CompiledPolicy } from "./compiled-policy.js";

/** Which kinds of Kubernetes objects some active policy may read. */
export interface KindsRead {
  (kind: string): boolean;
  /**
   * Every kind none reads, when they are few (every kind but CustomResourceDefinition is read by
   * the built-in pack): a file that names none of them holds no object to leave out.
   */
  readonly unread?: readonly string[];
}

/**
 * Which kinds of Kubernetes objects the active policies may read, through their targets and
 * related targets (src/adapters/index.ts, `adapterKubernetesKinds`); `undefined` when every kind
 * may be read, or none is (no policy reads `kubernetes` files, and discovery skips them anyway).
 * Read from each policy as written: a built-in policy compiles only once it has a subject.
 */
export function kubernetesKindsRead(policies: readonly CompiledPolicy[]): KindsRead | undefined {
  const named = new Set<string>();
  const excepts: Array<ReadonlySet<string>> = [];
  let any = false;
  for (const { policy } of policies) {
    for (const target of policy.related === undefined ? [policy.target] : [policy.target, policy.related]) {
      const read = kindsOf(target);
      if (read === undefined) continue;
      any = true;
      if (read === "every") return undefined;
      if ("named" in read) for (const kind of read.named) named.add(kind);
      else excepts.push(read.except);
    }
  }
  if (!any) return undefined;
  const reads = (kind: string): boolean => named.has(kind) || excepts.some((except) => !except.has(kind));
  // A kind is unread only if every `except` names it; with none, all kinds but the named are.
  const [first] = excepts;
  return first === undefined ? reads : Object.assign(reads, { unread: [...first].filter((kind) => !reads(kind)) });
}

/**
 * For a kind whose adapter makes a subject of every object (or document) it is given
 * (`adapterKubernetesKinds`, `subjects`): the Kubernetes objects some active policy reading that
 * kind may select, by their `kind` (its targets' and related targets' literal `where` on
 * `subject.kind`, and the kinds in `also`). Any other object would be made a subject every such
 * policy refutes unread: a Deployment made a `kubernetes-object` for a policy of
 * StatefulSets, or a `document` for policies of other formats. Undefined when some policy may
 * select any object.
 */
export function kubernetesObjectsReadAs(policies: readonly CompiledPolicy[], subjectKind: SubjectKind): ((kind: string) => boolean) | undefined {
  const kinds = adapterKubernetesKinds[subjectKind];
  if (kinds === undefined || !("subjects" in kinds)) return undefined;
  const named = new Set<string>();
  for (const { policy } of policies) {
    for (const target of policy.related === undefined ? [policy.target] : [policy.target, policy.related]) {
      if (target.kind !== subjectKind) continue;
      const read = kindsOf(target);
      if (read === undefined) continue;
      if (read === "every" || "except" in read) return undefined;
      for (const kind of read.named) named.add(kind);
    }
  }
  return (kind) => named.has(kind);
}

type TargetReads = "every" | { named: Iterable<string> } | { except: ReadonlySet<string> };

/** The objects one target may read; undefined when it reads no `kubernetes` file. */
function kindsOf(target: Target): TargetReads | undefined {
  const formats = target.formats ?? adapterFormats[target.kind];
  if (formats !== undefined && !formats.includes("kubernetes")) return undefined;
  const kinds = adapterKubernetesKinds[target.kind];
  if (kinds === undefined) return "every";
  if ("except" in kinds) return { except: new Set(kinds.except) };
  // With `select`, `subject` is each value the paths reach, not the object.
  if (target.where === undefined || target.select !== undefined) return "every";
  let admitted: ReadonlySet<string> | undefined;
  try {
    admitted = admittedStrings(parseCel(target.where).expr, "subject", ["kind"]);
  } catch {
    // A filter that does not parse stops the run when the policy compiles; nothing is decided here.
    return "every";
  }
  return admitted === undefined ? "every" : { named: [...admitted, ...kinds.also] };
}
