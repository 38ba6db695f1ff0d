import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import { factor } from "./factors.js";
import { flowFactors, flowStrength, type FlowStrength } from "./keycloak-flows.js";
import { IdentityBuilder, type Gap } from "./identity.js";
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
  const enrols = enrolment !== undefined && !enrolment.marker;
  const browserAlias = text(realm["browserFlow"]) ?? "browser";
  const browser = strengthOf(realm, browserAlias, root);
  // `"browserFlow": "${BROWSER_FLOW}"` binds a flow chosen at import, not the built-in one:
  // neither that flow's steps nor a default enrolment action (which that flow may never ask)
  // decide.
  const boundAt = marker(realm["browserFlow"]);
  // `"enabled": "${REALM_ENABLED}"`: a realm that may be disabled signs nobody in, so only a
  // second factor required anyway stands.
  const realmOn = marker(realm["enabled"]);
  if (boundAt) builder.secondFactor(boundAt, `browserFlow = ${shown(boundAt)}`, here(["browserFlow"]));
  else if (browser.level === "required") builder.secondFactor("required", `browser flow "${browserAlias}": ${browser.reason}`, here(browser.path.slice(root.length)));
  else if (enrolment?.marker) builder.secondFactor(enrolment.marker, `required action ${enrolment.alias}: ${enrolment.setting}`, here(enrolment.path));
  else if (enrolment) builder.secondFactor("required", `required action ${enrolment.alias} is a default action`, here(enrolment.path));
  else builder.secondFactor(browser.level, `browser flow "${browserAlias}": ${browser.reason}`, here(browser.path.slice(root.length)));
  if (realmOn && !boundAt && browser.level !== "required" && !enrols) builder.secondFactor(realmOn, `enabled = ${shown(realmOn)}`, here(["enabled"]));

  // The factors the browser flow can ask; a realm exported without its flows runs the
  // built-in browser flow, whose only second factor is the OTP form.
  if (Array.isArray(realm["authenticationFlows"])) {
    builder.factorsListed(here([]));
    flowFactors(realm, browserAlias, root).forEach((step, index) => {
      const enrolled = marker(step.requirement) ?? (step.requirement === "REQUIRED" ? "required" : "optional");
      builder.factor({ ...factor(step.kind, step.authenticator, "optional"), enrolment: enrolled }, here(step.path.slice(root.length)));
      // A step that may be DISABLED: its enrolment is unknown at the placeholder.
      if (step.requirementPath) builder.origin(["factors", index, "enrolment"], here(step.requirementPath.slice(root.length)));
    });
  }

  // Each way around the second factor holds when all its conditions do; one that is not a
  // literal (an import placeholder) leaves it unverified, at that setting.
  const unless = (conditions: Condition[], gap: Gap, at: DocPath) => {
    if (conditions.some((c) => c === false)) return;
    const open = conditions.find((c): c is Undecided => c !== true);
    if (open) builder.unverified(open.marker, here(open.path));
    else builder.gap(gap, here(at));
  };
  const realmCondition: Condition = realmOn ? { marker: realmOn, path: ["enabled"] } : true;
  // Users of a realm that enrols everyone cannot finish a password grant before they configure OTP.
  const noEnrolment: Condition = enrolment === undefined ? true : enrolment.marker ? { marker: enrolment.marker, path: enrolment.path } : false;
  const grantAlias = text(realm["directGrantFlow"]) ?? "direct grant";
  const grantBound = marker(realm["directGrantFlow"]);
  const grant = grantBound ? placeholderFlow(grantBound, [...root, "directGrantFlow"]) : strengthOf(realm, grantAlias, root);
  const clients = Array.isArray(realm["clients"]) ? realm["clients"] : [];
  clients.forEach((client, index) => {
    if (!isRecord(client) || client["enabled"] === false || client["bearerOnly"] === true) return;
    const clientId = text(client["clientId"]) ?? `clients[${index}]`;
    const clientAt = (key: string): DocPath => ["clients", index, key];
    // A client that may be disabled or bearer-only signs nobody in.
    const clientOn: Condition[] = (["enabled", "bearerOnly"] as const).flatMap((key) => {
      const unknown = marker(client[key]);
      return unknown ? [{ marker: unknown, path: clientAt(key) }] : [];
    });
    const overrides = member(client, "authenticationFlowBindingOverrides");
    const overridesAt = (key: string): DocPath => ["clients", index, "authenticationFlowBindingOverrides", key];
    const grantOverride = text(member(overrides, "direct_grant"));
    const grantOverrideBound = marker(member(overrides, "direct_grant"));
    const grantFlow = grantOverrideBound
      ? placeholderFlow(grantOverrideBound, [...root, ...overridesAt("direct_grant")])
      : grantOverride ? strengthOf(realm, grantOverride, root) : grant;
    const directAccess = client["directAccessGrantsEnabled"];
    const directUnknown = marker(directAccess);
    unless(
      [
        directUnknown ? { marker: directUnknown, path: clientAt("directAccessGrantsEnabled") } : directAccess === true,
        weaker(grantFlow, root),
        noEnrolment,
        ...clientOn,
        realmCondition,
      ],
      {
        kind: "password-grant",
        who: clientId,
        detail: `Client ${clientId} allows the password grant (directAccessGrantsEnabled) and the direct grant flow "${grantOverride ?? grantAlias}" does not require OTP (${grantFlow.reason}): a password alone gets a token.`,
      },
      clientAt("directAccessGrantsEnabled"),
    );
    const browserOverride = text(member(overrides, "browser"));
    const browserBound = marker(member(overrides, "browser"));
    if (browserOverride || browserBound) {
      const own = browserBound ? placeholderFlow(browserBound, [...root, ...overridesAt("browser")]) : strengthOf(realm, browserOverride ?? "", root);
      // A conditional flow asks OTP of every user when everyone enrols.
      const weak: Condition = own.level === "conditional" ? noEnrolment : weaker(own, root);
      unless(
        [weak, ...clientOn, realmCondition],
        { kind: "flow-override", who: clientId, detail: `Client ${clientId} overrides the browser flow with "${browserOverride ?? shown(browserBound)}", which does not require OTP (${own.reason}): its users sign in with a password alone.` },
        overridesAt("browser"),
      );
    }
  });
  return builder.build({ realm: name });
}

