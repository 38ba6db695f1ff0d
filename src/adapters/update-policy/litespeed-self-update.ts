import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import { unknownValue } from "../normalized/unknown.js";
import type { Flag, UpdatePolicyValue } from "./shape.js";
import { isRecord, rootOf } from "./shape.js";

/** LiteSpeed stores booleans as `1`/`0`, `"1"`/`"0"` or `true`/`false` depending on version and export path. */
function flag(value: unknown): Flag {
  if (value === undefined) return false; // the plugin's default (src/base.cls.php)
  if (value === true || value === 1 || value === "1") return true;
  if (value === false || value === 0 || value === "0" || value === "") return false;
  return unknownValue("auto_upgrade is neither on nor off");
}

/**
 * LiteSpeed Cache's own self-update switch, `auto_upgrade` (default off), from its settings
 * export: the plugin updates itself when it is on, whatever WordPress's per-plugin setting says.
 */
export function litespeedSelfUpdateSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "litespeed-export" || !isRecord(document.value)) continue;
    const sources = new SourceMap({ document, path: [] });
    if (Object.hasOwn(document.value, "auto_upgrade")) {
      sources.add(["autoUpdate"], { document, path: ["auto_upgrade"] }).add(["autoUpdate", "enabled"], { document, path: ["auto_upgrade"] });
    }
    const value: UpdatePolicyValue = {
      root: rootOf(document.file, roots),
      component: { type: "wordpress-plugin", name: "litespeed-cache" },
      autoUpdate: { enabled: flag(document.value["auto_upgrade"]), setting: "auto_upgrade" },
    };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `wordpress-plugin:${document.file}#litespeed-cache`, product: "litespeed-cache", format, value: value as unknown as Record<string, unknown>, sources, meta: { export: "litespeed-settings" } }),
    );
  }
  return subjects;
}
