import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * GitLab groups (`gitlab_group`) and instance settings (`gitlab_application_settings`):
 * `require_two_factor_authentication` (off unless set) and `two_factor_grace_period`, the hours
 * a member may keep working without enrolling (`gracePeriodHours`, present when 2FA is required).
 */
export declare function gitlabSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const gitlabReader: ProductReader;
