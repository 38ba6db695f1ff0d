import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { changedFiles } from "../git/changed-files.js";
import { changedLines, type ChangedLines } from "../git/changed-lines.js";
import { materializeRevision, pathInRepository, type MaterializedRevision } from "../git/materialize.js";
import { mergeBase, repoLocation, resolveCommit } from "../git/revision.js";
import { check } from "../run.js";
import type { Settings } from "../settings.js";
import { sortFindings, summarize } from "../result.js";
import type { Finding, RunResult, Waiver } from "../types.js";
import { classifyFindings } from "./classify.js";
import { renameFindings } from "./renames.js";
import { ruleFiles, type RuleOptions } from "./rule-files.js";
import { ruleChanges } from "./rule-changes.js";
import { ownRuleFindings } from "./own-rules.js";
import { lineReader } from "./source-lines.js";
import type { FindingDiff, RuleChange } from "./types.js";

/** Characters that make a path a glob (then it need not exist). */
const GLOB_CHARS = /[*?[\]{}]/;

/** Where the rules judging a pull request come from. */
export type RulesFrom = "base" | "head";

/** A diff-aware run's settings: a check's, plus the base revision and where rules come from. */
export type DiffSettings = Settings & {
  /** The revision the change is compared with, e.g. `origin/main`. */
  base: string;
  /** Read policies, config and waivers from the base (default: a change cannot weaken its own rules) or the head. */
  rulesFrom?: RulesFrom;
};

/** Everything a diff-aware run produced. */
export interface DiffRunResult {
  /** The check of the head (the working tree). */
  head: RunResult;
  /** The same check of the merge base's files. */
  base: RunResult;
  /** Head findings sorted into new and existing, and base findings that are gone. */
  diff: FindingDiff;
  /** Policy files, config and waivers file the change touches. */
  ruleChanges: RuleChange[];
  /** Lines the change added or modified, by file. */
  changedLines: ChangedLines;
  /** Inline waivers the change adds or edits, not applied because rules came from the base. */
  refusedWaivers: Waiver[];
  /** The revision asked for, as given. */
  baseRef: string;
  /** The commit the change forked from: files are compared with it. */
  mergeBase: string;
  /** Where the rules came from; with `base`, the tip of `baseRef`. */
  rulesFrom: RulesFrom;
}

/**
 * Checks the working tree and the merge base's files with the same rules, and sorts the
 * findings into new, existing and fixed. With rules from the base (the default), the config,
 * policy directories and waivers file are those of the base revision's tip, not of the change:
 * a pull request that disables a policy, weakens it or waives its own finding is judged by the
 * rules it was opened against, and what it changed in them is listed for review. The base's
 * files are compared at the merge base, so changes made on the base branch since the fork are
 * not counted as the pull request's.
 */
