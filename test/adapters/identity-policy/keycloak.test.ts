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

/** The realm's subject as the run reads it: the realm parser (not plain JSON) turns import placeholders into markers. */
function imported(text: string) {
  const parser = getParser("keycloak-realm");
  if (!parser) throw new Error("no keycloak-realm parser");
  return keycloakSubjects([{ document: only(parser.parse(text, "realm-export.json")), format: "keycloak-realm" }])[0];
}

describe("Keycloak realm subjects", () => {
  it("a browser flow bound by an import placeholder is unknown, not the built-in one", () => {
    const text = realm(`{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`).replace('"browserFlow": "custom"', '"browserFlow": "${BROWSER_FLOW}"');
    const subject = imported(text);
    expect((subject?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${BROWSER_FLOW}" });
    expect(textAt(text, subject, "secondFactor")).toBe('"${BROWSER_FLOW}",');
  });

  it("an execution requirement bound by an import placeholder is unknown where it could change the verdict", () => {
    const text = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticator": "auth-otp-form", "requirement": "\${OTP_REQUIREMENT}" }`);
    const subject = imported(text);
    const value = subject?.value as Record<string, unknown>;
    expect(value["secondFactor"]).toEqual({ $expr: "${OTP_REQUIREMENT}" });
    expect(value["setting"]).toContain("${OTP_REQUIREMENT}");
    expect(textAt(text, subject, "secondFactor")).toBe('"${OTP_REQUIREMENT}" }');
    // The step may be DISABLED: the factor it offers is of unknown enrolment.
    expect(value["factors"]).toEqual([{ kind: "otp-app", name: "auth-otp-form", phishable: true, enrolment: { $expr: "${OTP_REQUIREMENT}" } }]);
    expect(textAt(text, subject, "factors", 0, "enrolment")).toBe('"${OTP_REQUIREMENT}" }');
    // Whatever a step beside a REQUIRED OTP is, OTP is still asked.
    const beside = imported(realm(`{ "authenticator": "auth-cookie", "requirement": "\${COOKIE}" },\n{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`));
    expect((beside?.value as Record<string, unknown>)["secondFactor"]).toBe("required");
    // A subflow whose requirement is a placeholder may not run.
    const sub = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticatorFlow": true, "flowAlias": "otp", "requirement": "\${OTP_FLOW}" }`);
    expect((imported(sub)?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${OTP_FLOW}" });
  });

  it("a step whose authenticator or subflow is an import placeholder may be the second factor: unknown, not absent", () => {
    const text = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticator": "\${MFA_AUTHENTICATOR}", "requirement": "REQUIRED" }`);
    const subject = imported(text);
    expect((subject?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${MFA_AUTHENTICATOR}" });
    expect(textAt(text, subject, "secondFactor")).toBe('"${MFA_AUTHENTICATOR}", "requirement": "REQUIRED" }');
    const sub = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticatorFlow": true, "flowAlias": "\${MFA_FLOW}", "requirement": "REQUIRED" }`);
    expect((imported(sub)?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${MFA_FLOW}" });
    // Beside a REQUIRED OTP step, whatever the other step is, OTP is asked.
    const beside = realm(`{ "authenticator": "\${OTHER}", "requirement": "REQUIRED" },\n{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`);
    expect((imported(beside)?.value as Record<string, unknown>)["secondFactor"]).toBe("required");
  });

  it("client settings bound by import placeholders leave the password-grant gap unverified", () => {
    const clients = (client: string, extra = "") => realm(`{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`, `${extra}\n  "clients": [ ${client} ],`);
    const direct = clients(`{ "clientId": "cli", "directAccessGrantsEnabled": "\${DIRECT_GRANTS}" }`);
    const subject = imported(direct);
    expect(subject?.value).toMatchObject({ secondFactor: "required", gaps: [], unverified: [{ $expr: "${DIRECT_GRANTS}" }] });
    expect(textAt(direct, subject, "unverified", 0)).toBe('"${DIRECT_GRANTS}" } ],');
    // The direct grant flow bound by a placeholder may or may not ask OTP.
    const flow = clients(`{ "clientId": "cli", "directAccessGrantsEnabled": true }`, `\n  "directGrantFlow": "\${GRANT_FLOW}",`);
    const bound = imported(flow);
    expect(bound?.value).toMatchObject({ gaps: [], unverified: [{ $expr: "${GRANT_FLOW}" }] });
    expect(textAt(flow, bound, "unverified", 0)).toBe('"${GRANT_FLOW}",');
    // A client that may be disabled may open no gap; one that is literally enabled does.
    const maybeOff = clients(`{ "clientId": "cli", "enabled": "\${CLI_ENABLED}", "directAccessGrantsEnabled": true }`);
    expect(imported(maybeOff)?.value).toMatchObject({ gaps: [], unverified: [{ $expr: "${CLI_ENABLED}" }] });
    expect(imported(clients(`{ "clientId": "cli", "directAccessGrantsEnabled": true }`))?.value).toMatchObject({ gaps: [{ kind: "password-grant" }], unverified: [] });
    // A browser-flow override bound by a placeholder may be weaker.
    const override = clients(`{ "clientId": "web", "authenticationFlowBindingOverrides": { "browser": "\${WEB_FLOW}" } }`);
    expect(imported(override)?.value).toMatchObject({ gaps: [], unverified: [{ $expr: "${WEB_FLOW}" }] });
  });

  it("a default enrolment action whose switch or name is an import placeholder may or may not enrol", () => {
    const extra = `
  "requiredActions": [ { "alias": "CONFIGURE_TOTP", "providerId": "CONFIGURE_TOTP", "enabled": true, "defaultAction": "\${ENROL_TOTP}" } ],`;
    const text = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticatorFlow": true, "flowAlias": "conditional otp", "requirement": "CONDITIONAL" }`, extra);
    const subject = imported(text);
    expect((subject?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${ENROL_TOTP}" });
    expect(textAt(text, subject, "secondFactor")).toBe('"${ENROL_TOTP}" } ],');
    // A default action whose alias is a placeholder may be the one that enrols.
    const named = `
  "requiredActions": [ { "alias": "\${ENROL_ACTION}", "providerId": "\${ENROL_ACTION}", "enabled": true, "defaultAction": true } ],`;
    const byName = imported(realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" },\n{ "authenticatorFlow": true, "flowAlias": "conditional otp", "requirement": "CONDITIONAL" }`, named));
    expect((byName?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${ENROL_ACTION}" });
    // One that is not a default action enrols nobody, whatever it is.
    const notDefault = imported(realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" }`, named.replace('"defaultAction": true', '"defaultAction": false')));
    expect((notDefault?.value as Record<string, unknown>)["secondFactor"]).toBe("off");
  });

  it("a realm whose enabled flag is an import placeholder may sign nobody in: a weak verdict is unknown", () => {
    const text = realm(`{ "authenticator": "auth-username-password-form", "requirement": "REQUIRED" }`, `\n  "enabled": "\${REALM_ENABLED}",`);
    const subject = imported(text);
    expect((subject?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $expr: "${REALM_ENABLED}" });
    expect(textAt(text, subject, "secondFactor")).toBe('"${REALM_ENABLED}",');
    const strong = imported(realm(`{ "authenticator": "auth-otp-form", "requirement": "REQUIRED" }`, `\n  "enabled": "\${REALM_ENABLED}",`));
    expect((strong?.value as Record<string, unknown>)["secondFactor"]).toBe("required");
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
