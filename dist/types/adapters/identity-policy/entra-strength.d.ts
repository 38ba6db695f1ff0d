import type { At, IdentityBuilder } from "./identity.js";
import type { TerraformBlock } from "./terraform-blocks.js";
/**
 * The methods an authentication strength allows, as factors: a built-in strength by id, or an
 * `azuread_authentication_strength_policy` of the scanned files by reference. The built-in
 * `mfa` control allows whatever the tenant's authentication methods policy enables, which is
 * not in these files: no factors are recorded then. `instance` is the module instance part of
 * the referring policy's address (see entra.ts).
 */
export declare function addStrengthFactors(builder: IdentityBuilder, id: unknown, at: At, strengths: ReadonlyMap<string, TerraformBlock>, instance?: string): void;
