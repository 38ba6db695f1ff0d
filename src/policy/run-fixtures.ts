import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { check } from "../run.js";
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
  unexpected: Array<{ entry: string; message: string }>;
  /** Set when the case could not run at all. */
  error?: string;
}

/** `[ID ]file:line:col[ unknown]`, normalised with the policy's own id when none is written. */
export function canonicalExpectation(entry: string, policyId: string): string {
  const parts = entry.trim().split(/\s+/);
  const unknown = parts[parts.length - 1] === "unknown" ? parts.pop() : undefined;
  const location = parts.pop() ?? "";
  const id = parts.pop() ?? policyId;
  return `${id} ${location}${unknown ? " unknown" : ""}`;
}

/** The same canonical form for a produced finding. */
export function canonicalFinding(finding: Finding): string {
  const location = finding.range ? `${finding.file}:${finding.range.line}:${finding.range.column}` : finding.file;
  return `${finding.policyId} ${location}${finding.status === "unknown" ? " unknown" : ""}`;
}

/** Runs every case of one policy with that policy alone and compares findings with `expect`. */
export async function runFixtures(compiled: CompiledPolicy, cwd: string): Promise<FixtureOutcome[]> {
  const outcomes: FixtureOutcome[] = [];
  for (const test of compiled.policy.tests) {
    const rootAbs = resolve(dirname(compiled.policy.file), test.root);
    const root = relative(cwd, rootAbs) || ".";
    const outcome: FixtureOutcome = { policyId: compiled.policy.id, name: test.name, root, missing: [], unexpected: [] };
    outcomes.push(outcome);
    if (!existsSync(rootAbs)) {
      outcome.error = `fixture root ${root} does not exist`;
      continue;
    }
    const result = await check({ cwd: rootAbs, paths: ["."], config: false, policies: [compiled], repositoryRoot: rootAbs });
    const expected = test.expect.map((e) => canonicalExpectation(e, compiled.policy.id));
    const produced = result.findings.filter((f) => f.status !== "waived");
    const remaining = [...expected];
    for (const finding of produced) {
      const entry = canonicalFinding(finding);
      const at = remaining.indexOf(entry);
      if (at >= 0) remaining.splice(at, 1);
      else outcome.unexpected.push({ entry, message: finding.message });
    }
    outcome.missing = remaining;
  }
  return outcomes;
}

/** Whether a case passed. */
export function passed(outcome: FixtureOutcome): boolean {
  return !outcome.error && outcome.missing.length === 0 && outcome.unexpected.length === 0;
}