export async function diffRun(settings: DiffSettings): Promise<DiffRunResult> {
  const cwd = resolve(settings.cwd ?? process.cwd());
  const rulesFrom = settings.rulesFrom ?? "base";
  const now = settings.now ?? new Date();
  const forkedAt = mergeBase(cwd, settings.base);
  const trees: MaterializedRevision[] = [];
  try {
    let rulesRoot = cwd;
    if (rulesFrom === "base") {
      const rules = materializeRules(cwd, resolveCommit(cwd, settings.base), ruleOptions(settings));
      trees.push(rules);
      rulesRoot = rules.cwd;
    }
    const { base: _ignored, rulesFrom: _rules, ...common } = settings;
    const shared: Settings = { ...common, now, rulesRoot, ...(settings.paths ? { paths: settings.paths.map((p) => (isAbsolute(p) ? relative(cwd, p) : p)) } : {}) };
    // Only the checked paths are needed: discovery walks each named path on its own (its
    // .gitignore files start there). A glob walks the whole directory, so then all of it.
    const paths = shared.paths ?? [];
    const scope = paths.length > 0 && !paths.some((p) => GLOB_CHARS.test(p)) ? paths : ["."];
    const baseFiles = materializeRevision(cwd, forkedAt, scope);
    trees.push(baseFiles);
    // An inline waiver is a rule too: with rules from the base, one the change writes (its
    // comment line is added or edited) does not apply. With rules from the head, the change's
    // waivers file is in force, so the head run itself checks it for extensions against the base.
    const changed = changedLines(cwd, settings.base);
    const refusedWaivers: Waiver[] = [];
    const refuseNew = (waiver: Waiver): boolean => {
      const fresh = changed.get(waiver.file)?.has(waiver.range.line) === true;
      if (fresh) refusedWaivers.push(waiver);
      return !fresh;
    };
    const checked = await check({ ...shared, cwd, ...(rulesFrom === "head" ? { base: settings.base } : { inlineWaivers: refuseNew }) });
    const rules = ruleChanges(cwd, settings.base, undefined, ruleOptions(settings));
    // The change's own rule files are not applied, but what they would do once merged is reported.
    const own = rulesFrom === "base" && rules.length > 0 ? await ownRuleFindings({ ...shared, cwd, base: settings.base }) : [];
    const head = own.length === 0 ? checked : withFindings(checked, own);
    const base = await check({ ...shared, cwd: baseFiles.cwd, paths: basePaths(baseFiles.cwd, shared.paths) });

    const renames = new Map(changedFiles(cwd, forkedAt).flatMap((c) => (c.change === "renamed" && c.from !== undefined ? [[c.from, c.file] as const] : [])));
    const oldName = new Map([...renames].map(([from, to]) => [to, from]));
    const ruleDisplays = new Set(head.waivers.filter((w) => w.waiver.origin === "file").map((w) => w.waiver.file));
    const readHead = lineReader(cwd, (file) => (ruleDisplays.has(file) ? rulesRoot : undefined));
    const readBase = lineReader(baseFiles.cwd, (file) => (ruleDisplays.has(file) ? rulesRoot : undefined));
    const diff = classifyFindings(head.findings, renameFindings(base.findings, renames), {
      head: readHead,
      base: (file, line) => readBase(oldName.get(file) ?? file, line),
    });

    return {
      head,
      base,
      diff,
      ruleChanges: rules,
      changedLines: changed,
      refusedWaivers,
      baseRef: settings.base,
      mergeBase: forkedAt,
      rulesFrom,
    };
  } finally {
    for (const tree of trees) tree.cleanup();
  }
}

/**
 * The base revision's rule files in a temporary tree: the config first, then the policy
 * directories and waivers file it names (and those of the command line). Directories outside
 * the repository have no revision and are read where they are.
 */
function materializeRules(cwd: string, commit: string, options: RuleOptions): MaterializedRevision {
  const configs = ruleFiles(undefined, undefined, options).configs;
  const first = materializeRevision(cwd, commit, configs);
  try {
    const present = configs.find((c) => existsSync(resolve(first.cwd, c)));
    const rules = ruleFiles(present, present !== undefined ? readFileSync(resolve(first.cwd, present), "utf8") : undefined, options);
    const { prefix } = repoLocation(cwd);
    const inside = (path: string): boolean => pathInRepository(prefix, path) !== undefined;
    return materializeRevision(cwd, commit, [...configs, ...rules.policyDirs, rules.waivers].filter(inside));
  } finally {
    first.cleanup();
  }
}

/**
 * The checked paths that exist at the base: a directory the change adds has nothing to compare
 * with. When none is left, an empty directory stands in, so the base run checks nothing rather
 * than everything.
 */
function basePaths(root: string, paths: readonly string[] | undefined): string[] {
  if (paths === undefined || paths.length === 0) return ["."];
  const present = paths.filter((p) => GLOB_CHARS.test(p) || existsSync(resolve(root, p)));
  if (present.length > 0) return present;
  const empty = mkdtempSync(join(root, ".norecur-nothing-"));
  return [relative(root, empty)];
}

/** A run result with more findings, kept sorted and counted. */
function withFindings(result: RunResult, extra: readonly Finding[]): RunResult {
  const findings = sortFindings([...result.findings, ...extra]);
  return { ...result, findings, summary: summarize(result.files, findings, result.coverage) };
}

/** The command line's say on rule files, which holds on both sides of the change. */
function ruleOptions(settings: Settings): RuleOptions {
  return { ...(settings.config !== undefined ? { config: settings.config } : {}), ...(settings.policyDirs ? { policyDirs: settings.policyDirs } : {}) };
}
