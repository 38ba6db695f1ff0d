import type { DocPath, Document } from "../../types.js";
import type { IdentityBuilder } from "./identity.js";
/**
 * Records each entry of an exclusion list (users, groups, roles, apps) as a gap of `kind`; an
 * entry or a whole list that is not a literal becomes an unverified value instead, so the
 * known entries still decide.
 */
export declare function addExclusions(builder: IdentityBuilder, list: unknown, where: {
    document: Document;
    path: DocPath;
}, kind: string, describe: (who: string) => string): void;
