/**
 * Second factors as facts: what each product's factor is, in one vocabulary, so a policy can
 * judge an SMS-only setup alike in every product. Whether a kind is acceptable is the policy's
 * call (NR-MFA-001 `acceptedFactorKinds`); whether it can be phished is a property of the kind.
 */

/** What a second factor is. */
export type FactorKind =
  | "otp-app" // TOTP/HOTP codes from an authenticator app
  | "otp-token" // codes from a hardware or vendor token (RSA, Symantec VIP, YubiKey OTP)
  | "push" // an approval prompt on an enrolled phone app
  | "webauthn" // a FIDO2/WebAuthn security key or platform authenticator
  | "smart-card" // a certificate on a smart card or device (x509, Windows Hello)
  | "sms" // a code sent by text message
  | "voice" // a code read out in a phone call
  | "email" // a code or link sent by e-mail
  | "duo" // Duo Security (push, codes or calls, as Duo is configured)
  | "other"; // anything the product names that is none of the above

/** Whether users must, may or cannot enrol the factor. */
export type Enrolment = "required" | "optional" | "disabled";

/** A second factor a product offers. */
export interface Factor {
  /** What it is. */
  kind: FactorKind;
  /** The product's own name for it (`okta_sms`, `softwareOath`, `auth-otp-form`). */
  name: string;
  /** Whether a phishing page can relay it: every kind but WebAuthn and smart cards. */
  phishable: boolean;
  /** Whether users must, may or cannot enrol it. */
  enrolment: Enrolment;
}

const PHISHING_RESISTANT: ReadonlySet<FactorKind> = new Set(["webauthn", "smart-card"]);

/** A factor record for `kind`. */
export function factor(kind: FactorKind, name: string, enrolment: Enrolment): Factor {
  return { kind, name, phishable: !PHISHING_RESISTANT.has(kind), enrolment };
}

/** Okta: `okta_policy_mfa` factor blocks and `okta_authenticator` keys. */
export const OKTA_FACTORS: Readonly<Record<string, FactorKind>> = {
  okta_otp: "otp-app",
  google_otp: "otp-app",
  okta_verify: "push",
  okta_push: "push",
  custom_app: "push",
  okta_sms: "sms",
  phone_number: "sms",
  okta_call: "voice",
  okta_email: "email",
  fido_webauthn: "webauthn",
  fido_u2f: "webauthn",
  webauthn: "webauthn",
  smart_card_idp: "smart-card",
  duo: "duo",
  rsa_token: "otp-token",
  symantec_vip: "otp-token",
  yubikey_token: "otp-token",
  hotp: "otp-token",
  onprem_mfa: "otp-token",
};

/** Okta classic sign-on rules: `factor_sequence` factor types. */
export function oktaFactorType(type: string): FactorKind | undefined {
  if (type === "password" || type === "question") return undefined;
  if (type === "sms") return "sms";
  if (type === "call") return "voice";
  if (type === "email") return "email";
  if (type === "push" || type === "signed_nonce") return "push";
  if (type === "webauthn" || type === "u2f") return "webauthn";
  if (type === "token:software:totp") return "otp-app";
  if (type.startsWith("token")) return "otp-token";
  return "other";
}

/** Entra authentication strength `allowed_combinations` entries (e.g. `password,sms`). */
export function entraCombination(combination: string): FactorKind {
  const methods = combination.split(",").map((m) => m.trim());
  const second = methods.find((m) => m !== "password") ?? methods[0] ?? "";
  if (second === "sms") return "sms";
  if (second === "voice") return "voice";
  if (second === "softwareOath") return "otp-app";
  if (second === "hardwareOath") return "otp-token";
  if (second === "microsoftAuthenticatorPush" || second === "deviceBasedPush") return "push";
  if (second === "fido2") return "webauthn";
  if (second === "windowsHelloForBusiness" || second.startsWith("x509Certificate")) return "smart-card";
  if (second === "email") return "email";
  return "other";
}

/** Keycloak authenticator provider ids that verify a second factor; SMS and e-mail ones come from extensions. */
export function keycloakAuthenticator(id: string): FactorKind | undefined {
  if (id === "auth-otp-form" || id === "direct-grant-validate-otp") return "otp-app";
  if (id === "webauthn-authenticator" || id === "webauthn-authenticator-passwordless") return "webauthn";
  if (id === "auth-recovery-authn-code-form") return "other";
  if (/(^|-)sms(-|$)/i.test(id)) return "sms";
  if (/email-(otp|code|authenticator)/i.test(id)) return "email";
  return undefined;
}
