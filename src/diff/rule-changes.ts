import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { changedFiles } from "../git/changed-files.js";
import { tryGit } from "../git/git.js";
import { mergeBase } from "../git/revision.js";
import { isPolicyFile, ruleFiles, type RuleFiles, type RuleOptions } from "./rule-files.js";
import type { RuleChange } from "./types.js";

/**
 * The policy files, config and waivers file that a change adds, modifies or deletes, from the
 * merge base of `base` and HEAD (or `head`) to `head` (default: the working tree, untracked
 * files included). A file counts when it is a rule file on either side, so moving a policy
 * directory in the config, or a policy out of it, is listed too. A rename is the old file
 * deleted and the new one added. Paths are relative to `cwd`.
 */
export function ruleChanges(cwd: string, base: string, head?: string, options: RuleOptions = {}): RuleChange[] {
  const from = mergeBase(cwd, base, head ?? "HEAD");
  const before = sideRules(options, (file) => tryGit(cwd, ["show", `${from}:./${file}`]));
  const after = sideRules(options, (file) =>
    head !== undefined ? tryGit(cwd, ["show", `${head}:./${file}`]) : existsSync(resolve(cwd, file)) ? readFileSync(resolve(cwd, file), "utf8") : undefined,
  );
  const kind = (file: string): RuleChange["kind"] | undefined => {
    if (before.configs.includes(file) || after.configs.includes(file)) return "config";
    if (file === before.waivers || file === after.waivers) return "waivers";
    if (isPolicyFile(file, before.policyDirs) || isPolicyFile(file, after.policyDirs)) return "policy";
    return undefined;
  };
  const changes: RuleChange[] = [];
  const add = (file: string, change: RuleChange["change"]): void => {
    const k = kind(file);
    if (k) changes.push({ file, kind: k, change });
  };
  for (const changed of changedFiles(cwd, from, head, "repository")) {
    if (changed.change === "renamed") {
      add(changed.from ?? changed.file, "deleted");
      add(changed.file, "added");
    } else {
      add(changed.file, changed.change);
    }
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The rule files of one side, given how to read a file there. */
function sideRules(options: RuleOptions, read: (file: string) => string | undefined): RuleFiles {
  const candidates = ruleFiles(undefined, undefined, options).configs;
  for (const file of candidates) {
    const text = read(file);
    if (text !== undefined) return ruleFiles(file, text, options);
  }
  return ruleFiles(undefined, undefined, options);
}
