import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { IdentityBuilder } from "./identity.js";
import { TERRAFORM_FORMATS, terraformBlocks } from "./terraform-blocks.js";
import { bool, marker, shown, text } from "./values.js";

/** GitLab's default grace period, in hours, when `two_factor_grace_period` is not set. */
const DEFAULT_GRACE_HOURS = 48;

/**
 * GitLab groups (`gitlab_group`) and instance settings (`gitlab_application_settings`):
 * `require_two_factor_authentication` (off unless set) and `two_factor_grace_period`, the hours
 * a member may keep working without enrolling (`gracePeriodHours`, present when 2FA is required).
 */
export function gitlabSubjects(documents: readonly ParsedDocument[]): Subject[] {
  return terraformBlocks(documents, "resource", new Set(["gitlab_group", "gitlab_application_settings"])).map((group) => {
    const body = group.value;
    const at = { document: group.document, path: group.path };
    const instance = group.type === "gitlab_application_settings";
    const name = instance ? "instance settings" : (text(body["full_path"]) ?? text(body["path"]) ?? text(body["name"]) ?? group.name);
    const builder = new IdentityBuilder("gitlab", group.format, group.address, at, "code-hosting", name);
    const raw = body["require_two_factor_authentication"];
    const rawAt = { document: group.document, path: [...group.path, "require_two_factor_authentication"] };
    const unknown = marker(raw);
    if (unknown) builder.secondFactor(unknown, `require_two_factor_authentication = ${shown(raw)}`, rawAt);
    else if (raw === undefined) builder.secondFactor("off", "require_two_factor_authentication is not set (default false)", at);
    else builder.secondFactor(bool(raw) === true ? "required" : "off", `require_two_factor_authentication = ${shown(raw)}`, rawAt);
    // The grace period matters only once 2FA is required; without the requirement it is moot.
    const grace = body["two_factor_grace_period"];
    if (bool(raw) !== true) return builder.build({ address: group.address, type: group.type });
    if (grace === undefined) builder.field("gracePeriodHours", DEFAULT_GRACE_HOURS, at);
    else builder.field("gracePeriodHours", typeof grace === "string" && /^\d+$/.test(grace) ? Number(grace) : grace, { document: group.document, path: [...group.path, "two_factor_grace_period"] });
    return builder.build({ address: group.address, type: group.type });
  });
}

/** What this module reads, and how. */
export const gitlabReader: ProductReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => gitlabSubjects(documents) };
