import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import { releaseAgeDays } from "./release-age.js";
import type { AutomergeRule, UpdatePolicyValue, UpdateSwitch } from "./shape.js";
import { isRecord, relativeTo, rootOf } from "./shape.js";

/** Update types Renovate raises for ordinary dependencies. */
const UPDATE_TYPES = ["major", "minor", "patch", "pin", "digest"];
/** Presets that turn automerge on for every package, by the update types they cover. */
const AUTOMERGE_PRESETS: Readonly<Record<string, string[]>> = {
  automergeAll: ["all"],
  automergeMajor: ["major", "minor", "patch"],
  automergeMinor: ["minor", "patch"],
  automergePatch: ["patch"],
  automergeDigest: ["digest"],
};
const PACKAGE_MATCHERS = /^(?:match|exclude)(?!UpdateTypes$|Managers$)/;
/** Renovate's own default `ignorePaths`. */
const DEFAULT_IGNORE_PATHS = ["**/node_modules/**", "**/bower_components/**"];
/** `:ignoreModulesAndTests` (lib/config/presets/internal/default.ts), and the presets that extend it. */
const MODULES_AND_TESTS = ["**/node_modules/**", "**/bower_components/**", "**/vendor/**", "**/examples/**", "**/__tests__/**", "**/test/**", "**/tests/**", "**/__fixtures__/**"];
const EXTENDING_MODULES_AND_TESTS = new Set([
  ":ignoreModulesAndTests",
  "default:ignoreModulesAndTests",
  "config:recommended",
  "config:base",
  "config:best-practices",
  "config:js-app",
  "config:js-lib",
]);

/** `:name` and `default:name` are the same built-in preset. */
function presetName(entry: unknown): string | undefined {
  return typeof entry === "string" ? /^(?:default)?:([A-Za-z]+)$/.exec(entry)?.[1] : undefined;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** A packageRule that applies to every package (it may still narrow update types or managers). */
const appliesToAllPackages = (rule: Record<string, unknown>): boolean => !Object.keys(rule).some((key) => PACKAGE_MATCHERS.test(key));

/**
 * A Renovate configuration (a Renovate file, or the `renovate` key of the root package.json):
 * whether it runs, its vulnerability alerts, which managers it leaves on, and the rules that
 * automerge updates, with the release age each waits for. Of the presets, only the built-in
 * `:disableRenovate`, `:disableVulnerabilityAlerts`, `:automerge*` and the `ignorePaths` of
 * `:ignoreModulesAndTests` (which `config:recommended` and its relatives extend) are read.
 */
export function renovateSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    const root = rootOf(document.file, roots);
    if (format === "renovate" && isRecord(document.value)) {
      subjects.push(renovateSubject(document, format, root, document.value, []));
    } else if (format === "package-json" && relativeTo(root, document.file) === "package.json" && isRecord(document.value) && isRecord(document.value["renovate"])) {
      subjects.push(renovateSubject(document, format, root, document.value["renovate"], ["renovate"]));
    }
  }
  return subjects;
}