/** Whether a gap's condition holds: yes, no, or not known here (at the setting that would tell). */
type Undecided = { marker: UnknownMarker; path: DocPath };
type Condition = boolean | Undecided;

/** Whether a flow does not require a second factor; undecided when a placeholder decides it. */
function weaker(flow: FlowStrength, root: DocPath): Condition {
  const unknown = marker(flow.level);
  if (unknown) return { marker: unknown, path: flow.path.slice(root.length) };
  return flow.level !== "required";
}

/** A flow bound by an import placeholder: not the built-in one, and not known here. */
function placeholderFlow(bound: UnknownMarker, path: DocPath): FlowStrength {
  return { level: bound, path, reason: `the flow is bound by ${shown(bound)}` };
}

/** The flow's strength; a flow the export does not contain is Keycloak's built-in one, which asks OTP only from enrolled users. */
function strengthOf(realm: Record<string, unknown>, alias: string, root: DocPath): FlowStrength {
  // Clients name the same few flows; a flow with placeholders is evaluated once per value of each.
  let known = strengths.get(realm);
  if (!known) strengths.set(realm, (known = new Map()));
  const cached = known.get(alias);
  if (cached) return cached;
  const strength = uncachedStrength(realm, alias, root);
  known.set(alias, strength);
  return strength;
}

/** Strengths already worked out, by realm and flow alias. */
const strengths = new WeakMap<Record<string, unknown>, Map<string, FlowStrength>>();

function uncachedStrength(realm: Record<string, unknown>, alias: string, root: DocPath): FlowStrength {
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

/**
 * The enabled default required action that enrols a second factor, if any. One whose `enabled`
 * or `defaultAction` is an import placeholder may enrol nobody, and a default action whose
 * `alias` (or `providerId`) is one may be the enrolling one: it carries that marker, and counts
 * only when no action enrols without doubt.
 */
function defaultEnrolment(realm: Record<string, unknown>): { alias: string; path: DocPath; marker?: UnknownMarker; setting?: string } | undefined {
  const actions = Array.isArray(realm["requiredActions"]) ? realm["requiredActions"] : [];
  let undecided: { alias: string; path: DocPath; marker: UnknownMarker; setting: string } | undefined;
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    if (!isRecord(action)) continue;
    const alias = text(action["alias"]) ?? text(action["providerId"]) ?? "";
    // `"alias": "${ENROL_ACTION}"`: the action may be the one that enrols a second factor.
    const named = ENROL_ACTIONS.has(alias) ? undefined : (marker(action["alias"]) ?? (action["alias"] === undefined ? marker(action["providerId"]) : undefined));
    if ((!ENROL_ACTIONS.has(alias) && !named) || action["enabled"] === false) continue;
    const enabled = marker(action["enabled"]);
    const byDefault = marker(action["defaultAction"]);
    if (named) {
      if (action["defaultAction"] === true || byDefault) {
        const key = marker(action["alias"]) ? "alias" : "providerId";
        undecided ??= { alias: shown(named), path: ["requiredActions", index, key], marker: named, setting: `${key} = ${shown(named)}` };
      }
      continue;
    }
    if (action["defaultAction"] === true && !enabled) return { alias, path: ["requiredActions", index, "defaultAction"] };
    if (byDefault || (enabled && action["defaultAction"] === true)) {
      const key = byDefault ? "defaultAction" : "enabled";
      undecided ??= { alias, path: ["requiredActions", index, key], marker: (byDefault ?? enabled) as UnknownMarker, setting: `${key} = ${shown(byDefault ?? enabled)}` };
    }
  }
  return undecided;
}

/** What this module reads, and how. */
export const keycloakReader: ProductReader = { formats: ["keycloak-realm"], read: ({ documents }) => keycloakSubjects(documents) };
