import { plainText } from "../../plain-data.js";
import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import { renovateAutomerge } from "./renovate-automerge.js";
import type { AutomergeRule, UpdatePolicyValue, UpdateSwitch } from "./shape.js";
import { isRecord, relativeTo, rootOf } from "./shape.js";
import { UPDATE_TYPES, appliesToAllPackages, presetName, strings } from "./renovate-rules.js";

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
    if (preset === "disableRenovate") addSwitch({ setting: `extends ${plainText(entry)}`, covers: "all", enabled: config["enabled"] === true }, ["extends", i]);
    if (preset === "disableVulnerabilityAlerts") addSwitch({ setting: `extends ${plainText(entry)}`, covers: "security", enabled: alerts["enabled"] === true }, ["extends", i]);
  });

  for (const { rule, path } of renovateAutomerge(config, rules)) addAutomerge(rule, path);

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
