import { plainText } from "../../plain-data.js";
import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { UpdateBot, UpdatePolicyValue, UpdateSwitch } from "./shape.js";
import { isRecord, rootOf } from "./shape.js";

/** Dependabot directories are repository paths written `/x` or `x`; compare them in one form. */
export function slashPath(directory: string): string {
  const trimmed = directory.trim().replace(/^\.?\/*/, "").replace(/\/+$/, "");
  return `/${trimmed}`;
}

/**
 * A Dependabot configuration: the ecosystems and directories it keeps up to date, and the
 * settings that stop updates. An `ignore` entry for `dependency-name: "*"` with neither
 * `versions` nor `update-types` ignores every dependency, and `ignore` applies to security
 * updates too, except in an entry with `target-branch` (whose updates are version updates for
 * another branch). `open-pull-requests-limit: 0` stops version updates only: security updates
 * have a separate limit.
 */
export function dependabotSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "dependabot" || !isRecord(document.value)) continue;
    const updates = Array.isArray(document.value["updates"]) ? document.value["updates"] : [];
    const sources = new SourceMap({ document, path: [] });
    const ecosystems: NonNullable<UpdateBot["ecosystems"]> = [];
    const switches: UpdateSwitch[] = [];
    updates.forEach((entry, u) => {
      if (!isRecord(entry)) return;
      const ecosystem = entry["package-ecosystem"];
      const directories = [entry["directory"], ...(Array.isArray(entry["directories"]) ? entry["directories"] : [])].filter((d): d is string => typeof d === "string");
      if (typeof ecosystem === "string") {
        sources.add(["bot", "ecosystems", ecosystems.length], { document, path: ["updates", u] });
        ecosystems.push({ ecosystem, directories: directories.map(slashPath) });
      }
      const versionOnly = entry["target-branch"] !== undefined;
      const ignore = Array.isArray(entry["ignore"]) ? entry["ignore"] : [];
      ignore.forEach((rule, k) => {
        if (!isRecord(rule) || rule["dependency-name"] !== "*" || rule["versions"] !== undefined || rule["update-types"] !== undefined) return;
        sources.add(["switches", switches.length], { document, path: ["updates", u, "ignore", k] });
        switches.push({ setting: `ignore dependency-name "*" (${plainText(ecosystem)})`, covers: versionOnly ? "version" : "all", enabled: false });
      });
      if (entry["open-pull-requests-limit"] === 0) {
        sources.add(["switches", switches.length], { document, path: ["updates", u, "open-pull-requests-limit"] });
        switches.push({ setting: `open-pull-requests-limit: 0 (${plainText(ecosystem)})`, covers: "version", enabled: false });
      }
    });
    const value: UpdatePolicyValue = {
      root: rootOf(document.file, roots),
      component: { type: "update-bot", name: "dependabot" },
      bot: { name: "dependabot", enabled: true, ecosystems },
      switches,
    };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `dependabot:${document.file}`, product: "dependabot", format, value: value as unknown as Record<string, unknown>, sources }),
    );
  }
  return subjects;
}
