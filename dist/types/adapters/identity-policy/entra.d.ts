import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * Microsoft Entra ID conditional access (`azuread_conditional_access_policy`). Only policies
 * whose grant controls ask for MFA (`mfa` or an authentication strength) are MFA policies;
 * block and device policies are not subjects. Report-only (`enabledForReportingButNotEnforced`)
 * and disabled policies enforce nothing; `operator = "OR"` with another control lets that
 * control stand in for MFA; every excluded user, group, role and application is a gap, and so
 * are client app types short of `all` that no enabled policy blocks (legacy clients would
 * then skip the policy).
 */
export declare function entraSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const entraReader: ProductReader;
