import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import { isUnknown, unknownValue } from "../normalized/unknown.js";
import type { Flag, UpdatePolicyValue } from "./shape.js";
import { isRecord, rootOf } from "./shape.js";

/**
 * Dependabot security updates, a repository setting outside `.github/dependabot.yml`, from the
 * GitHub settings snapshot (`.norecur/github-settings.json`, `norecur snapshot github`): one
 * subject per repository. A value the token could not read stays an unknown marker.
 */
export function githubSecurityUpdateSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "github-settings" || !isRecord(document.value) || !Array.isArray(document.value["repositories"])) continue;
    document.value["repositories"].forEach((repository, i) => {
      if (!isRecord(repository)) return;
      const name = typeof repository["full_name"] === "string" ? repository["full_name"] : `repositories[${i}]`;
      const setting = repository["dependabot_security_updates"];
      const enabled: Flag =
        typeof setting === "boolean" || isUnknown(setting) ? setting : unknownValue(`dependabot_security_updates of ${name} is missing from the snapshot`);
      const sources = new SourceMap({ document, path: ["repositories", i] }).add(["switches", 0], {
        document,
        path: ["repositories", i, "dependabot_security_updates"],
      });
      const value: UpdatePolicyValue = {
        root: rootOf(document.file, roots),
        component: { type: "update-bot", name: `dependabot security updates of ${name}` },
        switches: [{ setting: `dependabot_security_updates of ${name}`, covers: "security", enabled }],
      };
      subjects.push(
        normalizedSubject({ kind: "update-policy", id: `github:${name}`, product: "github", format, value: value as unknown as Record<string, unknown>, sources }),
      );
    });
  }
  return subjects;
}
