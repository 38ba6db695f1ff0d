import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import { unknownValue } from "../normalized/unknown.js";
import type { Flag, UpdatePolicyValue } from "./shape.js";
import { isRecord, rootOf } from "./shape.js";

/**
 * Whether WordPress auto-updates one plugin, from an entry of a WP-CLI export:
 * `wp plugin list --format=json` (`auto_update`: `on` / `off`) or `wp plugin auto-updates status
 * --format=json` (`status`: `enabled` / `disabled`). A plugin list made without the
 * `auto_update` field (WP-CLI before 2.5, or `--fields` leaving it out) does not say: unknown.
 */
function autoUpdateOf(entry: Record<string, unknown>): { enabled: Flag; field: string } {
  const flag = entry["auto_update"];
  if (flag === "on" || flag === "off") return { enabled: flag === "on", field: "auto_update" };
  const status = entry["status"];
  if (status === "enabled" || status === "disabled") return { enabled: status === "enabled", field: "status" };
  return { enabled: unknownValue("the export has no auto_update field for this plugin"), field: "auto_update" };
}

/** One subject per plugin of every WP-CLI plugin export. */
export function wordpressPluginSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "wp-cli-plugins" || !Array.isArray(document.value)) continue;
    document.value.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry["name"] !== "string") return;
      const { enabled, field } = autoUpdateOf(entry);
      const sources = new SourceMap({ document, path: [i] })
        .add(["component", "name"], { document, path: [i, "name"] })
        .add(["autoUpdate"], { document, path: [i, field] })
        .add(["autoUpdate", "enabled"], { document, path: [i, field] });
      const value: UpdatePolicyValue = {
        root: rootOf(document.file, roots),
        component: { type: "wordpress-plugin", name: entry["name"] },
        autoUpdate: { enabled, setting: field },
      };
      subjects.push(
        normalizedSubject({
          kind: "update-policy",
          id: `wordpress-plugin:${document.file}#${entry["name"]}`,
          product: "wordpress-plugins",
          format,
          value: value as unknown as Record<string, unknown>,
          sources,
          meta: { export: field === "status" ? "auto-updates-status" : "plugin-list" },
        }),
      );
    });
  }
  return subjects;
}
