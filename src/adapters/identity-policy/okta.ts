import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import { addExclusions } from "./exclusions.js";
import { IdentityBuilder, type At } from "./identity.js";
import { TERRAFORM_FORMATS, type TerraformBlock, terraformBlocks } from "./terraform-blocks.js";
import { block, bool, marker, member, shown, text } from "./values.js";
import { factor, OKTA_FACTORS, type Enrolment } from "./factors.js";
import { challengeRule } from "./okta-challenge.js";

const ENROLMENT: Readonly<Record<string, Enrolment>> = { REQUIRED: "required", OPTIONAL: "optional", NOT_ALLOWED: "disabled" };

/** Authenticators of `okta_policy_mfa` that are a second factor; the password and security question are knowledge, not a second factor. */
const SECOND_FACTORS = [
  "okta_otp", "okta_verify", "okta_push", "okta_sms", "okta_call", "okta_email", "google_otp", "fido_webauthn", "fido_u2f",
  "phone_number", "duo", "rsa_token", "symantec_vip", "yubikey_token", "hotp", "onprem_mfa", "webauthn", "smart_card_idp", "custom_app",
];

/** Policy attribute → `okta_authenticator.key`, where the two names differ. */
const AUTHENTICATOR_KEYS: Readonly<Record<string, string>> = { fido_webauthn: "webauthn", okta_otp: "okta_verify", okta_push: "okta_verify" };

/**
 * Okta through its Terraform provider: authenticator enrollment policies (`okta_policy_mfa`,
 * `okta_policy_mfa_default`: is some second factor `REQUIRED`?), classic sign-on policy rules
 * (`okta_policy_rule_signon`: `mfa_required`) and app sign-on policy rules
 * (`okta_app_signon_policy_rule`: `factor_mode = "1FA"`). Rules that deny access are not a way in.
 * A factor REQUIRED by a policy whose `okta_authenticator` is INACTIVE does not count.
 */
export function oktaSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  const types = new Set(["okta_policy_mfa", "okta_policy_mfa_default", "okta_policy_rule_signon", "okta_app_signon_policy_rule"]);
  const authenticators = authenticatorsOf(documents);
  for (const found of terraformBlocks(documents, "resource", types)) {
    if (found.type === "okta_policy_mfa" || found.type === "okta_policy_mfa_default") subjects.push(enrollmentPolicy(found, authenticators));
    else if (text(found.value["access"])?.toUpperCase() !== "DENY") subjects.push(signOnRule(found));
  }
  return subjects;
}

function builderFor(found: TerraformBlock): IdentityBuilder {
  const name = text(found.value["name"]) ?? (found.type === "okta_policy_mfa_default" ? "Default Policy" : found.name);
  return new IdentityBuilder("okta", found.format, found.address, { document: found.document, path: found.path }, "identity-provider", name);
}

function inactive(found: TerraformBlock, builder: IdentityBuilder): boolean {
  const status = found.value["status"];
  if (text(status)?.toUpperCase() !== "INACTIVE") return false;
  builder.secondFactor("disabled", `status = ${shown(status)}`, { document: found.document, path: [...found.path, "status"] });
  return true;
}

/**
 * `status = each.value.status` may be INACTIVE, which enforces nothing: whatever the rest
 * decided, the verdict is unknown, at the status. Called last, over that verdict.
 */
function unknownStatus(found: TerraformBlock, builder: IdentityBuilder): void {
  const status = found.value["status"];
  const unknown = marker(status);
  if (unknown) builder.secondFactor(unknown, `status = ${shown(status)}`, { document: found.document, path: [...found.path, "status"] });
}

