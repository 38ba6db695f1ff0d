import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { IdentityBuilder, type SecondFactor } from "./identity.js";
import { terraformBlocks } from "./terraform-blocks.js";
import { block, bool, marker, shown } from "./values.js";

const LEVELS: Record<string, SecondFactor> = { "all-applications": "required", "confidence-score": "risk-based", never: "off" };

/** Factors that cannot be phished by intercepting a message: OTP apps, security keys, push, Duo. */
const STRONG_BLOCKS = ["webauthn_roaming", "webauthn_platform", "push", "duo"];

/**
 * Auth0 Guardian (`auth0_guardian`): `policy = "never"` asks nobody, `"confidence-score"` only
 * when Auth0 judges a login risky. E-mail and SMS/voice codes as the only factors are a gap:
 * they travel over channels an attacker who owns the mailbox or number reads.
 */
export function auth0Subjects(documents: readonly ParsedDocument[]): Subject[] {
  return terraformBlocks(documents, "resource", new Set(["auth0_guardian"])).map((guardian) => {
    const body = guardian.value;
    const at = { document: guardian.document, path: guardian.path };
    const builder = new IdentityBuilder("auth0", guardian.format, guardian.address, at, "identity-provider", guardian.name);
    const policy = body["policy"];
    const policyAt = { document: guardian.document, path: [...guardian.path, "policy"] };
    const unknown = marker(policy);
    if (unknown) builder.secondFactor(unknown, `policy = ${shown(policy)}`, policyAt);
    else builder.secondFactor(LEVELS[String(policy)] ?? "off", `policy = ${shown(policy)}`, policy === undefined ? at : policyAt);

    const enabled = (key: string): boolean | undefined => {
      const flag = body[key];
      if (typeof flag === "boolean" || marker(flag)) return bool(flag);
      const nested = block(body, key);
      return nested ? bool(nested.value["enabled"]) : undefined;
    };
    const strong = enabled("otp") === true || STRONG_BLOCKS.some((key) => enabled(key) === true);
    const weak = ["email", "phone"].filter((key) => enabled(key) === true);
    const undecided = ["otp", ...STRONG_BLOCKS].find((key) => enabled(key) === undefined && body[key] !== undefined);
    if (!strong && undecided !== undefined) {
      const value = body[undecided];
      builder.unverified(marker(value) ?? { $unknown: `${undecided} is not a literal` }, { document: guardian.document, path: [...guardian.path, undecided] });
    } else if (!strong && weak.length > 0) {
      builder.gap(
        { kind: "weak-factors-only", who: "", detail: `Only ${weak.join(" and ")} codes are enabled as second factors; enable an OTP app, WebAuthn or push.` },
        { document: guardian.document, path: [...guardian.path, weak[0] ?? "email"] },
      );
    }
    return builder.build({ address: guardian.address });
  });
}
