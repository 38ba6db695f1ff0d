import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import { isUnknown } from "../normalized/unknown.js";
import type { AutomergeRule, Flag, UpdatePolicyValue, UpdateSwitch } from "./shape.js";
import { isRecord, rootOf } from "./shape.js";

/** PHP truthiness of a literal constant value, or the marker when it is computed. */
function truthy(value: unknown): Flag {
  if (isUnknown(value)) return value;
  if (typeof value === "string") return value !== "" && value !== "0";
  if (typeof value === "number") return value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** WP_AUTO_UPDATE_CORE channels that install new major (and pre-release) versions unattended. */
const MAJOR_CHANNELS = ["beta", "rc", "development", "branch-development"];

/**
 * WordPress core's background updater, from the constants of `wp-config.php`:
 * `AUTOMATIC_UPDATER_DISABLED` and `DISALLOW_FILE_MODS` (truthy: no background update at all,
 * core security releases included), `WP_AUTO_UPDATE_CORE` (`false`: no core update;
 * `'minor'`, the default: security and maintenance releases; `true` or a development channel:
 * new major versions too, installed with no review).
 */
export function wordpressCoreSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "php-config" || !/(^|\/)wp-config\.php$/.test(document.file)) continue;
    const constants = isRecord(document.value) && isRecord(document.value["constants"]) ? document.value["constants"] : {};
    const sources = new SourceMap({ document, path: [] });
    const switches: UpdateSwitch[] = [];
    const automerge: AutomergeRule[] = [];
    const add = (name: string, entry: UpdateSwitch): void => {
      sources.add(["switches", switches.length], { document, path: ["constants", name] });
      switches.push(entry);
    };
    for (const name of ["AUTOMATIC_UPDATER_DISABLED", "DISALLOW_FILE_MODS"]) {
      if (!Object.hasOwn(constants, name)) continue;
      const on = truthy(constants[name]);
      add(name, { setting: name, covers: "all", enabled: typeof on === "boolean" ? !on : on });
    }
    if (Object.hasOwn(constants, "WP_AUTO_UPDATE_CORE")) {
      const channel = constants["WP_AUTO_UPDATE_CORE"];
      add("WP_AUTO_UPDATE_CORE", { setting: "WP_AUTO_UPDATE_CORE", covers: "all", enabled: isUnknown(channel) ? channel : channel !== false });
      // A computed channel may be `true`: which updates it installs unreviewed is unknown.
      if (channel === true || isUnknown(channel) || (typeof channel === "string" && MAJOR_CHANNELS.includes(channel))) {
        sources.add(["automerge", automerge.length], { document, path: ["constants", "WP_AUTO_UPDATE_CORE"] });
        automerge.push({ setting: "WP_AUTO_UPDATE_CORE", updateTypes: isUnknown(channel) ? channel : ["major", "minor", "patch"] });
      }
    }
    const value: UpdatePolicyValue = { root: rootOf(document.file, roots), component: { type: "wordpress-core", name: "wordpress" }, switches, automerge };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `wordpress-core:${document.file}`, product: "wordpress-core", format, value: value as unknown as Record<string, unknown>, sources }),
    );
  }
  return subjects;
}
