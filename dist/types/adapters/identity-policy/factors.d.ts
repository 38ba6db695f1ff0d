/**
 * Second factors as facts: what each product's factor is, in one vocabulary, so a policy can
 * judge an SMS-only setup alike in every product. Whether a kind is acceptable is the policy's
 * call (NR-MFA-001 `acceptedFactorKinds`); whether it can be phished is a property of the kind.
 */
/** What a second factor is. */
export type FactorKind = "otp-app" | "otp-token" | "push" | "webauthn" | "smart-card" | "sms" | "voice" | "email" | "duo" | "other";
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
/** A factor record for `kind`. */
export declare function factor(kind: FactorKind, name: string, enrolment: Enrolment): Factor;
/** Okta: `okta_policy_mfa` factor blocks and `okta_authenticator` keys. */
export declare const OKTA_FACTORS: Readonly<Record<string, FactorKind>>;
/** Okta classic sign-on rules: `factor_sequence` factor types. */
export declare function oktaFactorType(type: string): FactorKind | undefined;
/** Entra authentication strength `allowed_combinations` entries (e.g. `password,sms`). */
export declare function entraCombination(combination: string): FactorKind;
/** Keycloak authenticator provider ids that verify a second factor; SMS and e-mail ones come from extensions. */
export declare function keycloakAuthenticator(id: string): FactorKind | undefined;
