import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { isUnknown } from "../normalized/unknown.js";
import { IdentityBuilder } from "./identity.js";
import { isRecord, text } from "./values.js";

/**
 * The GitHub organisation, from the settings snapshot (`.norecur/github-settings.json`, written
 * from the REST API): `two_factor_requirement_enabled`, and the members and outside
 * collaborators the API lists with `filter=2fa_disabled`. A value the token could not read is
 * an `$unknown` marker in the snapshot and stays one. A snapshot without `organization` has no
 * organisation to check and yields no subject.
 */
export function githubSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "github-settings" || !isRecord(document.value)) continue;
    const org = document.value["organization"];
    if (!isRecord(org)) continue;
    const login = text(org["login"]) ?? "organization";
    const here = (path: Array<string | number>) => ({ document, path: ["organization", ...path] });
    const builder = new IdentityBuilder("github", "github-settings", `github:${login}`, here([]), "code-hosting", login);
    const required = org["two_factor_requirement_enabled"];
    const setting = `two_factor_requirement_enabled = ${JSON.stringify(required ?? null)}`;
    if (isUnknown(required)) builder.secondFactor(required, setting, here(["two_factor_requirement_enabled"]));
    else if (required === true) builder.secondFactor("required", setting, here(["two_factor_requirement_enabled"]));
    else if (required === false) builder.secondFactor("off", setting, here(["two_factor_requirement_enabled"]));
    // The API returns null or omits the field to tokens without admin:org: not readable, not false.
    else builder.secondFactor({ $unknown: "two_factor_requirement_enabled is missing from the snapshot (needs the admin:org scope)" }, setting, here(["two_factor_requirement_enabled"]));

    const lists = [
      { key: "members_without_2fa", kind: "member-without-2fa", what: "Member" },
      { key: "outside_collaborators_without_2fa", kind: "outside-collaborator-without-2fa", what: "Outside collaborator" },
    ];
    for (const { key, kind, what } of lists) {
      const list = org[key];
      if (isUnknown(list)) builder.unverified(list, here([key]));
      else if (list === undefined || list === null) builder.unverified({ $unknown: `${key} is missing from the snapshot` }, here([]));
      else if (Array.isArray(list))
        list.forEach((entry: unknown, index) => {
          const who = isRecord(entry) ? text(entry["login"]) : text(entry);
          if (who !== undefined) builder.gap({ kind, who, detail: `${what} ${who} of ${login} has no second factor.` }, here([key, index]));
        });
    }
    subjects.push(builder.build({ organization: login, source: document.value["source"] ?? null }));
  }
  return subjects;
}

/** What this module reads, and how. */
export const githubReader: ProductReader = { formats: ["github-settings"], read: ({ documents }) => githubSubjects(documents) };
