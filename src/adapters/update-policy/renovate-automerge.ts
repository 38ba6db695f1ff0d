import { plainText } from "../../plain-data.js";
import type { DocPath } from "../../types.js";
import { type UnknownMarker, unknownValue } from "../normalized/unknown.js";
import { releaseAgeDays } from "./release-age.js";
import { UPDATE_TYPES, appliesToAllPackages, presetName, strings } from "./renovate-rules.js";
import type { AutomergeRule } from "./shape.js";
import { isRecord } from "./shape.js";

/** Presets that turn automerge on for every package, by the update types they cover. */
const AUTOMERGE_PRESETS: Readonly<Record<string, string[]>> = {
  automergeAll: ["all"],
  automergeMajor: ["major", "minor", "patch"],
  automergeMinor: ["minor", "patch"],
  automergePatch: ["patch"],
  automergeDigest: ["digest"],
};

/**
 * A preset Renovate fetches from elsewhere: a repository (`github>org/repo`, `gitlab>`, `gitea>`,
 * `bitbucket>`, `forgejo>`, `local>`) or an npm package (`@org/renovate-config`, `my-config`).
 * Built-in presets are `group:name` or `:name`.
 */
function isExternalPreset(entry: unknown): boolean {
  return typeof entry === "string" && (/^[a-z-]+>/.test(entry) || entry.startsWith("@") || !entry.includes(":"));
}

/** A rule's own release age (`minimumReleaseAge`, or the older `stabilityDays`), when it sets one; `null` sets none. */
function ownAge(holder: Record<string, unknown>): number | UnknownMarker | undefined {
  for (const key of ["minimumReleaseAge", "stabilityDays"]) if (holder[key] !== undefined) return releaseAgeDays(holder[key]);
  return undefined;
}

/**
 * Every place a Renovate configuration turns automerge on, with the update types it covers and
 * the release age it waits for: `:automerge*` presets, top-level `automerge` (minus the update
 * types a rule for every package turns back off, or disables), the `major` / `minor` / `patch` /
 * `pin` / `digest` objects, and `packageRules`. `path` is where the setting is written.
 */
export function renovateAutomerge(config: Record<string, unknown>, rules: ReadonlyArray<Record<string, unknown>>): Array<{ rule: AutomergeRule; path: DocPath }> {
  // The release age every rule inherits: the top level, then packageRules for all packages (later ones win).
  let age = ownAge(config) ?? 0;
  for (const rule of rules) if (appliesToAllPackages(rule) && rule["matchUpdateTypes"] === undefined) age = ownAge(rule) ?? age;

  const out: Array<{ rule: AutomergeRule; path: DocPath }> = [];
  (Array.isArray(config["extends"]) ? config["extends"] : []).forEach((entry, i) => {
    const types = AUTOMERGE_PRESETS[presetName(entry) ?? ""];
    if (types) out.push({ rule: { setting: `extends ${plainText(entry)}`, updateTypes: types, minimumReleaseAgeDays: age }, path: ["extends", i] });
    else if (isExternalPreset(entry)) {
      const reason = unknownValue(`preset ${plainText(entry)} is read from outside the repository and may turn automerge on`);
      // One unknown per preset: its release age is left out rather than reported unknown a second time.
      out.push({ rule: { setting: `extends ${plainText(entry)}`, updateTypes: reason }, path: ["extends", i] });
    }
  });
  if (config["automerge"] === true) {
    const off = new Set<string>();
    for (const type of UPDATE_TYPES) if (isRecord(config[type]) && config[type]["automerge"] === false) off.add(type);
    for (const rule of rules) {
      if ((rule["automerge"] === false || rule["enabled"] === false) && appliesToAllPackages(rule) && rule["matchManagers"] === undefined) {
        strings(rule["matchUpdateTypes"]).forEach((t) => off.add(t));
      }
    }
    const types = UPDATE_TYPES.filter((t) => !off.has(t));
    if (types.length > 0) out.push({ rule: { setting: "automerge", updateTypes: off.size === 0 ? ["all"] : types, minimumReleaseAgeDays: age }, path: ["automerge"] });
  }
  for (const type of UPDATE_TYPES) {
    const holder = config[type];
    if (isRecord(holder) && holder["automerge"] === true) {
      out.push({ rule: { setting: `${type}.automerge`, updateTypes: [type], minimumReleaseAgeDays: ownAge(holder) ?? age }, path: [type, "automerge"] });
    }
  }
  rules.forEach((rule, i) => {
    if (rule["automerge"] !== true) return;
    const types = strings(rule["matchUpdateTypes"]);
    out.push({
      rule: { setting: `packageRules[${i}].automerge`, updateTypes: types.length > 0 ? types : ["all"], minimumReleaseAgeDays: ownAge(rule) ?? age },
      path: ["packageRules", i, "automerge"],
    });
  });
  return out;
}
