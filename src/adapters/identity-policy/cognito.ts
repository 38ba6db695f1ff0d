import { ownValue } from "../../plain-data.js";
import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { IdentityBuilder, type SecondFactor } from "./identity.js";
import { TERRAFORM_FORMATS, terraformBlocks } from "./terraform-blocks.js";
import { block, bool, marker, shown, text } from "./values.js";
import { factor, type FactorKind } from "./factors.js";

const LEVELS: Record<string, SecondFactor> = { ON: "required", OPTIONAL: "optional", OFF: "off" };

/**
 * Amazon Cognito user pools (`aws_cognito_user_pool`): `mfa_configuration` is `OFF` unless
 * set, and `OPTIONAL` lets every user who never enrolled sign in with a password alone.
 */
export function cognitoSubjects(documents: readonly ParsedDocument[]): Subject[] {
  return terraformBlocks(documents, "resource", new Set(["aws_cognito_user_pool"])).map((pool) => {
    const at = { document: pool.document, path: pool.path };
    const name = text(pool.value["name"]) ?? pool.name;
    const builder = new IdentityBuilder("cognito", pool.format, pool.address, at, "identity-provider", name);
    const raw = pool.value["mfa_configuration"];
    const setting = { document: pool.document, path: [...pool.path, "mfa_configuration"] };
    const unknown = marker(raw);
    if (unknown) builder.secondFactor(unknown, `mfa_configuration = ${shown(raw)}`, setting);
    else if (raw === undefined) builder.secondFactor("off", "mfa_configuration is not set (default OFF)", at);
    else builder.secondFactor((typeof raw === "string" ? ownValue(LEVELS, raw.toUpperCase()) : undefined) ?? "off", `mfa_configuration = ${shown(raw)}`, setting);
    // The factors a pool offers: an authenticator app, SMS (when the pool can send text
    // messages) and e-mail codes.
    builder.factorsListed(at);
    const offered: Array<[string, FactorKind]> = [["sms_configuration", "sms"], ["email_mfa_configuration", "email"], ["software_token_mfa_configuration", "otp-app"]];
    for (const [key, kind] of offered) {
      const found = block(pool.value, key);
      if (!found && pool.value[key] === undefined) continue;
      const where = { document: pool.document, path: [...pool.path, key] };
      // A configuration that is not a literal (a dynamic block over a variable) may be no configuration at all.
      const switched = found && key === "software_token_mfa_configuration" ? found.value["enabled"] : (marker(pool.value[key]) ?? true);
      const unknownSwitch = marker(switched);
      if (unknownSwitch) builder.factor({ ...factor(kind, key, "optional"), enrolment: unknownSwitch }, where);
      else if (bool(switched) !== false) builder.factor(factor(kind, key, "optional"), where);
    }
    return builder.build({ address: pool.address });
  });
}

/** What this module reads, and how. */
export const cognitoReader: ProductReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => cognitoSubjects(documents) };
