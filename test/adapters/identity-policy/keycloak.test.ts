import { describe, expect, it } from "vitest";
import { keycloakSubjects } from "../../../src/adapters/identity-policy/keycloak.js";
import { getParser } from "../../../src/formats/index.js";
import { only } from "../../helpers/parse.js";
import { at, parsed, textAt } from "./parse-documents.js";

/** A realm whose browser flow is `flow`'s executions, bound as "custom". */
function realm(executions: string, extra = ""): string {
  return `{
  "realm": "r",
  "browserFlow": "custom",${extra}
  "authenticationFlows": [
    { "alias": "custom", "topLevel": true, "authenticationExecutions": [
${executions}
    ] },
    { "alias": "otp", "topLevel": false, "authenticationExecutions": [
      { "authenticator": "auth-otp-form", "requirement": "REQUIRED" }
    ] },
    { "alias": "conditional otp", "topLevel": false, "authenticationExecutions": [
      { "authenticator": "conditional-user-configured", "requirement": "REQUIRED" },
      { "authenticator": "auth-otp-form", "requirement": "REQUIRED" }
    ] }
  ]
}`;
}

const subjectOf = (text: string) => keycloakSubjects([parsed("realm-export.json", "keycloak-realm", text)])[0];

describe("Keycloak realm subjects", () => {
  it("a browser flow bound by an import placeholder is unknown, not the built-in one", () => {
    const text = realm(`{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`).replace('"browserFlow": "custom"', '"browserFlow": "${BROWSER_FLOW}"');
    // The realm parser (not plain JSON) turns import placeholders into markers.
    const parser = getParser("keycloak-realm");
    if (!parser) throw new Error("no keycloak-realm parser");
    const [subject] = keycloakSubjects([{ document: only(parser.parse(text, "realm-export.json")), format: "keycloak-realm" }]);
    expect((subject?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${BROWSER_FLOW}" });
    expect(textAt(text, subject, "secondFactor")).toBe('"${BROWSER_FLOW}",');
  });

  it.each([
    ["OTP REQUIRED beside the password", `{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`, "required"],
    ["a REQUIRED OTP subflow", `{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticatorFlow": true, "flowAlias": "otp", "requirement": "REQUIRED" }`, "required"],
    ["a CONDITIONAL OTP subflow", `{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticatorFlow": true, "flowAlias": "conditional otp", "requirement": "CONDITIONAL" }`, "conditional"],
    // Keycloak skips ALTERNATIVE steps when a sibling is REQUIRED.
    ["an ALTERNATIVE OTP beside a REQUIRED password", `{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticator": "auth-otp-form", "requirement": "ALTERNATIVE" }`, "off"],
    ["OTP as an alternative to Kerberos", `{ "authenticator": "auth-spnego", "requirement": "ALTERNATIVE" },\n{ "authenticatorFlow": true, "flowAlias": "otp", "requirement": "ALTERNATIVE" }`, "optional"],
    ["OTP as an alternative to the SSO cookie only", `{ "authenticator": "auth-cookie", "requirement": "ALTERNATIVE" },\n{ "authenticatorFlow": true, "flowAlias": "otp", "requirement": "ALTERNATIVE" }`, "required"],
    ["a DISABLED OTP", `{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticator": "auth-otp-form", "requirement": "DISABLED" }`, "off"],
  ])("%s: %s", (_name, executions, level) => {
    expect((subjectOf(realm(executions))?.value as Record<string, unknown>)["secondFactor"]).toBe(level);
  });

  it("points a conditional verdict at the CONDITIONAL step", () => {
    const text = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticatorFlow": true, "flowAlias": "conditional otp", "requirement": "CONDITIONAL" }`);
    const subject = subjectOf(text);
    expect(at(subject, "secondFactor")).toMatch(/^realm-export\.json:7:/);
    expect(textAt(text, subject, "secondFactor")).toBe('"CONDITIONAL" }');
  });

  it("takes a default CONFIGURE_TOTP required action as enrolling everyone, and then spares password-grant clients", () => {
    const extra = `
  "requiredActions": [ { "alias": "CONFIGURE_TOTP", "providerId": "CONFIGURE_TOTP", "enabled": true, "defaultAction": true } ],
  "clients": [ { "clientId": "cli", "directAccessGrantsEnabled": true } ],`;
    const text = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" }`, extra);
    const subject = subjectOf(text);
    expect(subject?.value).toMatchObject({ secondFactor: "required", gaps: [] });
    expect(textAt(text, subject, "secondFactor")).toBe("true } ],");
  });

  it("reports password-grant clients when the built-in direct grant flow is bound", () => {
    const extra = `
  "clients": [ { "clientId": "cli", "directAccessGrantsEnabled": true }, { "clientId": "off", "enabled": false, "directAccessGrantsEnabled": true } ],`;
    const text = realm(`{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`, extra);
    const subject = subjectOf(text);
    expect(subject?.value).toMatchObject({ secondFactor: "required", gaps: [{ kind: "password-grant", who: "cli" }] });
    expect(textAt(text, subject, "gaps", 0)).toMatch(/^true }, \{ "clientId": "off"/);
  });

  it("reads each enabled realm of a multi-realm export and ignores other JSON", () => {
    const two = `[${realm("")}, { "realm": "second" }, { "name": "not a realm" }, { "realm": "off", "enabled": false }]`;
    expect(keycloakSubjects([parsed("all-realm.json", "keycloak-realm", two)]).map((s) => s.id)).toEqual(["all-realm.json#r", "all-realm.json#second"]);
    expect(keycloakSubjects([parsed("realm-export.json", "json", realm(""))])).toEqual([]);
  });
});
