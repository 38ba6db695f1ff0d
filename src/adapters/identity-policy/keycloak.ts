import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { factor } from "./factors.js";
import { flowFactors, flowStrength, type FlowStrength } from "./keycloak-flows.js";
import { IdentityBuilder } from "./identity.js";
import { isRecord, marker, member, shown, text } from "./values.js";

/** Required actions that make a user enrol a second factor at the next login. */
const ENROL_ACTIONS = new Set(["CONFIGURE_TOTP", "webauthn-register", "webauthn-register-passwordless"]);

/**
 * Keycloak realm exports. A second factor is enforced when the bound browser flow runs an OTP
 * or WebAuthn step unconditionally, or when enrolment is a default required action (every new
 * user must configure OTP, after which the conditional OTP asks it). The default flows ask OTP
 * only from users who already configured it: a bypass for everyone else. Clients with direct
 * access grants (the OAuth password grant) skip the browser flow: they are a gap unless the
 * direct grant flow demands OTP too. Per-client flow overrides are gaps when weaker.
 */
export function keycloakSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "keycloak-realm") continue;
    const realms: Array<{ value: unknown; path: DocPath }> = Array.isArray(document.value)
      ? document.value.map((value, index) => ({ value, path: [index] }))
      : [{ value: document.value, path: [] }];
    for (const { value, path } of realms) {
      // A disabled realm signs nobody in.
      if (isRecord(value) && typeof value["realm"] === "string" && value["enabled"] !== false) subjects.push(realmSubject(document, value, path));
    }
  }
  return subjects;
}

function realmSubject(document: Document, realm: Record<string, unknown>, root: DocPath): Subject {
  // Scanned data: a `realm` that is not a string is shown as JSON (String() would call its own `toString`).
  const name = typeof realm["realm"] === "string" ? realm["realm"] : shown(realm["realm"]);
  const here = (path: DocPath) => ({ document, path: [...root, ...path] });
  const builder = new IdentityBuilder("keycloak", "keycloak-realm", `${document.file}#${name}`, here([]), "identity-provider", name);

  const enrolment = defaultEnrolment(realm);
  const browserAlias = text(realm["browserFlow"]) ?? "browser";
  const browser = strengthOf(realm, browserAlias, root);
  // `"browserFlow": "${BROWSER_FLOW}"` binds a flow chosen at import, not the built-in one:
  // neither that flow's steps nor a default enrolment action (which that flow may never ask)
  // decide.
  const boundAt = marker(realm["browserFlow"]);
  if (boundAt) builder.secondFactor(boundAt, `browserFlow = ${shown(boundAt)}`, here(["browserFlow"]));
  else if (browser.level === "required") builder.secondFactor("required", `browser flow "${browserAlias}": ${browser.reason}`, here(browser.path.slice(root.length)));
  else if (enrolment) builder.secondFactor("required", `required action ${enrolment.alias} is a default action`, here(enrolment.path));
  else builder.secondFactor(browser.level, `browser flow "${browserAlias}": ${browser.reason}`, here(browser.path.slice(root.length)));

  // The factors the browser flow can ask; a realm exported without its flows runs the
  // built-in browser flow, whose only second factor is the OTP form.
  if (Array.isArray(realm["authenticationFlows"])) {
    builder.factorsListed(here([]));
    for (const step of flowFactors(realm, browserAlias, root)) {
      builder.factor(factor(step.kind, step.authenticator, step.requirement === "REQUIRED" ? "required" : "optional"), here(step.path.slice(root.length)));
    }
  }

  // Users of a realm that enrols everyone cannot finish a password grant before they configure OTP.
  const grantAlias = text(realm["directGrantFlow"]) ?? "direct grant";
  const grant = strengthOf(realm, grantAlias, root);
  const clients = Array.isArray(realm["clients"]) ? realm["clients"] : [];
  clients.forEach((client, index) => {
    if (!isRecord(client) || client["enabled"] === false || client["bearerOnly"] === true) return;
    const clientId = text(client["clientId"]) ?? `clients[${index}]`;
    const overrides = member(client, "authenticationFlowBindingOverrides");
    const grantOverride = text(member(overrides, "direct_grant"));
    const grantFlow = grantOverride ? strengthOf(realm, grantOverride, root) : grant;
    if (client["directAccessGrantsEnabled"] === true && grantFlow.level !== "required" && !enrolment) {
      builder.gap(
        {
          kind: "password-grant",
          who: clientId,
          detail: `Client ${clientId} allows the password grant (directAccessGrantsEnabled) and the direct grant flow "${grantOverride ?? grantAlias}" does not require OTP (${grantFlow.reason}): a password alone gets a token.`,
        },
        here(["clients", index, "directAccessGrantsEnabled"]),
      );
    }
    const browserOverride = text(member(overrides, "browser"));
    if (browserOverride) {
      const own = strengthOf(realm, browserOverride, root);
      if (own.level !== "required" && !(enrolment && own.level === "conditional"))
        builder.gap(
          { kind: "flow-override", who: clientId, detail: `Client ${clientId} overrides the browser flow with "${browserOverride}", which does not require OTP (${own.reason}): its users sign in with a password alone.` },
          here(["clients", index, "authenticationFlowBindingOverrides", "browser"]),
        );
    }
  });
  return builder.build({ realm: name });
}

/** The flow's strength; a flow the export does not contain is Keycloak's built-in one, which asks OTP only from enrolled users. */
function strengthOf(realm: Record<string, unknown>, alias: string, root: DocPath): FlowStrength {
  const found = flowStrength(realm, alias, root);
  if (found) return found;
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : [];
  const exported = flows.findIndex((f) => isRecord(f) && f["alias"] === alias);
  if (exported >= 0) return { level: "off", path: [...root, "authenticationFlows", exported, "alias"], reason: "it has no OTP or WebAuthn step" };
  const builtIn = alias === "browser" || alias === "direct grant";
  return {
    level: builtIn ? "conditional" : "off",
    path: [...root, alias === "direct grant" ? "directGrantFlow" : "browserFlow"],
    reason: builtIn ? "the built-in flow asks OTP only from users who already configured it" : `flow "${alias}" is not in the export`,
  };
}

/** The enabled default required action that enrols a second factor, if any. */
function defaultEnrolment(realm: Record<string, unknown>): { alias: string; path: DocPath } | undefined {
  const actions = Array.isArray(realm["requiredActions"]) ? realm["requiredActions"] : [];
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    if (!isRecord(action)) continue;
    const alias = text(action["alias"]) ?? text(action["providerId"]) ?? "";
    if (ENROL_ACTIONS.has(alias) && action["enabled"] !== false && action["defaultAction"] === true)
      return { alias, path: ["requiredActions", index, "defaultAction"] };
  }
  return undefined;
}

/** What this module reads, and how. */
export const keycloakReader: ProductReader = { formats: ["keycloak-realm"], read: ({ documents }) => keycloakSubjects(documents) };
