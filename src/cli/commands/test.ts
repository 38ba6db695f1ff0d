import { resolve } from "node:path";
import { createCelEnv } from "../../engine/cel-env.js";
import { ExitCode } from "../../exit-code.js";
import { builtinPolicyDir } from "../../policy/builtin-dir.js";
import { loadPolicies } from "../../policy/load-policies.js";
import { passed, runFixtures, type FixtureOutcome } from "../../policy/run-fixtures.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
import { useColor } from "../options.js";

/** `norecur test [dirs...]`: every policy's fixtures, with a readable diff on mismatch. */
export async function runTest(dirs: readonly string[], _values: CliValues, io: Io): Promise<number> {
  const color = useColor(io.isTTY, io.env);
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const sources = dirs.length > 0 ? dirs.map((d) => ({ dir: resolve(io.cwd, d), builtin: false })) : [{ dir: builtinPolicyDir(), builtin: true }];
  const policies = loadPolicies(sources, createCelEnv({ now: new Date() }), io.cwd);
  const outcomes: FixtureOutcome[] = [];
  let untested = 0;
  for (const compiled of policies) {
    if (compiled.policy.tests.length === 0) {
      untested += 1;
      io.out(`${paint(33, "?")} ${compiled.policy.id} has no tests\n`);
      continue;
    }
    const results = await runFixtures(compiled, io.cwd);
    outcomes.push(...results);
    const failed = results.filter((r) => !passed(r));
    if (failed.length === 0) {
      io.out(`${paint(32, "✓")} ${compiled.policy.id} (${results.length} case${results.length === 1 ? "" : "s"})\n`);
      continue;
    }
    for (const r of failed) {
      io.out(`${paint(31, "✗")} ${r.policyId} › ${r.name}  [${r.root}]\n`);
      if (r.error) io.out(`    ${r.error}\n`);
      for (const m of r.missing) io.out(`    ${paint(31, "- expected, not produced:")} ${m}\n`);
      for (const u of r.unexpected) io.out(`    ${paint(32, "+ produced, not expected:")} ${u.entry}  "${u.message}"\n`);
    }
  }
  const failedCount = outcomes.filter((o) => !passed(o)).length;
  io.out(`\n${outcomes.length - failedCount} passed, ${failedCount} failed${untested ? `, ${untested} policies without tests` : ""}\n`);
  if (policies.length === 0) {
    io.err("norecur: no policies found\n");
    return ExitCode.NothingChecked;
  }
  return failedCount > 0 ? ExitCode.Findings : ExitCode.Clean;
}
