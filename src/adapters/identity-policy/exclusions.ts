import type { DocPath, Document } from "../../types.js";
import type { IdentityBuilder } from "./identity.js";
import { isUnknown } from "../normalized/unknown.js";

/**
 * Records each entry of an exclusion list (users, groups, roles, apps) as a gap of `kind`; an
 * entry or a whole list that is not a literal becomes an unverified value instead, so the
 * known entries still decide.
 */
export function addExclusions(
  builder: IdentityBuilder,
  list: unknown,
  where: { document: Document; path: DocPath },
  kind: string,
  describe: (who: string) => string,
): void {
  if (list === undefined || list === null) return;
  if (isUnknown(list)) {
    builder.unverified(list, where);
    return;
  }
  if (!Array.isArray(list)) return;
  list.forEach((entry: unknown, index) => {
    const at = { document: where.document, path: [...where.path, index] };
    if (isUnknown(entry)) builder.unverified(entry, at);
    else if (typeof entry === "string" && entry !== "") builder.gap({ kind, who: entry, detail: describe(entry) }, at);
  });
}
