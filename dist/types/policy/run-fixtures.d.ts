import type { Finding } from "../types.js";
import type { CompiledPolicy } from "./compiled-policy.js";
/** The result of one fixture case. */
export interface FixtureOutcome {
    /** Policy id. */
    policyId: string;
    /** Case name. */
    name: string;
    /** Fixture root, relative to cwd. */
    root: string;
    /** Expected entries that were not produced. */
    missing: string[];
    /** Produced findings that were not expected, with their messages. */
    unexpected: Array<{
        entry: string;
        message: string;
    }>;
    /** Set when the case could not run at all. */
    error?: string;
}
/** `[ID ]file:line:col[ unknown]`, normalised with the policy's own id when none is written. */
export declare function canonicalExpectation(entry: string, policyId: string): string;
/** The same canonical form for a produced finding. */
export declare function canonicalFinding(finding: Finding): string;
/** Runs every case of one policy with that policy alone and compares findings with `expect`. */
export declare function runFixtures(compiled: CompiledPolicy, cwd: string): Promise<FixtureOutcome[]>;
/** Whether a case passed. */
export declare function passed(outcome: FixtureOutcome): boolean;
