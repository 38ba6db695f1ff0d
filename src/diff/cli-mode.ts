import { NorecurError } from "../errors.js";
import { tryGit } from "../git/git.js";
import type { RulesFrom } from "./diff-run.js";

/** What `check`'s diff options ask for. */
export type DiffMode =
  | { kind: "plain" }
  | { kind: "diff"; base: string; rulesFrom: RulesFrom; newOnly: boolean }
  /** `--base` outside a git repository: the run goes on unclassified, and says so. */
  | { kind: "no-history"; note: string };

/** The `--base`, `--new-only` and `--rules-from` options, checked together. */
export function diffMode(values: { base?: string; "new-only"?: boolean; "rules-from"?: string }, cwd: string): DiffMode {
  const rulesFrom = values["rules-from"];
  if (rulesFrom !== undefined && rulesFrom !== "base" && rulesFrom !== "head") {
    throw new NorecurError("usage", `--rules-from must be base or head, not "${rulesFrom}"`);
  }
  if (values.base === undefined) {
    if (values["new-only"]) throw new NorecurError("usage", "--new-only needs --base REF: new is relative to a base revision");
    if (rulesFrom !== undefined) throw new NorecurError("usage", "--rules-from needs --base REF");
    return { kind: "plain" };
  }
  if (tryGit(cwd, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    // Failing only on new findings without knowing which are new would hide every finding.
    if (values["new-only"]) throw new NorecurError("usage", `--new-only: ${cwd} is not inside a git working tree, so no finding can be told new`);
    return { kind: "no-history", note: `norecur: findings were not compared with ${values.base}: not a git repository (or git is not installed)\n` };
  }
  return { kind: "diff", base: values.base, rulesFrom: rulesFrom ?? "base", newOnly: values["new-only"] === true };
}
