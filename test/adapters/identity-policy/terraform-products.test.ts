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

describe("identity-policy: values that are not literals are unknown, not absent", () => {
  const lines = (...rows: string[]) => [...rows, ""].join("\n");

  it("Okta: a policy or rule whose status is not a literal may be INACTIVE", () => {
    const text = lines(
      'resource "okta_policy_mfa" "p" {',
      '  name        = "p"',
      "  status      = each.value.status",
      '  okta_verify = { enroll = "REQUIRED" }',
      "}",
      'resource "okta_policy_rule_signon" "r" {',
      '  name         = "r"',
      "  status       = var.rule_status",
      "  mfa_required = true",
      "}",
    );
    const [policy, rule] = oktaSubjects(tf(text));
    expect(valueOf(policy)).toMatchObject({ secondFactor: { $expr: "each.value.status" }, setting: "status = each.value.status" });
    expect(textAt(text, policy, "secondFactor")).toBe("each.value.status");
    expect(valueOf(rule)?.["secondFactor"]).toEqual({ $expr: "var.rule_status" });
    // A literal status still decides.
    const active = oktaSubjects(tf(text.replace("each.value.status", '"ACTIVE"').replace("var.rule_status", '"ACTIVE"')));
    expect(active.map((s) => valueOf(s)?.["secondFactor"])).toEqual(["required", "required"]);
  });

  it("Okta: a REQUIRED factor whose okta_authenticator status is not a literal may not be enrollable", () => {
    const text = lines(
      'resource "okta_authenticator" "verify" {',
      '  key    = "okta_verify"',
      '  name   = "Okta Verify"',
      "  status = var.verify_status",
      "}",
      'resource "okta_policy_mfa" "p" {',
      '  name        = "p"',
      '  okta_verify = { enroll = "REQUIRED" }',
      "}",
    );
    const [policy] = oktaSubjects(tf(text));
    expect(valueOf(policy)?.["secondFactor"]).toEqual({ $expr: "var.verify_status" });
    expect(textAt(text, policy, "secondFactor")).toBe("var.verify_status");
    // Another factor REQUIRED without doubt still decides.
    const other = oktaSubjects(tf(text.replace('okta_verify = { enroll = "REQUIRED" }', 'okta_verify = { enroll = "REQUIRED" }\n  google_otp  = { enroll = "REQUIRED" }')));
    expect(valueOf(other[0])?.["secondFactor"]).toBe("required");
  });

  it("Okta: a sign-on rule whose access is not a literal may deny, so 'off' is unknown", () => {
    const text = lines(
      'resource "okta_policy_rule_signon" "r" {',
      '  name         = "r"',
      "  access       = each.value.access",
      "  mfa_required = false",
      "}",
      'resource "okta_app_signon_policy_rule" "a" {',
      '  name        = "a"',
      "  access      = var.access",
      '  factor_mode = "1FA"',
      "}",
    );
    const [rule, app] = oktaSubjects(tf(text));
    expect(valueOf(rule)).toMatchObject({ secondFactor: { $expr: "each.value.access" }, setting: "access = each.value.access" });
    expect(textAt(text, rule, "secondFactor")).toBe("each.value.access");
    expect(valueOf(app)?.["secondFactor"]).toEqual({ $expr: "var.access" });
    // Required whatever access is: ALLOW requires it, DENY lets nobody in.
    const required = oktaSubjects(tf(text.replace("mfa_required = false", "mfa_required = true").replace('factor_mode = "1FA"', 'factor_mode = "2FA"')));
    expect(required.map((s) => valueOf(s)?.["secondFactor"])).toEqual(["required", "required"]);
  });

  it("Okta: a CHALLENGE sequence whose secondary_criteria come from a dynamic block may have none", () => {
    const text = lines(
      'resource "okta_policy_rule_signon" "r" {',
      '  name   = "r"',
      '  access = "CHALLENGE"',
      "  factor_sequence {",
      '    primary_criteria_factor_type = "password"',
      '    primary_criteria_provider    = "OKTA"',
      '    dynamic "secondary_criteria" {',
      "      for_each = var.second_factors",
      "      content {",
      "        factor_type = secondary_criteria.value",
      '        provider    = "OKTA"',
      "      }",
      "    }",
      "  }",
      "}",
    );
    const [rule] = oktaSubjects(tf(text));
    expect(valueOf(rule)?.["secondFactor"]).toMatchObject({ $unknown: expect.stringContaining("dynamic") });
    expect(textAt(text, rule, "secondFactor")).toBe('dynamic "secondary_criteria" {');
    // A sequence without any secondary_criteria still decides.
    const open = oktaSubjects(tf(text.replace("  }\n}", '  }\n  factor_sequence {\n    primary_criteria_factor_type = "password"\n    primary_criteria_provider    = "OKTA"\n  }\n}')));
    expect(valueOf(open[0])?.["secondFactor"]).toBe("off");
  });

  const entra = (grant: string, users = 'included_users = ["All"]', apps = 'included_applications = ["All"]', clients = '["all"]') =>
    lines(
      'resource "azuread_conditional_access_policy" "p" {',
      '  display_name = "p"',
      '  state        = "enabled"',
      "  conditions {",
      `    client_app_types = ${clients}`,
      `    users { ${users} }`,
      `    applications { ${apps} }`,
      "  }",
      "  grant_controls {",
      `    ${grant}`,
      "  }",
      "}",
    );

  it.each([
    ['operator = "OR"\n    built_in_controls = ["mfa", var.extra_control]', { $expr: "var.extra_control" }, "var.extra_control]"],
    ['operator = "OR"\n    built_in_controls = var.controls', { $expr: "var.controls" }, "var.controls"],
    ['operator = "AND"\n    built_in_controls = [var.control]', { $expr: "var.control" }, "var.control]"],
  ])("Entra: grant controls that are not literals may not ask for MFA (%s)", (grant, level, where) => {
    const text = entra(grant);
    const [policy] = entraSubjects(tf(text));
    expect(valueOf(policy)?.["secondFactor"]).toEqual(level);
    expect(textAt(text, policy, "secondFactor")).toBe(where);
  });

  it("Entra: MFA with AND stays required whatever the other controls are", () => {
    const [policy] = entraSubjects(tf(entra('operator = "AND"\n    built_in_controls = ["mfa", var.extra_control]')));
    expect(valueOf(policy)?.["secondFactor"]).toBe("required");
  });

  it.each([
    ["included_users = [var.who]", 'included_applications = ["All"]', { $expr: "var.who" }, "var.who] }"],
    ['included_users = ["All"]', "included_applications = [var.app]", { $expr: "var.app" }, "var.app] }"],
    ["included_users = [azuread_user.alice.object_id]", 'included_applications = ["All"]', "some", undefined],
    ["included_users = [var.who]", 'included_applications = ["app-1"]', "some", undefined],
  ])("Entra: %s and %s cover %j", (users, apps, scope, where) => {
    const text = entra('operator = "OR"\n    built_in_controls = ["mfa"]', users, apps);
    const [policy] = entraSubjects(tf(text));
    expect(valueOf(policy)?.["scope"]).toEqual(scope);
    if (where) expect(textAt(text, policy, "scope")).toBe(where);
  });

  it("Entra: client app types that are not literals leave the legacy-client gap unverified", () => {
    const text = entra('operator = "OR"\n    built_in_controls = ["mfa"]', undefined, undefined, '["browser", var.more_clients]');
    const [policy] = entraSubjects(tf(text));
    expect(valueOf(policy)).toMatchObject({ gaps: [], unverified: [{ $expr: "var.more_clients" }] });
    expect(textAt(text, policy, "unverified", 0)).toBe("var.more_clients]");
    const literal = entraSubjects(tf(entra('operator = "OR"\n    built_in_controls = ["mfa"]', undefined, undefined, '["browser"]')));
    expect(valueOf(literal[0])?.["gaps"]).toMatchObject([{ kind: "client-apps" }]);
  });

  it("Cognito: a factor configuration from a dynamic block may not be there", () => {
    const text = lines(
      'resource "aws_cognito_user_pool" "p" {',
      '  name              = "staff"',
      '  mfa_configuration = "ON"',
      "  sms_configuration {",
      '    external_id    = "x"',
      "    sns_caller_arn = aws_iam_role.sns.arn",
      "  }",
      '  dynamic "software_token_mfa_configuration" {',
      "    for_each = var.software_token ? [1] : []",
      "    content { enabled = true }",
      "  }",
      "}",
    );
    const [pool] = cognitoSubjects(tf(text));
    const factors = valueOf(pool)?.["factors"] as Array<{ kind: string; enrolment: unknown }>;
    expect(factors.map((f) => [f.kind, f.enrolment])).toEqual([
      ["sms", "optional"],
      ["otp-app", { $unknown: expect.stringContaining("dynamic") }],
    ]);
  });

  it("Entra: a legacy-client block whose state is not a literal may be enabled, so the client-apps gap is unverified", () => {
    const blocker = (state: string) =>
      lines(
        'resource "azuread_conditional_access_policy" "block_legacy" {',
        '  display_name = "block legacy"',
        `  state        = ${state}`,
        "  conditions {",
        '    client_app_types = ["exchangeActiveSync", "other"]',
        '    users { included_users = ["All"] }',
        '    applications { included_applications = ["All"] }',
        "  }",
        "  grant_controls {",
        '    operator          = "OR"',
        '    built_in_controls = ["block"]',
        "  }",
        "}",
      );
    const mfa = entra('operator = "OR"\n    built_in_controls = ["mfa"]', undefined, undefined, '["browser", "mobileAppsAndDesktopClients"]');
    const text = mfa + blocker("var.state");
    const [policy] = entraSubjects(tf(text));
    expect(valueOf(policy)).toMatchObject({ gaps: [], unverified: [{ $expr: "var.state" }] });
    expect(textAt(text, policy, "unverified", 0)).toBe("var.state");
    // A literal state that is not "enabled" blocks nothing: the gap stands.
    for (const state of ['"disabled"', '"enabledForReportingButNotEnforced"']) {
      const [open] = entraSubjects(tf(mfa + blocker(state)));
      expect(valueOf(open)).toMatchObject({ gaps: [{ kind: "client-apps" }], unverified: [] });
    }
    const [closed] = entraSubjects(tf(mfa + blocker('"enabled"')));
    expect(valueOf(closed)).toMatchObject({ gaps: [], unverified: [] });
    // A type that no policy may block is a gap whatever the state: only it is named.
    const [partly] = entraSubjects(tf(entra('operator = "OR"\n    built_in_controls = ["mfa"]', undefined, undefined, '["browser"]') + blocker("var.state")));
    expect(valueOf(partly)).toMatchObject({ gaps: [{ kind: "client-apps", detail: expect.stringContaining("sign-ins from mobileAppsAndDesktopClients clients skip") }], unverified: [] });
  });

  it("Entra: a legacy-client block whose controls, users, applications or client types are not literals may block too", () => {
    const blocker = (controls: string, users: string, types: string, apps = '["All"]') =>
      lines(
        'resource "azuread_conditional_access_policy" "block_legacy" {',
        '  display_name = "block legacy"',
        '  state        = "enabled"',
        "  conditions {",
        `    client_app_types = ${types}`,
        `    users { included_users = ${users} }`,
        `    applications { included_applications = ${apps} }`,
        "  }",
        "  grant_controls {",
        '    operator          = "OR"',
        `    built_in_controls = ${controls}`,
        "  }",
        "}",
      );
    const mfa = entra('operator = "OR"\n    built_in_controls = ["mfa"]', undefined, undefined, '["browser", "mobileAppsAndDesktopClients"]');
    const cases: Array<[string, string]> = [
      [blocker("var.controls", '["All"]', '["exchangeActiveSync", "other"]'), "var.controls"],
      [blocker('["block"]', "var.users", '["exchangeActiveSync", "other"]'), "var.users"],
      [blocker('["block"]', '["All"]', "var.legacy_types"), "var.legacy_types"],
      [blocker('["block"]', '["All"]', '["exchangeActiveSync", "other"]', "[var.app]"), "var.app"],
    ];
    for (const [block, expression] of cases) {
      const text = mfa + block;
      const [policy] = entraSubjects(tf(text));
      expect(valueOf(policy), expression).toMatchObject({ gaps: [], unverified: [{ $expr: expression }] });
      // One-line blocks: the position is the expression's start.
      expect(textAt(text, policy, "unverified", 0)?.startsWith(expression), expression).toBe(true);
    }
    // A literal part that rules the block out leaves the gap standing, whatever the rest holds.
    const [open] = entraSubjects(tf(mfa + blocker('["mfa"]', "var.users", '["exchangeActiveSync", "other"]')));
    expect(valueOf(open)).toMatchObject({ gaps: [{ kind: "client-apps" }], unverified: [] });
  });

  it("Okta: an okta_authenticator whose key is not a literal may be the REQUIRED factor's, and switch it off", () => {
    const authenticator = (status: string) =>
      lines(
        'resource "okta_authenticator" "this" {',
        "  for_each = { for a in var.authenticators : a.name => a }",
        "  name     = each.value.name",
        "  key      = each.value.key",
        `  status   = ${status}`,
        "}",
      );
    const policy = lines('resource "okta_policy_mfa" "p" {', '  name        = "p"', '  okta_verify = { enroll = "REQUIRED" }', "}");
    for (const status of ['"INACTIVE"', 'lookup(each.value, "status", "ACTIVE")']) {
      const text = authenticator(status) + policy;
      const [subject] = oktaSubjects(tf(text));
      expect(valueOf(subject)).toMatchObject({ secondFactor: { $expr: "each.value.key" }, factors: [{ name: "okta_verify", enrolment: { $expr: "each.value.key" } }] });
      expect(valueOf(subject)?.["setting"]).toContain("each.value.key");
      expect(textAt(text, subject, "secondFactor")).toBe("each.value.key");
    }
    // An active one switches nothing off; nor does one of another key when the factor's own is literal.
    expect(valueOf(oktaSubjects(tf(authenticator('"ACTIVE"') + policy))[0])?.["secondFactor"]).toBe("required");
    expect(valueOf(oktaSubjects(tf(authenticator("var.status") + policy))[0])?.["secondFactor"]).toEqual({ $expr: "each.value.key" });
    const own = lines('resource "okta_authenticator" "verify" {', '  name = "Okta Verify"', '  key  = "okta_verify"', "}");
    expect(valueOf(oktaSubjects(tf(authenticator('"INACTIVE"') + own + policy))[0])?.["secondFactor"]).toBe("required");
  });

  it("Auth0: phone message_types that are not literals may be SMS, voice or both, at the attribute", () => {
    const guardian = (types: string) =>
      lines(
        'resource "auth0_guardian" "g" {',
        '  policy = "all-applications"',
        "  phone {",
        "    enabled       = true",
        '    provider      = "auth0"',
        `    message_types = ${types}`,
        "  }",
        "}",
      );
    const text = guardian("var.phone_message_types");
    const [whole] = auth0Subjects(tf(text));
    const marker = { $expr: "var.phone_message_types" };
    expect(valueOf(whole)?.["factors"]).toEqual([
      { kind: "sms", name: "phone", phishable: true, enrolment: marker },
      { kind: "voice", name: "phone", phishable: true, enrolment: marker },
    ]);
    expect(textAt(text, whole, "factors", 0)).toBe("var.phone_message_types");
    expect(textAt(text, whole, "factors", 1)).toBe("var.phone_message_types");
    // A literal element is offered; the one that is not a literal may add the other kind.
    const partText = guardian('["sms", var.extra_type]');
    const [part] = auth0Subjects(tf(partText));
    expect(valueOf(part)?.["factors"]).toEqual([
      { kind: "sms", name: "phone", phishable: true, enrolment: "optional" },
      { kind: "voice", name: "phone", phishable: true, enrolment: { $expr: "var.extra_type" } },
    ]);
    expect(textAt(partText, part, "factors", 1)).toBe("var.extra_type]");
    expect((valueOf(auth0Subjects(tf(guardian('["voice"]')))[0])?.["factors"] as Array<{ kind: string }>).map((f) => f.kind)).toEqual(["voice"]);
  });

  it("AWS: a statement whose effect is not a literal may deny or allow, in a policy document and in jsonencode", () => {
    const text = lines(
      'data "aws_iam_policy_document" "mfa" {',
      "  statement {",
      "    effect    = var.mfa_effect",
      '    actions   = ["*"]',
      '    resources = ["*"]',
      "    condition {",
      '      test     = "BoolIfExists"',
      '      variable = "aws:MultiFactorAuthPresent"',
      '      values   = ["false"]',
      "    }",
      "  }",
      "}",
      'resource "aws_iam_policy" "p" {',
      '  name = "p"',
      "  policy = jsonencode({",
      "    Statement = [{",
      "      Effect    = local.effect",
      '      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "false" } }',
      "    }]",
      "  })",
      "}",
    );
    const subjects = awsIamSubjects(tf(text));
    const byId = new Map(subjects.map((s) => [s.id, s]));
    const doc = byId.get("data.aws_iam_policy_document.mfa");
    const json = byId.get("aws_iam_policy.p");
    expect(valueOf(doc)).toMatchObject({ secondFactor: { $expr: "var.mfa_effect" }, conditions: [{ effect: { $expr: "var.mfa_effect" }, operator: "BoolIfExists", values: ["false"] }] });
    expect(textAt(text, doc, "secondFactor")).toBe("var.mfa_effect");
    expect(textAt(text, doc, "conditions", 0, "effect")).toBe("var.mfa_effect");
    expect(valueOf(json)).toMatchObject({ secondFactor: { $expr: "local.effect" }, conditions: [{ effect: { $expr: "local.effect" }, operator: "Bool" }] });
    expect(textAt(text, json, "conditions", 0, "effect")).toBe("local.effect");
    // The rest of a condition still points at its operator.
    expect(textAt(text, json, "conditions", 0)).toBe('{ "aws:MultiFactorAuthPresent" = "false" } }');
    // A literal Deny with BoolIfExists beside it decides whatever the other statement is.
    const mixed = lines(
      'data "aws_iam_policy_document" "mixed" {',
      "  statement {",
      "    effect = var.other_effect",
      '    condition {\n      test     = "Bool"\n      variable = "aws:MultiFactorAuthPresent"\n      values   = ["false"]\n    }',
      "  }",
      "  statement {",
      '    effect = "Deny"',
      '    condition {\n      test     = "BoolIfExists"\n      variable = "aws:MultiFactorAuthPresent"\n      values   = ["false"]\n    }',
      "  }",
      "}",
    );
    expect(valueOf(awsIamSubjects(tf(mixed))[0])?.["secondFactor"]).toBe("required");
    // Left out, the effect is the provider's default, Allow.
    const defaulted = awsIamSubjects(tf(text.replace("    effect    = var.mfa_effect\n", ""))).find((s) => s.id === "data.aws_iam_policy_document.mfa");
    expect(valueOf(defaulted)).toMatchObject({ secondFactor: "optional", conditions: [{ effect: "Allow" }] });
  });

  it("AWS: a condition whose test or values are not literals may close every way in: unknown, unless another already does", () => {
    const statement = (effect: string, test: string, values: string) =>
      `  statement {\n    effect = ${effect}\n    condition {\n      test     = ${test}\n      variable = "aws:MultiFactorAuthPresent"\n      values   = ${values}\n    }\n  }`;
    const text = lines(
      'data "aws_iam_policy_document" "by_test" {',
      statement('"Deny"', "var.mfa_test", '["false"]'),
      "}",
      'data "aws_iam_policy_document" "by_values" {',
      statement('"Deny"', '"Bool"', "[var.mfa_present]"),
      "}",
      'data "aws_iam_policy_document" "closed_anyway" {',
      statement('"Deny"', "var.mfa_test", '["false"]'),
      statement('"Deny"', '"BoolIfExists"', '["false"]'),
      "}",
    );
    const byId = new Map(awsIamSubjects(tf(text)).map((s) => [s.id, s]));
    const byTest = byId.get("data.aws_iam_policy_document.by_test");
    expect(valueOf(byTest)).toMatchObject({ secondFactor: { $expr: "var.mfa_test" }, conditions: [{ effect: "Deny", operator: { $expr: "var.mfa_test" }, values: ["false"] }] });
    expect(textAt(text, byTest, "secondFactor")).toBe("var.mfa_test");
    const byValues = byId.get("data.aws_iam_policy_document.by_values");
    expect(valueOf(byValues)).toMatchObject({ secondFactor: { $expr: "var.mfa_present" }, conditions: [{ operator: "Bool", values: { $expr: "var.mfa_present" } }] });
    expect(textAt(text, byValues, "conditions", 0, "values")).toBe("[var.mfa_present]");
    expect(valueOf(byId.get("data.aws_iam_policy_document.closed_anyway"))?.["secondFactor"]).toBe("required");
  });
});
