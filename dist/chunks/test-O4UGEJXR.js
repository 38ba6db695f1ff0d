import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  passed,
  runFixtures
} from "./chunk-J7HW5UUG.js";
import "./chunk-AGQN5FQL.js";
import "./chunk-YJFN527I.js";
import {
  useColor
} from "./chunk-M4JA72A4.js";
import {
  builtinPolicyDir,
  createCelEnv,
  loadPolicies
} from "./chunk-KLKXLR7W.js";
import "./chunk-BUIRFRZK.js";
import "./chunk-DARFTWNZ.js";
import "./chunk-6H6NFEN3.js";
import {
  ExitCode
} from "./chunk-EJRCV5Q7.js";

// src/cli/commands/test.ts
import { resolve } from "node:path";
async function runTest(dirs, _values, io) {
  const color = useColor(io.isTTY, io.env);
  const paint = (code, text) => color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const sources = dirs.length > 0 ? dirs.map((d) => ({ dir: resolve(io.cwd, d), builtin: false })) : [{ dir: builtinPolicyDir(), builtin: true }];
  const policies = loadPolicies(sources, createCelEnv({ now: /* @__PURE__ */ new Date() }), io.cwd);
  const outcomes = [];
  let untested = 0;
  for (const compiled of policies) {
    if (compiled.policy.tests.length === 0) {
      untested += 1;
      io.out(`${paint(33, "?")} ${compiled.policy.id} has no tests
`);
      continue;
    }
    const results = await runFixtures(compiled, io.cwd);
    outcomes.push(...results);
    const failed = results.filter((r) => !passed(r));
    if (failed.length === 0) {
      io.out(`${paint(32, "\u2713")} ${compiled.policy.id} (${results.length} case${results.length === 1 ? "" : "s"})
`);
      continue;
    }
    for (const r of failed) {
      io.out(`${paint(31, "\u2717")} ${r.policyId} \u203A ${r.name}  [${r.root}]
`);
      if (r.error) io.out(`    ${r.error}
`);
      for (const m of r.missing) io.out(`    ${paint(31, "- expected, not produced:")} ${m}
`);
      for (const u of r.unexpected) io.out(`    ${paint(32, "+ produced, not expected:")} ${u.entry}  "${u.message}"
`);
    }
  }
  const failedCount = outcomes.filter((o) => !passed(o)).length;
  io.out(`
${outcomes.length - failedCount} passed, ${failedCount} failed${untested ? `, ${untested} policies without tests` : ""}
`);
  if (policies.length === 0) {
    io.err("norecur: no policies found\n");
    return ExitCode.NothingChecked;
  }
  return failedCount > 0 ? ExitCode.Findings : ExitCode.Clean;
}
export {
  runTest
};
