import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  check
} from "./chunk-AGQN5FQL.js";

// src/policy/run-fixtures.ts
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
function canonicalExpectation(entry, policyId) {
  const parts = entry.trim().split(/\s+/);
  const unknown = parts[parts.length - 1] === "unknown" ? parts.pop() : void 0;
  const location = parts.pop() ?? "";
  const id = parts.pop() ?? policyId;
  return `${id} ${location}${unknown ? " unknown" : ""}`;
}
function canonicalFinding(finding) {
  const location = finding.range ? `${finding.file}:${finding.range.line}:${finding.range.column}` : finding.file;
  return `${finding.policyId} ${location}${finding.status === "unknown" ? " unknown" : ""}`;
}
async function runFixtures(compiled, cwd) {
  const outcomes = [];
  for (const test of compiled.policy.tests) {
    const rootAbs = resolve(dirname(compiled.policy.file), test.root);
    const root = relative(cwd, rootAbs) || ".";
    const outcome = { policyId: compiled.policy.id, name: test.name, root, missing: [], unexpected: [] };
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
function passed(outcome) {
  return !outcome.error && outcome.missing.length === 0 && outcome.unexpected.length === 0;
}

export {
  runFixtures,
  passed
};
