import { count, flag, list, orUnknown, record, text, unknownMarker, type SubjectKindSchema } from "./field-schema.js";

const SECOND_FACTOR = ["required", "conditional", "optional", "alternative", "risk-based", "report-only", "disabled", "off"];

/** Fields of an `identity-policy` subject (docs/subjects/identity-policy.md). */
export const identityPolicySchema: SubjectKindSchema = {
  value: record(
    {
      service: text("What the subject controls access to.", ["identity-provider", "vpn", "code-hosting", "cloud-iam"]),
      name: text("Realm, policy, pool, group, organisation or file name."),
      secondFactor: orUnknown(text("How strongly the product demands a second factor, as the product applies its setting.", SECOND_FACTOR)),
      setting: text("The setting that decides `secondFactor`, in the product's words."),
      scope: orUnknown(text("Whom the subject covers: everyone, or only some users, groups, roles or applications.", ["all", "some"])),
      covers: list(text("A group, user, role or application as written."), "Whom a `some` scope covers."),
      factors: list(
        record(
          {
            kind: text("What the factor is.", ["otp-app", "otp-token", "push", "webauthn", "smart-card", "sms", "voice", "email", "duo", "other"]),
            name: text("The product's own name for the factor."),
            phishable: flag("Whether a phishing page can relay it (every kind but `webauthn` and `smart-card`)."),
            enrolment: orUnknown(text("Whether users must, may or cannot enrol it.", ["required", "optional", "disabled"])),
          },
          "A second factor the product offers.",
          ["kind", "name", "phishable", "enrolment"],
        ),
        "Second factors the product offers users; absent where the configuration does not list them (Okta sign-on rules with `mfa_required`, Entra's built-in `mfa` control, GitHub, GitLab, OpenVPN, AWS IAM).",
      ),
      gaps: list(
        record(
          {
            kind: text("What kind of way around the second factor."),
            who: orUnknown(text("The user, group, client or login it lets through; empty when everyone.")),
            detail: text("The fact in one sentence."),
          },
          "A way around the second factor, placed at the setting that opens it.",
          ["kind", "who", "detail"],
        ),
        "Ways around the second factor the product's settings open.",
      ),
      unverified: list(unknownMarker, "Values that could open a gap but are not literals."),
      gracePeriodHours: count("GitLab: hours a member may work before enrolling."),
      conditions: list(
        record(
          {
            effect: orUnknown(text("The statement's effect as written (`Deny`, `Allow`).")),
            operator: orUnknown(text("The condition operator as written (`Bool`, `BoolIfExists`, `Null`, ...).")),
            values: orUnknown(list(text("A value, lower-cased."), "The values tested.")),
          },
          "A condition on `aws:MultiFactorAuthPresent`.",
          ["effect", "operator", "values"],
        ),
        "AWS IAM: every condition of the policy on `aws:MultiFactorAuthPresent`, in order.",
      ),
    },
    "An identity store, VPN server, code-hosting organisation or IAM policy and its second factor.",
    ["service", "name", "secondFactor", "setting", "scope", "covers", "gaps", "unverified"],
  ),
  meta: record(
    {
      product: text("The product.", ["auth0", "aws-iam", "cognito", "entra-id", "github", "gitlab", "keycloak", "okta", "openvpn"]),
      address: text("Terraform address of the resource."),
      type: text("Terraform resource type."),
      realm: text("Keycloak realm."),
      organization: text("GitHub organisation login."),
      source: text("GitHub: where the snapshot was read from.", ["snapshot", "api"]),
    },
    "Facts about the subject.",
    ["product"],
  ),
};

