import { NorecurError } from "../errors.js";
import { check } from "../run.js";
import type { Settings } from "../settings.js";
import type { Finding } from "../types.js";
import { WAIVER_EXTENDED } from "../waivers/extensions.js";
import { WAIVER_HISTORY_UNAVAILABLE } from "../waivers/waive.js";

/** Finding id when the rule files a change brings cannot be loaded. */
export const CHANGE_RULES_INVALID = "change-rules-invalid";

/**
 * What a change's own rule files would do once merged, found by checking the head with them:
 * waivers it extends (`waiver-extended`, as without a base) and rule files it breaks. A run
 * with rules from the base does not apply them, but both matter at review: an extension takes
 * effect on merge, and a broken config or policy would stop every later run.
 */
export async function ownRuleFindings(settings: Settings & { base: string }): Promise<Finding[]> {
  try {
    const own = await check({ ...settings, rulesRoot: settings.cwd ?? process.cwd() });
    return own.findings.filter((f) => f.policyId === WAIVER_EXTENDED || f.policyId === WAIVER_HISTORY_UNAVAILABLE);
  } catch (error) {
    if (!(error instanceof NorecurError)) throw error;
    return [
      {
        policyId: CHANGE_RULES_INVALID,
        severity: "high",
        status: "fail",
        message: `The rule files of this change cannot be loaded (${error.code} error): ${error.message}. Once merged, every run would stop.`,
        file: ".",
        subject: ".",
        incidents: [],
      },
    ];
  }
}
