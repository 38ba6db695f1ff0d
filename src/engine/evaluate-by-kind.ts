import { byCodeUnits } from "../compare.js";
import type { CompiledPolicy } from "../policy/compiled-policy.js";
import type { Subject } from "../types.js";

/** The subject kinds a policy reads (its target's, and its related target's), from the policy as written. */
export function kindsRead({ policy }: CompiledPolicy): string[] {
  return [...new Set([policy.target.kind, ...(policy.related ? [policy.related.kind] : [])])];
}

/**
 * Runs `evaluate` for every policy, with the subjects of the kinds it reads. Subjects are as large
 * as the documents they are made from, so they are not all made up front: the policies run
 * grouped by target kind, a kind's subjects are made (`subjectsOf`) for the first policy that
 * reads them and let go after the last one, and a run holds one or two kinds' subjects at a
 * time. The results come back in the policies' own order.
 */
export function evaluateByKind<T>(
  policies: readonly CompiledPolicy[],
  subjectsOf: (kind: string) => Subject[],
  evaluate: (compiled: CompiledPolicy, subjects: ReadonlyMap<string, Subject[]>) => T,
): T[] {
  const order = policies.map((compiled, index) => ({ compiled, index, kinds: kindsRead(compiled) })).sort((a, b) => byCodeUnits(a.compiled.policy.target.kind, b.compiled.policy.target.kind));
  const readers = new Map<string, number>();
  for (const { kinds } of order) for (const kind of kinds) readers.set(kind, (readers.get(kind) ?? 0) + 1);
  const subjects = new Map<string, Subject[]>();
  const results: T[] = [];
  for (const { compiled, index, kinds } of order) {
    for (const kind of kinds) if (!subjects.has(kind)) subjects.set(kind, subjectsOf(kind));
    results[index] = evaluate(compiled, subjects);
    for (const kind of kinds) {
      const left = (readers.get(kind) ?? 1) - 1;
      readers.set(kind, left);
      if (left === 0) subjects.delete(kind);
    }
  }
  return results;
}
