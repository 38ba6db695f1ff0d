import type { IdentityBuilder } from "./identity.js";
import type { TerraformBlock } from "./terraform-blocks.js";
/**
 * A classic sign-on rule with `access = "CHALLENGE"` signs users in through its
 * `factor_sequence` blocks, whatever `mfa_required` says: each sequence is a primary factor
 * (usually the password) and the `secondary_criteria` Okta then demands. A second factor is
 * required when every sequence has one; the secondary factor types are the factors offered.
 */
export declare function challengeRule(found: TerraformBlock, builder: IdentityBuilder): void;
