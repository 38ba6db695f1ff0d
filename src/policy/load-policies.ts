import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { NorecurError } from "../errors.js";
import { ownSchemaValidator } from "../schema/ajv.js";
import { readValidatedYaml } from "../schema/read-validated-yaml.js";
import type { HiddenPaths } from "../discover/hidden-paths.js";
import type { Policy } from "../types.js";
import type { CelEnvironment } from "../engine/cel-env.js";
import { compilePolicy } from "./compile-policy.js";
import { deferredPolicy } from "./deferred-policy.js";
import { packedBuiltinPolicies } from "./builtin-manifest.js";
import type { CompiledPolicy } from "./compiled-policy.js";
import { policySchema } from "./policy-schema.js";
import { byCodeUnits } from "../compare.js";

/** A directory to read policies from. */
export interface PolicySource {
  /** Absolute directory. */
  dir: string;
  /** Whether it is the built-in pack. */
  builtin: boolean;
}

const POLICY_FILE = /(^|\.)policy\.ya?ml$/;

const validatePolicy = ownSchemaValidator(policySchema, "policy");

/** Files under a policy directory in name order, skipping dot-folders and node_modules. */
function walkPolicyDir(dir: string, visit: (file: string, name: string) => void, hidden?: HiddenPaths): void {
  const unreadable = (current: string, reason: string): NorecurError => new NorecurError("usage", `cannot read policy directory ${current}: ${reason}`);
  const walk = (current: string): void => {
    // A hidden directory is a missing one, with the message a missing one gets.
    if (hidden?.(current) === true) throw unreadable(current, "ENOENT");
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      throw unreadable(current, (error as NodeJS.ErrnoException).code ?? String(error));
    }
    for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join(current, entry.name);
      if (hidden?.(full) === true) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) visit(full, entry.name);
    }
  };
  walk(dir);
}

/** Policy files under a directory, sorted, skipping dot-folders and node_modules. */
export function findPolicyFiles(dir: string, hidden?: HiddenPaths): string[] {
  const out: string[] = [];
  walkPolicyDir(
    dir,
    (file, name) => {
      if (POLICY_FILE.test(name)) out.push(file);
    },
    hidden,
  );
  return out;
}

/** YAML files of a policy directory that hold `id:` and `assert:` keys but are not named like a policy (at most 5). */
function policyLookAlikes(dir: string, hidden?: HiddenPaths): string[] {
  const out: string[] = [];
  walkPolicyDir(dir, (file, name) => {
    if (out.length >= 5 || !/\.ya?ml$/i.test(name) || POLICY_FILE.test(name)) return;
    try {
      if (statSync(file).size > 256 * 1024) return;
      const text = readFileSync(file, "utf8");
      if (/^id:/m.test(text) && /^assert:/m.test(text)) out.push(file);
    } catch {
      // Unreadable: not a look-alike we can name.
    }
  }, hidden);
  return out;
}

/** How policies are loaded. */
export interface LoadOptions {
  /**
   * Compile built-in policies when first evaluated, and take their files as valid (the test
   * suite validates and compiles every one; see deferred-policy.ts): a run's choice, not a test's.
   */
  deferBuiltin?: boolean;
  /** Paths treated as absent (Settings.hidden): not read as policies. */
  hidden?: HiddenPaths;
}

/**
 * Loads, validates and compiles every policy of the given directories. Any broken policy
 * stops the run with its file, line and key; two policies with one id are an error too.
 */
export function loadPolicies(sources: readonly PolicySource[], env: CelEnvironment, cwd: string, options: LoadOptions = {}): CompiledPolicy[] {
  const byId = new Map<string, CompiledPolicy>();
  for (const source of sources) {
    const packedFirst = source.builtin && options.deferBuiltin === true ? packedBuiltinPolicies(source.dir) : undefined;
    const files = packedFirst !== undefined ? [] : findPolicyFiles(source.dir, options.hidden);
    // A named directory without any policy is a typo or a wrong path (`--policies /etc`): say so
    // instead of running without the rules the caller meant to add.
    if (files.length === 0 && !source.builtin) {
      const lookAlikes = policyLookAlikes(source.dir, options.hidden).map((f) => relative(cwd, f) || f);
      const hint = lookAlikes.length > 0 ? `; ${lookAlikes.join(", ")} look${lookAlikes.length === 1 ? "s" : ""} like a policy: rename to policy.yaml or NAME.policy.yaml` : "";
      throw new NorecurError("usage", `no policy files in ${relative(cwd, source.dir) || source.dir} (policies are files named policy.yaml or *.policy.yaml)${hint}`);
    }
    const trusted = source.builtin && options.deferBuiltin === true;
    const read = packedFirst ?? files.map((file) => ({ file, ...readValidatedYaml(file, relative(cwd, file) || file, trusted ? null : validatePolicy(), "policy") }));
    for (const { file, value, document } of read) {
      const display = relative(cwd, file) || file;
      const policy = toPolicy(value as RawPolicy, file, source.builtin);
      const compile = (): CompiledPolicy => compilePolicy(policy, document, display, env, { trusted, builtByPack: packedFirst !== undefined });
      const compiled = source.builtin && options.deferBuiltin === true ? deferredPolicy(policy, compile) : compile();
      const existing = byId.get(policy.id);
      if (existing) {
        throw new NorecurError("policy", `${display}: policy id ${policy.id} is already defined in ${relative(cwd, existing.policy.file)}`);
      }
      byId.set(policy.id, compiled);
    }
  }
  return [...byId.values()].sort((a, b) => byCodeUnits(a.policy.id, b.policy.id));
}

type RawPolicy = Omit<Policy, "file" | "builtin" | "params" | "controls" | "references" | "tests"> &
  Partial<Pick<Policy, "params" | "controls" | "references" | "tests">>;

function toPolicy(raw: RawPolicy, file: string, builtin: boolean): Policy {
  return {
    ...raw,
    params: raw.params ?? {},
    controls: raw.controls ?? [],
    references: raw.references ?? [],
    tests: raw.tests ?? [],
    file,
    builtin,
  };
}
