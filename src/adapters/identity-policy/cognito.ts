import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { IdentityBuilder, type SecondFactor } from "./identity.js";
import { terraformBlocks } from "./terraform-blocks.js";
import { marker, shown, text } from "./values.js";

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
    else builder.secondFactor(LEVELS[String(raw).toUpperCase()] ?? "off", `mfa_configuration = ${shown(raw)}`, setting);
    return builder.build({ address: pool.address });
  });
}
