import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "../../../src/adapters/adapter.js";
import { identityPolicyAdapter } from "../../../src/adapters/identity-policy/index.js";
import type { Document } from "../../../src/types.js";

const documentOf = (value: unknown, format: string): ParsedDocument => {
  const document: Document = { file: "f", index: 0, value, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
  return { document, format };
};

// Values shaped like each format's documents, with arbitrary leaves where the adapters look.
const realm = fc.record({
  realm: fc.oneof(fc.string(), fc.anything()),
  browserFlow: fc.oneof(fc.constant("browser"), fc.anything()),
  requiredActions: fc.oneof(fc.array(fc.record({ alias: fc.constantFrom("CONFIGURE_TOTP", "x"), defaultAction: fc.anything() })), fc.anything()),
  clients: fc.oneof(fc.array(fc.record({ clientId: fc.anything(), directAccessGrantsEnabled: fc.anything(), authenticationFlowBindingOverrides: fc.anything() })), fc.anything()),
  authenticationFlows: fc.array(
    fc.record({
      alias: fc.constantFrom("browser", "a", "b"),
      authenticationExecutions: fc.array(
        fc.record({
          authenticator: fc.constantFrom("auth-otp-form", "auth-cookie", "auth-spnego"),
          authenticatorFlow: fc.boolean(),
          flowAlias: fc.constantFrom("browser", "a", "b"),
          requirement: fc.constantFrom("REQUIRED", "ALTERNATIVE", "CONDITIONAL", "DISABLED", "x"),
        }),
      ),
    }),
  ),
});
const resources = fc.dictionary(
  fc.constantFrom("okta_policy_mfa", "okta_policy_rule_signon", "azuread_conditional_access_policy", "aws_cognito_user_pool", "auth0_guardian", "gitlab_group", "aws_iam_policy"),
  fc.dictionary(fc.string(), fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("grant_controls", "conditions", "policy", "status", "okta_otp", "users_excluded"), fc.anything()))),
);

describe("identity-policy adapters", () => {
  it("never throw on odd documents", () => {
    fc.assert(
      fc.property(realm, fc.anything(), resources, fc.anything(), (r, anything, resource, org) => {
        const documents = [
          documentOf(r, "keycloak-realm"),
          documentOf(anything, "keycloak-realm"),
          documentOf({ resource, data: { aws_iam_policy_document: { d: anything } } }, "terraform"),
          documentOf(anything, "terraform"),
          documentOf({ organization: org }, "github-settings"),
          documentOf(
            { resource_changes: [{ address: "a.b", type: "azuread_conditional_access_policy", name: "b", mode: "managed", change: { after: resource, after_unknown: anything } }, anything] },
            "terraform-plan",
          ),
          documentOf({ directives: [{ name: "server", args: [] }, anything], options: {} }, "openvpn"),
        ];
        expect(() => identityPolicyAdapter({ documents, roots: ["."] })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("never call a toString that scanned data defines (the case the property above once found)", () => {
    const odd = { toString: 0, valueOf: 0 };
    const documents = [
      documentOf({ realm: odd, browserFlow: "browser", requiredActions: [], clients: [], authenticationFlows: [] }, "keycloak-realm"),
      documentOf({ resource: { auth0_guardian: { g: { policy: odd } }, aws_cognito_user_pool: { p: { mfa_configuration: odd } } } }, "terraform"),
    ];
    expect(() => identityPolicyAdapter({ documents, roots: ["."] })).not.toThrow();
  });
});