function renovateSubject(document: Document, format: string, root: string, config: Record<string, unknown>, base: DocPath): Subject {
  const sources = new SourceMap({ document, path: base });
  const from = (...path: DocPath): { document: Document; path: DocPath } => ({ document, path: [...base, ...path] });
  const switches: UpdateSwitch[] = [];
  const automerge: AutomergeRule[] = [];
  const addSwitch = (entry: UpdateSwitch, path: DocPath): void => {
    sources.add(["switches", switches.length], from(...path));
    switches.push(entry);
  };
  const addAutomerge = (entry: AutomergeRule, path: DocPath): void => {
    sources.add(["automerge", automerge.length], from(...path));
    automerge.push(entry);
  };
  const alerts = isRecord(config["vulnerabilityAlerts"]) ? config["vulnerabilityAlerts"] : {};
  const extendsList = strings(config["extends"]);
  const rules = (Array.isArray(config["packageRules"]) ? config["packageRules"] : []).map((r) => (isRecord(r) ? r : {}));

  if (typeof config["enabled"] === "boolean") addSwitch({ setting: "enabled", covers: "all", enabled: config["enabled"] }, ["enabled"]);
  if (typeof alerts["enabled"] === "boolean") addSwitch({ setting: "vulnerabilityAlerts.enabled", covers: "security", enabled: alerts["enabled"] }, ["vulnerabilityAlerts", "enabled"]);
  (Array.isArray(config["extends"]) ? config["extends"] : []).forEach((entry, i) => {
    const preset = presetName(entry);
    // A preset applies unless the file itself sets the option back to true.
    if (preset === "disableRenovate") addSwitch({ setting: `extends ${String(entry)}`, covers: "all", enabled: config["enabled"] === true }, ["extends", i]);
    if (preset === "disableVulnerabilityAlerts") addSwitch({ setting: `extends ${String(entry)}`, covers: "security", enabled: alerts["enabled"] === true }, ["extends", i]);
  });

  // The release age every rule inherits: the top level, then packageRules for all packages (later ones win).
  let age: number | UnknownMarker = releaseAgeDays(config["minimumReleaseAge"] ?? config["stabilityDays"]);
  for (const rule of rules) {
    if (appliesToAllPackages(rule) && rule["matchUpdateTypes"] === undefined && (rule["minimumReleaseAge"] !== undefined || rule["stabilityDays"] !== undefined)) {
      age = releaseAgeDays(rule["minimumReleaseAge"] ?? rule["stabilityDays"]);
    }
  }
  const ageOf = (holder: Record<string, unknown>): number | UnknownMarker =>
    holder["minimumReleaseAge"] !== undefined || holder["stabilityDays"] !== undefined ? releaseAgeDays(holder["minimumReleaseAge"] ?? holder["stabilityDays"]) : age;

  (Array.isArray(config["extends"]) ? config["extends"] : []).forEach((entry, i) => {
    const types = AUTOMERGE_PRESETS[presetName(entry) ?? ""];
    if (types) addAutomerge({ setting: `extends ${String(entry)}`, updateTypes: types, minimumReleaseAgeDays: age }, ["extends", i]);
  });
  if (config["automerge"] === true) {
    // Update types a later rule for every package turns automerge off for are not automerged.
    const off = new Set<string>();
    for (const type of UPDATE_TYPES) if (isRecord(config[type]) && config[type]["automerge"] === false) off.add(type);
    for (const rule of rules) {
      // A rule for every package that turns automerge, or the updates themselves, off for some types.
      if ((rule["automerge"] === false || rule["enabled"] === false) && appliesToAllPackages(rule) && rule["matchManagers"] === undefined) {
        strings(rule["matchUpdateTypes"]).forEach((t) => off.add(t));
      }
    }
    const types = UPDATE_TYPES.filter((t) => !off.has(t));
    if (types.length > 0) addAutomerge({ setting: "automerge", updateTypes: off.size === 0 ? ["all"] : types, minimumReleaseAgeDays: age }, ["automerge"]);
  }
  for (const type of UPDATE_TYPES) {
    const holder = config[type];
    if (isRecord(holder) && holder["automerge"] === true) addAutomerge({ setting: `${type}.automerge`, updateTypes: [type], minimumReleaseAgeDays: ageOf(holder) }, [type, "automerge"]);
  }
  rules.forEach((rule, i) => {
    if (rule["automerge"] !== true) return;
    const types = strings(rule["matchUpdateTypes"]);
    addAutomerge({ setting: `packageRules[${i}].automerge`, updateTypes: types.length > 0 ? types : ["all"], minimumReleaseAgeDays: ageOf(rule) }, ["packageRules", i, "automerge"]);
  });

  const disabled = new Set<string>();
  for (const [key, holder] of Object.entries(config)) {
    if (isRecord(holder) && holder["enabled"] === false && key !== "vulnerabilityAlerts" && !UPDATE_TYPES.includes(key)) disabled.add(key);
  }
  for (const rule of rules) {
    if (rule["enabled"] === false && appliesToAllPackages(rule) && rule["matchUpdateTypes"] === undefined) strings(rule["matchManagers"]).forEach((m) => disabled.add(m));
  }
  const runs = config["enabled"] !== false && !(extendsList.some((e) => presetName(e) === "disableRenovate") && config["enabled"] !== true);
  if (config["enabledManagers"] !== undefined) sources.add(["bot", "managers"], from("enabledManagers"));
  const value: UpdatePolicyValue = {
    root,
    component: { type: "update-bot", name: "renovate" },
    bot: {
      name: "renovate",
      enabled: runs,
      managers: { enabled: Array.isArray(config["enabledManagers"]) ? strings(config["enabledManagers"]) : null, disabled: [...disabled] },
      // The file's own ignorePaths replace a preset's, which replace Renovate's default.
      ignorePaths: Array.isArray(config["ignorePaths"])
        ? strings(config["ignorePaths"])
        : extendsList.some((e) => EXTENDING_MODULES_AND_TESTS.has(e))
          ? MODULES_AND_TESTS
          : DEFAULT_IGNORE_PATHS,
    },
    switches,
    automerge,
  };
  return normalizedSubject({ kind: "update-policy", id: `renovate:${document.file}`, product: "renovate", format, value: value as unknown as Record<string, unknown>, sources });
}
