import { describe, expect, it } from "vitest";
import { auth0Subjects } from "../../../src/adapters/identity-policy/auth0.js";
import { awsIamSubjects } from "../../../src/adapters/identity-policy/aws-iam.js";
import { cognitoSubjects } from "../../../src/adapters/identity-policy/cognito.js";
import { entraSubjects } from "../../../src/adapters/identity-policy/entra.js";
import { gitlabSubjects } from "../../../src/adapters/identity-policy/gitlab.js";
import { oktaSubjects } from "../../../src/adapters/identity-policy/okta.js";
import { parsed, textAt } from "./parse-documents.js";

const tf = (text: string) => [parsed("main.tf", "terraform", text)];
const valueOf = (subject: { value: unknown } | undefined) => subject?.value as Record<string, unknown> | undefined;

describe("identity-policy subjects from Terraform", () => {
  it("Cognito: a variable without a literal default stays unknown, at the attribute", () => {
    const text = 'resource "aws_cognito_user_pool" "p" {\n  name = "staff"\n  mfa_configuration = var.mfa\n}\n';
    const [pool] = cognitoSubjects(tf(text));
    expect(valueOf(pool)).toMatchObject({ name: "staff", secondFactor: { $expr: "var.mfa" }, scope: "all" });
    expect(textAt(text, pool, "secondFactor")).toBe("var.mfa");
  });

  it.each([
    ['["00g1"]', "some"],
    ["[okta_group.contractors.id]", "some"],
    ["[data.okta_everyone_group.all.id]", "all"],
    ["[data.okta_group.staff.id]", { $expr: "data.okta_group.staff.id" }],
  ])("Okta: groups_included = %s covers %j", (groups, scope) => {
    const [policy] = oktaSubjects(tf(`resource "okta_policy_mfa" "p" {\n  name = "p"\n  groups_included = ${groups}\n  okta_verify = { enroll = "REQUIRED" }\n}\n`));
    expect(valueOf(policy)).toMatchObject({ secondFactor: "required", scope });
  });

  it("Okta: block and attribute syntax both count, the password does not", () => {
    const blockStyle = oktaSubjects(tf('resource "okta_policy_mfa_default" "d" {\n  okta_password {\n    enroll = "REQUIRED"\n  }\n  google_otp {\n    enroll = "REQUIRED"\n  }\n}\n'));
    const passwordOnly = oktaSubjects(tf('resource "okta_policy_mfa_default" "d" {\n  okta_password = { enroll = "REQUIRED" }\n}\n'));
    expect(valueOf(blockStyle[0])?.["secondFactor"]).toBe("required");
    expect(valueOf(passwordOnly[0])?.["secondFactor"]).toBe("off");
  });

  it("Okta: a factor whose settings are not literals (a module's lookup) leaves the second factor unknown, not off", () => {
    const text = [
      'resource "okta_policy_mfa" "this" {',
      "  for_each        = { for p in var.policies : p.name => p }",
      "  name            = each.value.name",
      "  okta_password   = lookup(each.value, \"okta_password\", null)",
      "  okta_verify     = lookup(each.value, \"okta_verify\", null)",
      "  okta_email      = { enroll = \"OPTIONAL\" }",
      "}",
      "",
    ].join("\n");
    const [policy] = oktaSubjects(tf(text));
    expect(valueOf(policy)?.["secondFactor"]).toEqual({ $expr: 'lookup(each.value, "okta_verify", null)' });
    expect(valueOf(policy)?.["setting"]).toBe('okta_verify = lookup(each.value, "okta_verify", null)');
    expect(textAt(text, policy, "secondFactor")).toBe('lookup(each.value, "okta_verify", null)');
    // A literal REQUIRED factor still decides.
    const known = oktaSubjects(tf(text.replace('okta_email      = { enroll = "OPTIONAL" }', 'okta_email      = { enroll = "REQUIRED" }')));
    expect(valueOf(known[0])?.["secondFactor"]).toBe("required");
  });

  it("Entra: only MFA policies are subjects; exclusions that are not literals are unverified, known ones still gaps", () => {
    const text = [
      'resource "azuread_conditional_access_policy" "mfa" {',
      '  display_name = "mfa"',
      '  state        = "enabled"',
      "  conditions {",
      '    client_app_types = ["all"]',
      "    applications {",
      '      included_applications = ["All"]',
      "    }",
      "    users {",
      '      included_users = ["All"]',
      '      excluded_users = ["u-1", var.extra]',
      "    }",
      "  }",
      "  grant_controls {",
      '    operator          = "AND"',
      '    built_in_controls = ["mfa", "compliantDevice"]',
      "  }",
      "}",
      'resource "azuread_conditional_access_policy" "block" {',
      '  grant_controls {',
      '    operator          = "OR"',
      '    built_in_controls = ["block"]',
      "  }",
      "}",
      "",
    ].join("\n");
    const subjects = entraSubjects(tf(text));
    expect(subjects.map((s) => s.id)).toEqual(["azuread_conditional_access_policy.mfa"]);
    expect(valueOf(subjects[0])).toMatchObject({
      secondFactor: "required",
      scope: "all",
      gaps: [{ kind: "excluded-user", who: "u-1" }],
      unverified: [{ $expr: "var.extra" }],
    });
    expect(textAt(text, subjects[0], "gaps", 0)).toBe('"u-1", var.extra]');
    expect(textAt(text, subjects[0], "unverified", 0)).toBe("var.extra]");
  });

  it.each(["main.tf", "infra/identity/main.tf"])("Entra: an authentication strength in the same module gives its factors (%s)", (file) => {
    const text = [
      'resource "azuread_authentication_strength_policy" "phone" {',
      '  display_name         = "Phone codes"',
      '  allowed_combinations = ["password,sms", "password,voice"]',
      "}",
      'resource "azuread_conditional_access_policy" "all" {',
      '  display_name = "All users"',
      '  state        = "enabled"',
      "  conditions {",
      '    client_app_types = ["all"]',
      '    users { included_users = ["All"] }',
      '    applications { included_applications = ["All"] }',
      "  }",
      "  grant_controls {",
      '    operator                          = "OR"',
      "    authentication_strength_policy_id = azuread_authentication_strength_policy.phone.id",
      "  }",
      "}",
      "",
    ].join("\n");
    const [policy] = entraSubjects([parsed(file, "terraform", text)]);
    const factors = (valueOf(policy)?.["factors"] ?? []) as Array<{ kind: string }>;
    expect(factors.map((f) => f.kind)).toEqual(["sms", "voice"]);
    expect(textAt(text, policy, "factors", 0)).toBe('"password,sms", "password,voice"]');
  });

  it("Entra: a strength of the same name in another module is not the one referenced", () => {
    const strength = 'resource "azuread_authentication_strength_policy" "phone" {\n  display_name = "Phone codes"\n  allowed_combinations = ["password,sms"]\n}\n';
    const policy =
      'resource "azuread_conditional_access_policy" "all" {\n  display_name = "All users"\n  state = "enabled"\n  conditions {\n    client_app_types = ["all"]\n    users { included_users = ["All"] }\n    applications { included_applications = ["All"] }\n  }\n  grant_controls {\n    operator = "OR"\n    authentication_strength_policy_id = azuread_authentication_strength_policy.phone.id\n  }\n}\n';
    const [subject] = entraSubjects([parsed("other/main.tf", "terraform", strength), parsed("infra/main.tf", "terraform", policy)]);
    // A reference names a resource of its own module; matching the name alone would read SMS here.
    expect(valueOf(subject)?.["factors"] ?? []).toEqual([]);
  });

  it("Auth0: every factor is a fact with its kind; a toggle that is not a literal is a factor of unknown enrolment", () => {
    const [guardian] = auth0Subjects(tf('resource "auth0_guardian" "g" {\n  policy = "all-applications"\n  email  = true\n  otp    = var.otp\n}\n'));
    expect(valueOf(guardian)).toMatchObject({
      secondFactor: "required",
      gaps: [],
      unverified: [],
      factors: [
        { kind: "email", name: "email", phishable: true, enrolment: "optional" },
        { kind: "otp-app", name: "otp", phishable: true, enrolment: { $expr: "var.otp" } },
      ],
    });
  });

  it("GitLab: the grace period defaults to 48 hours and is only kept when 2FA is required", () => {
    const subjects = gitlabSubjects(tf('resource "gitlab_group" "a" {\n  path = "a"\n  require_two_factor_authentication = true\n}\nresource "gitlab_group" "b" {\n  path = "b"\n  two_factor_grace_period = 1000\n}\n'));
    expect(subjects.map(valueOf)).toMatchObject([{ name: "a", gracePeriodHours: 48 }, { name: "b", secondFactor: "off" }]);
    expect(valueOf(subjects[1])).not.toHaveProperty("gracePeriodHours");
  });

  it("AWS: jsonencode statements are read with their own positions; Bool with a companion Null deny is closed", () => {
    const text = [
      'resource "aws_iam_policy" "p" {',
      '  name = "p"',
      "  policy = jsonencode({",
      "    Statement = [{",
      '      Effect    = "Deny"',
      '      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "false" } }',
      "    }]",
      "  })",
      "}",
      'resource "aws_iam_policy" "closed" {',
      "  policy = jsonencode({",
      "    Statement = [",
      '      { Effect = "Deny", Condition = { Bool = { "aws:MultiFactorAuthPresent" = false } } },',
      '      { Effect = "Deny", Condition = { Null = { "aws:MultiFactorAuthPresent" = "true" } } },',
      "    ]",
      "  })",
      "}",
      'resource "aws_iam_policy" "unrelated" {',
      '  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })',
      "}",
      "",
    ].join("\n");
    const subjects = awsIamSubjects(tf(text));
    expect(subjects.map((s) => [s.id, valueOf(s)?.["secondFactor"], valueOf(s)?.["conditions"]])).toEqual([
      ["aws_iam_policy.p", "conditional", [{ effect: "Deny", operator: "Bool", values: ["false"] }]],
      [
        "aws_iam_policy.closed",
        "required",
        [
          { effect: "Deny", operator: "Bool", values: ["false"] },
          { effect: "Deny", operator: "Null", values: ["true"] },
        ],
      ],
    ]);
    expect(textAt(text, subjects[0], "conditions", 0)).toBe('{ "aws:MultiFactorAuthPresent" = "false" } }');
  });

  it("AWS: a jsonencode argument that does not start on the call's line is not read", () => {
    const text = 'resource "aws_iam_policy" "p" {\n  policy = jsonencode(\n    { Statement = [{ Effect = "Deny", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "false" } } }] }\n  )\n}\n';
    expect(awsIamSubjects(tf(text))).toEqual([]);
  });
});
