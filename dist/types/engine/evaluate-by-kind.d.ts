import type { CompiledPolicy } from "../policy/compiled-policy.js";
import type { Subject } from "../types.js";
/** The subject kinds a policy reads (its target's, and its related target's), from the policy as written. */
export declare function kindsRead({ policy }: CompiledPolicy): string[];
/**
 * Runs `evaluate` for every policy, with the subjects of the kinds it reads. Subjects are as large
 * as the documents they are made from, so they are not all made up front: the policies run
 * grouped by target kind, a kind's subjects are made (`subjectsOf`) for the first policy that
 * reads them and let go after the last one, and a run holds one or two kinds' subjects at a
 * time. The results come back in the policies' own order.
 */
export declare function evaluateByKind<T>(policies: readonly CompiledPolicy[], subjectsOf: (kind: string) => Subject[], evaluate: (compiled: CompiledPolicy, subjects: ReadonlyMap<string, Subject[]>) => T): T[];
