import { ownValue } from "../../plain-data.js";
import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { isUnknown, type UnknownMarker } from "../normalized/unknown.js";
import { factor, type FactorKind } from "./factors.js";
import { IdentityBuilder, type SecondFactor } from "./identity.js";
import { TERRAFORM_FORMATS, terraformBlocks } from "./terraform-blocks.js";
import { block, bool, marker, shown } from "./values.js";

const LEVELS: Record<string, SecondFactor> = { "all-applications": "required", "confidence-score": "risk-based", never: "off" };

/** Guardian factor switches, weakest first: the first one recorded is where a finding about the factors points. */
const FACTOR_KEYS: ReadonlyArray<readonly [string, FactorKind]> = [
  ["email", "email"],
  ["phone", "sms"],
  ["otp", "otp-app"],
  ["push", "push"],
  ["duo", "duo"],
  ["webauthn_roaming", "webauthn"],
  ["webauthn_platform", "webauthn"],
];

/** The kinds `phone.message_types` can name, in Guardian's words. */
const PHONE_KINDS = ["sms", "voice"] as const;

/**
 * Auth0 Guardian (`auth0_guardian`): `policy = "never"` asks nobody, `"confidence-score"` only
 * when Auth0 judges a login risky. Every enabled factor is recorded with its kind (the phone
 * factor as SMS and/or voice, from `message_types`); whether they are strong enough is the
 * policy's call. A factor switch that is not a literal is a factor whose enrolment is unknown.
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
    // Only a string names a level: anything else (an object whose `toString` is data) is no policy Auth0 knows.
    else builder.secondFactor((typeof policy === "string" ? ownValue(LEVELS, policy) : undefined) ?? "off", `policy = ${shown(policy)}`, policy === undefined ? at : policyAt);

    const enabled = (key: string): boolean | undefined => {
      const flag = body[key];
      if (typeof flag === "boolean" || marker(flag)) return bool(flag);
      const nested = block(body, key);
      return nested ? bool(nested.value["enabled"]) : undefined;
    };
    builder.factorsListed(at);
    for (const [key, kind] of FACTOR_KEYS) {
      const where = { document: guardian.document, path: [...guardian.path, key] };
      const state = enabled(key);
      if (state === undefined && body[key] !== undefined) {
        const switched = marker(body[key]) ?? marker(block(body, key)?.value["enabled"]) ?? { $unknown: `${key} is not a literal` };
        builder.factor({ ...factor(kind, key, "optional"), enrolment: switched }, where);
      }
      if (state !== true) continue;
      if (key !== "phone") {
        builder.factor(factor(kind, key, "optional"), where);
        continue;
      }
      // Guardian sends phone codes by SMS unless `message_types` says otherwise.
      const phone = block(body, "phone");
      const types = phone?.value["message_types"];
      const typesAt = { document: guardian.document, path: [...guardian.path, ...(phone?.path ?? [key]), "message_types"] };
      // `message_types = var.types` (or one element) may name SMS, voice or both: a kind not listed literally may be offered.
      const whole = marker(types);
      const index = Array.isArray(types) ? types.findIndex(isUnknown) : -1;
      const undecided = whole
        ? { marker: whole, at: typesAt }
        : index >= 0
          ? { marker: (types as unknown[])[index] as UnknownMarker, at: { ...typesAt, path: [...typesAt.path, index] } }
          : undefined;
      const listed = Array.isArray(types) ? PHONE_KINDS.filter((t) => types.includes(t)) : [];
      const kinds = listed.length > 0 || undecided ? listed : ["sms" as const];
      for (const type of kinds) builder.factor(factor(type, "phone", "optional"), where);
      if (undecided)
        for (const type of PHONE_KINDS.filter((t) => !kinds.includes(t))) builder.factor({ ...factor(type, "phone", "optional"), enrolment: undecided.marker }, undecided.at);
    }
    return builder.build({ address: guardian.address });
  });
}

/** What this module reads, and how. */
export const auth0Reader: ProductReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => auth0Subjects(documents) };