function enrollmentPolicy(found: TerraformBlock, authenticators: Authenticators): Subject {
  const builder = builderFor(found);
  const here = (path: Array<string | number>) => ({ document: found.document, path: [...found.path, ...path] });
  if (found.type === "okta_policy_mfa_default") builder.scope("all", ["Everyone"]);
  else addScope(builder, found, "groups_included");
  if (inactive(found, builder)) return builder.build({ address: found.address, type: found.type });
  builder.factorsListed(here([]));
  /** `setting`: how the finding names it, when not `<key>.enroll = <value>`. */
  type Seen = { key: string; at: At; enroll: unknown; setting?: string };
  let required: Seen | undefined;
  let deactivated: (Seen & { authenticator: At }) | undefined;
  let optional: Seen | undefined;
  let unknown: Seen | undefined;
  for (const key of SECOND_FACTORS) {
    // `okta_verify = lookup(each.value, "okta_verify", null)`: a factor whose settings are not
    // known here may be the one REQUIRED.
    const whole = marker(member(found.value, key));
    if (whole) {
      unknown ??= { key, at: here([key]), enroll: whole, setting: `${key} = ${shown(whole)}` };
      continue;
    }
    const settings = block(found.value, key);
    if (!settings) continue;
    const enroll = settings.value["enroll"];
    const seen = { key, at: here([key, ...settings.path.slice(1), "enroll"]), enroll };
    const level = text(enroll)?.toUpperCase();
    const authenticatorKey = AUTHENTICATOR_KEYS[key] ?? key;
    const deactivation = authenticators.deactivated.get(authenticatorKey) ?? (authenticators.named.has(authenticatorKey) ? undefined : authenticators.unnamed);
    // An authenticator whose status is not a literal may be the active one: the factor's fate is its status.
    const maybe = marker(deactivation?.status);
    const authenticator = maybe ? undefined : deactivation?.at;
    const kind = OKTA_FACTORS[key] ?? "other";
    const enrolment = marker(enroll) ?? (level === "NOT_ALLOWED" ? undefined : maybe) ?? (authenticator ? "disabled" : ENROLMENT[level ?? ""] ?? "optional");
    builder.factor({ ...factor(kind, key, "optional"), enrolment }, seen.at);
    if (marker(enroll)) unknown ??= seen;
    else if (level === "REQUIRED" && maybe && deactivation)
      unknown ??= { key, at: deactivation.at, enroll: maybe, setting: `${key} is REQUIRED and ${deactivation.setting ?? `its okta_authenticator has status = ${shown(maybe)}`}` };
    else if (level === "REQUIRED" && authenticator) deactivated ??= { ...seen, authenticator };
    else if (level === "REQUIRED") required ??= seen;
    else if (level === "OPTIONAL") optional ??= seen;
  }
  if (required) builder.secondFactor("required", `${required.key}.enroll = "REQUIRED"`, required.at);
  else if (unknown) builder.secondFactor(marker(unknown.enroll) ?? { $unknown: "enroll is not a literal" }, unknown.setting ?? `${unknown.key}.enroll = ${shown(unknown.enroll)}`, unknown.at);
  else if (deactivated)
    builder.secondFactor("off", `${deactivated.key} is REQUIRED but its okta_authenticator is INACTIVE, so nobody can enrol it`, deactivated.authenticator);
  else if (optional) builder.secondFactor("optional", `${optional.key}.enroll = "OPTIONAL" and no second factor is REQUIRED`, optional.at);
  else builder.secondFactor("off", "no second factor is REQUIRED", here([]));
  unknownStatus(found, builder);
  return builder.build({ address: found.address, type: found.type });
}

/** An `okta_authenticator` that is INACTIVE, or may be (its status is not a literal), at its status. */
interface Deactivation {
  at: At;
  status: "INACTIVE" | UnknownMarker;
  /** How the finding names it, when not by its status. */
  setting?: string;
}

/** The `okta_authenticator` resources a factor's fate may depend on. */
interface Authenticators {
  /** INACTIVE, or of a status that is not a literal, by key. */
  deactivated: ReadonlyMap<string, Deactivation>;
  /** Keys some resource names literally: no resource of unknown key manages those. */
  named: ReadonlySet<string>;
  /** The first resource whose key is not a literal and that is, or may be, INACTIVE: at its key. */
  unnamed?: Deactivation;
}

/**
 * `okta_authenticator` resources with `status = "INACTIVE"`, or a status that is not a literal,
 * by authenticator key: a policy cannot make users enrol an authenticator the org has switched
 * off. A literal INACTIVE wins over an unknown status for the same key. One whose key is not a
 * literal (`key = each.value.key`) may be the authenticator of any key no other resource names.
 */
function authenticatorsOf(documents: readonly ParsedDocument[]): Authenticators {
  const deactivated = new Map<string, Deactivation>();
  const named = new Set<string>();
  let unnamed: Deactivation | undefined;
  for (const authenticator of terraformBlocks(documents, "resource", new Set(["okta_authenticator"]))) {
    const rawKey = authenticator.value["key"];
    const key = text(rawKey);
    const raw = authenticator.value["status"];
    const status = text(raw)?.toUpperCase() === "INACTIVE" ? "INACTIVE" : marker(raw);
    if (key !== undefined) named.add(key);
    const unknownKey = marker(rawKey);
    if (unknownKey && status !== undefined)
      unnamed ??= {
        at: { document: authenticator.document, path: [...authenticator.path, "key"] },
        status: unknownKey,
        setting: `an okta_authenticator with key = ${shown(rawKey)} and status = ${shown(raw)} may be its own`,
      };
    if (key === undefined || status === undefined || deactivated.get(key)?.status === "INACTIVE") continue;
    deactivated.set(key, { at: { document: authenticator.document, path: [...authenticator.path, "status"] }, status });
  }
  return { deactivated, named, ...(unnamed ? { unnamed } : {}) };
}

