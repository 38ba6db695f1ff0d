import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * Okta through its Terraform provider: authenticator enrollment policies (`okta_policy_mfa`,
 * `okta_policy_mfa_default`: is some second factor `REQUIRED`?), classic sign-on policy rules
 * (`okta_policy_rule_signon`: `mfa_required`) and app sign-on policy rules
 * (`okta_app_signon_policy_rule`: `factor_mode = "1FA"`). Rules that deny access are not a way in.
 * A factor REQUIRED by a policy whose `okta_authenticator` is INACTIVE does not count.
 */
export declare function oktaSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const oktaReader: ProductReader;
