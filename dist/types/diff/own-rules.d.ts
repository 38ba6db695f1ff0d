import type { Settings } from "../settings.js";
import type { Finding } from "../types.js";
/** Finding id when the rule files a change brings cannot be loaded. */
export declare const CHANGE_RULES_INVALID = "change-rules-invalid";
/**
 * What a change's own rule files would do once merged, found by checking the head with them:
 * waivers it extends (`waiver-extended`, as without a base) and rule files it breaks. A run
 * with rules from the base does not apply them, but both matter at review: an extension takes
 * effect on merge, and a broken config or policy would stop every later run.
 */
export declare function ownRuleFindings(settings: Settings & {
    base: string;
}): Promise<Finding[]>;