function signOnRule(found: TerraformBlock): Subject {
  const builder = builderFor(found);
  const here = (key: string) => ({ document: found.document, path: [...found.path, key] });
  if (found.type === "okta_app_signon_policy_rule") addScope(builder, found, "groups_included");
  if (!inactive(found, builder)) {
    if (found.type === "okta_policy_rule_signon" && text(found.value["access"])?.toUpperCase() === "CHALLENGE") {
      challengeRule(found, builder);
    } else if (found.type === "okta_policy_rule_signon") {
      const raw = found.value["mfa_required"];
      const unknown = marker(raw);
      if (unknown) builder.secondFactor(unknown, `mfa_required = ${shown(raw)}`, here("mfa_required"));
      else if (bool(raw) === true) builder.secondFactor("required", "mfa_required = true", here("mfa_required"));
      else builder.secondFactor("off", raw === undefined ? "mfa_required is not set (default false)" : `mfa_required = ${shown(raw)}`, raw === undefined ? here("name") : here("mfa_required"));
    } else {
      // The provider's default factor mode is 2FA.
      const raw = found.value["factor_mode"];
      const unknown = marker(raw);
      if (unknown) builder.secondFactor(unknown, `factor_mode = ${shown(raw)}`, here("factor_mode"));
      else if (text(raw)?.toUpperCase() === "1FA") builder.secondFactor("off", 'factor_mode = "1FA"', here("factor_mode"));
      else builder.secondFactor("required", raw === undefined ? "factor_mode is not set (default 2FA)" : `factor_mode = ${shown(raw)}`, raw === undefined ? here("name") : here("factor_mode"));
    }
    unknownAccess(found, builder);
    unknownStatus(found, builder);
  }
  addExclusions(builder, found.value["users_excluded"], here("users_excluded"), "excluded-user", (who) => `User ${who} is excluded from this rule and signs in without its second factor.`);
  addExclusions(builder, found.value["groups_excluded"], here("groups_excluded"), "excluded-group", (who) => `Group ${who} is excluded from this rule: its members sign in without its second factor.`);
  return builder.build({ address: found.address, type: found.type });
}

/**
 * `access = each.value.access` may be DENY, a rule that lets nobody in, or (classic rules)
 * CHALLENGE, where the factor_sequence decides: only a second factor required whichever it is
 * stands, and that is the case of a rule that requires one as an ALLOW rule and has no
 * factor_sequence. Otherwise the verdict is unknown, at the access. Called over the ALLOW verdict.
 */
function unknownAccess(found: TerraformBlock, builder: IdentityBuilder): void {
  const access = found.value["access"];
  const unknown = marker(access);
  if (!unknown) return;
  const required =
    found.type === "okta_policy_rule_signon"
      ? bool(found.value["mfa_required"]) === true && found.value["factor_sequence"] === undefined
      : !marker(found.value["factor_mode"]) && text(found.value["factor_mode"])?.toUpperCase() !== "1FA";
  if (!required) builder.secondFactor(unknown, `access = ${shown(access)}`, { document: found.document, path: [...found.path, "access"] });
}

/** A policy scoped by `groups_included` covers only those groups; without it, everyone its parent covers. */
function addScope(builder: IdentityBuilder, found: TerraformBlock, key: string): void {
  const groups = found.value[key];
  const at = { document: found.document, path: [...found.path, key] };
  if (groups === undefined) return;
  const covers = Array.isArray(groups) ? groups.map(shown) : [shown(groups)];
  if (!Array.isArray(groups)) {
    const unknown = marker(groups);
    if (unknown) builder.scope(unknown, covers, at);
    return;
  }
  // Okta's built-in Everyone group cannot be a managed `okta_group`; Terraform reaches it
  // through `data.okta_everyone_group`. Any other reference could be either.
  const expressions = groups.map((g: unknown) => {
    const m = marker(g);
    return m && "$expr" in m ? m.$expr.trim() : undefined;
  });
  const everyone = expressions.some((e) => e !== undefined && /^data\.okta_everyone_group\.[\w-]+\.id$/.test(e));
  const managed = (e: string | undefined) => e !== undefined && /^okta_group\.[\w-]+\.id$/.test(e);
  const unknown = groups.map((g: unknown, i) => (managed(expressions[i]) ? undefined : marker(g))).find((m) => m !== undefined);
  if (everyone || groups.length === 0) builder.scope("all", covers, at);
  else if (unknown) builder.scope(unknown, covers, at);
  else builder.scope("some", covers, at);
}

/** What this module reads, and how. */
export const oktaReader: ProductReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => oktaSubjects(documents) };
