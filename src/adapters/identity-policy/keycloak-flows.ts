import type { DocPath } from "../../types.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import { keycloakAuthenticator, type FactorKind } from "./factors.js";
import { isRecord, marker, shown, text } from "./values.js";

type Level = "required" | "conditional" | "optional" | "off";

/** How far a flow demands a second factor, and the execution that decides it. */
export interface FlowStrength {
  /** A marker when a requirement bound by an import placeholder decides it. */
  level: Level | UnknownMarker;
  /** Path (in the realm) of the deciding execution: the OTP step, or the step that weakens it. */
  path: DocPath;
  /** What decided it, in Keycloak's words. */
  reason: string;
}

/** A strength decided by literal requirements. */
type Decided = Omit<FlowStrength, "level"> & { level: Level };

/** What a requirement bound by an import placeholder may turn out to be. */
const REQUIREMENTS = ["REQUIRED", "ALTERNATIVE", "CONDITIONAL", "DISABLED"] as const;

/**
 * What a step whose authenticator (or subflow) is bound by an import placeholder may turn out
 * to be: a second factor (the OTP form), or a step that signs the user in without one.
 */
const STEPS = ["auth-otp-form", "auth-username-password-form"] as const;

/** Beyond this many placeholders on a flow's way, every combination is not tried: the first decides nothing. */
const MAX_PLACEHOLDERS = 4;

/** Alternatives that do not sign a user in by themselves: an existing SSO session, a redirect to another identity provider. */
const SESSION_ALTERNATIVES = new Set(["auth-cookie", "identity-provider-redirector"]);

const RANK = { off: 0, optional: 1, conditional: 2, required: 3 } as const;

interface Execution {
  requirement: string;
  authenticator: string | undefined;
  flowAlias: string | undefined;
  path: DocPath;
}

/**
 * Evaluates the flow bound as `alias` the way Keycloak runs it: a `CONDITIONAL` subflow runs
 * only when its conditions hold (the default "Conditional OTP" asks only users who already
 * configured OTP), `ALTERNATIVE` steps are skipped when a sibling is `REQUIRED` or
 * `CONDITIONAL`, and an `ALTERNATIVE` step is optional when a sibling alternative can sign the
 * user in without it. Returns the strongest second-factor step reachable from the top.
 *
 * A requirement bound by an import placeholder (`"requirement": "${OTP_REQUIREMENT}"`) may be
 * any of Keycloak's four, and a step whose authenticator or subflow is one may be a second
 * factor or a step that signs in without one: the flow is evaluated with each, and when they
 * disagree the strength is the first placeholder that changes it, at that setting.
 */
export function flowStrength(realm: Record<string, unknown>, alias: string, realmPath: DocPath): FlowStrength | undefined {
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : undefined;
  if (!flows) return undefined;
  const placeholders = reachablePlaceholders(flows, alias, realmPath);
  const [first] = placeholders;
  if (!first) return decidedStrength(flows, alias, realmPath, new Map());
  const undecided = (p: Placeholder): FlowStrength => ({ level: p.marker, path: p.path, reason: `${String(p.path.at(-1))} = ${shown(p.marker)}` });
  if (placeholders.length > MAX_PLACEHOLDERS) return undecided(first);
  // Every combination of values, as indices into each placeholder's values, with its outcome.
  const outcomes: Array<{ choice: number[]; strength: Decided | undefined }> = [];
  const total = placeholders.reduce((product, p) => product * p.values.length, 1);
  for (let n = 0; n < total; n++) {
    let rest = n;
    const choice = placeholders.map((p) => {
      const index = rest % p.values.length;
      rest = Math.floor(rest / p.values.length);
      return index;
    });
    const bound = new Map(placeholders.map((p, i) => [JSON.stringify(p.path), p.values[choice[i] ?? 0] ?? ""]));
    outcomes.push({ choice, strength: decidedStrength(flows, alias, realmPath, bound) });
  }
  const level = (o: (typeof outcomes)[number]) => o.strength?.level ?? "off";
  if (outcomes.every((o) => level(o) === level(outcomes[0] ?? o))) {
    // The same whatever the placeholders hold: report it at a literal step when one decides it.
    const literal = outcomes.find((o) => o.strength && !placeholders.some((p) => JSON.stringify(p.path) === JSON.stringify(o.strength?.path)));
    return (literal ?? outcomes[0])?.strength;
  }
  // The placeholder that changes the outcome when only it changes.
  const decisive = placeholders.find((_, i) =>
    outcomes.some((a) => outcomes.some((b) => level(a) !== level(b) && a.choice.every((c, j) => j === i || c === b.choice[j]))),
  );
  return undecided(decisive ?? first);
}

/** An execution whose requirement is an import placeholder, at its requirement. */
/**
 * The executions of the flow named `name`, each with its path in the realm; undefined for a
 * flow the export does not hold, or one already on the path (Keycloak refuses such cycles).
 */
function flowExecutions(flows: readonly unknown[], name: string, seen: ReadonlySet<string>, realmPath: DocPath): Array<{ raw: Record<string, unknown>; path: DocPath }> | undefined {
  const index = flows.findIndex((f) => isRecord(f) && f["alias"] === name);
  const flow = flows[index];
  if (!isRecord(flow) || seen.has(name)) return undefined;
  const list: unknown[] = Array.isArray(flow["authenticationExecutions"]) ? flow["authenticationExecutions"] : [];
  return list.flatMap((raw, at) => (isRecord(raw) ? [{ raw, path: [...realmPath, "authenticationFlows", index, "authenticationExecutions", at] }] : []));
}

interface Placeholder {
  marker: UnknownMarker;
  path: DocPath;
  /** What it may hold: a requirement, or the step an authenticator or subflow may be. */
  values: readonly string[];
}

/**
 * The placeholders of the executions reachable from the flow `alias`, whatever they hold: in a
 * requirement, in an authenticator, or naming the subflow to run.
 */
function reachablePlaceholders(flows: readonly unknown[], alias: string, realmPath: DocPath): Placeholder[] {
  const out: Placeholder[] = [];
  const visit = (name: string, seen: ReadonlySet<string>): void => {
    for (const { raw, path: executionPath } of flowExecutions(flows, name, seen, realmPath) ?? []) {
      const unknown = marker(raw["requirement"]);
      if (unknown) out.push({ marker: unknown, path: [...executionPath, "requirement"], values: REQUIREMENTS });
      const step = raw["authenticatorFlow"] === true ? "flowAlias" : "authenticator";
      const unknownStep = marker(raw[step]);
      if (unknownStep) out.push({ marker: unknownStep, path: [...executionPath, step], values: STEPS });
      const flowAlias = raw["authenticatorFlow"] === true ? text(raw["flowAlias"]) : undefined;
      if (flowAlias !== undefined) visit(flowAlias, new Set([...seen, name]));
    }
  };
  visit(alias, new Set());
  return out;
}

/** The strength with the placeholder requirements bound (by the key of their path) to literal values. */
function decidedStrength(flows: readonly unknown[], alias: string, realmPath: DocPath, bound: ReadonlyMap<string, string>): Decided | undefined {
  const executionsOf = (name: string, seen: ReadonlySet<string>): Execution[] | undefined => {
    return flowExecutions(flows, name, seen, realmPath)?.map(({ raw, path: executionPath }) => {
      const path = [...executionPath, "requirement"];
      const boundTo = (key: string) => bound.get(JSON.stringify([...executionPath, key]));
      const isFlow = raw["authenticatorFlow"] === true;
      // A subflow named by a placeholder is read as the step it was bound to.
      const unknownFlow = isFlow && marker(raw["flowAlias"]) !== undefined;
      return {
        requirement: text(raw["requirement"]) ?? bound.get(JSON.stringify(path)) ?? "DISABLED",
        authenticator: unknownFlow ? boundTo("flowAlias") : text(raw["authenticator"]) ?? boundTo("authenticator"),
        flowAlias: isFlow && !unknownFlow ? text(raw["flowAlias"]) : undefined,
        path,
      };
    });
  };
  const leadsToSecondFactor = (execution: Execution, seen: ReadonlySet<string>): boolean => {
    if (execution.authenticator !== undefined && keycloakAuthenticator(execution.authenticator) !== undefined) return true;
    if (execution.flowAlias === undefined) return false;
    const inner = executionsOf(execution.flowAlias, seen);
    return (inner ?? []).some((e) => e.requirement !== "DISABLED" && leadsToSecondFactor(e, new Set([...seen, execution.flowAlias ?? ""])));
  };
  const walk = (name: string, seen: ReadonlySet<string>, cap: Decided | undefined): Decided | undefined => {
    const executions = executionsOf(name, seen);
    if (!executions) return undefined;
    const inner = new Set([...seen, name]);
    const hasRequired = executions.some((e) => e.requirement === "REQUIRED" || e.requirement === "CONDITIONAL");
    let best: Decided | undefined;
    for (const execution of executions) {
      const own = stepLevel(execution, executions, hasRequired, (e) => leadsToSecondFactor(e, inner));
      if (own === undefined) continue;
      const capped = cap && RANK[cap.level] < RANK[own.level] ? cap : own;
      const found =
        execution.authenticator !== undefined && keycloakAuthenticator(execution.authenticator) !== undefined
          ? capped.level === "required"
            ? { level: "required" as const, path: execution.path, reason: `${execution.authenticator} is REQUIRED` }
            : capped
          : execution.flowAlias !== undefined
            ? walk(execution.flowAlias, inner, capped.level === "required" ? undefined : capped)
            : undefined;
      if (found && (!best || RANK[found.level] > RANK[best.level])) best = found;
    }
    return best;
  };
  return walk(alias, new Set(), undefined);
}

/** The level a step allows on its own; undefined when it never runs. */
function stepLevel(
  execution: Execution,
  siblings: readonly Execution[],
  hasRequired: boolean,
  leadsToSecondFactor: (e: Execution) => boolean,
): Decided | undefined {
  const what = execution.flowAlias !== undefined ? `subflow "${execution.flowAlias}"` : (execution.authenticator ?? "step");
  switch (execution.requirement) {
    case "REQUIRED":
      return { level: "required", path: execution.path, reason: `${what} is REQUIRED` };
    case "CONDITIONAL":
      return { level: "conditional", path: execution.path, reason: `${what} is CONDITIONAL: it asks only users its conditions select (by default, those who already configured OTP)` };
    case "ALTERNATIVE": {
      if (hasRequired) return undefined;
      const bypass = siblings.find(
        (s) => s !== execution && s.requirement === "ALTERNATIVE" && !SESSION_ALTERNATIVES.has(s.authenticator ?? "") && !leadsToSecondFactor(s),
      );
      return bypass
        ? { level: "optional", path: execution.path, reason: `${what} is ALTERNATIVE to ${bypass.flowAlias ?? bypass.authenticator ?? "another step"}, which signs users in without it` }
        : { level: "required", path: execution.path, reason: `${what} is ALTERNATIVE` };
    }
    default:
      return undefined;
  }
}

/** A second-factor step of a flow: its kind, authenticator id, requirement and where it is. */
export interface FlowFactor {
  kind: FactorKind;
  authenticator: string;
  /** A marker when the step's requirement, or a subflow's on the way, is an import placeholder: the step may be DISABLED. */
  requirement: string | UnknownMarker;
  path: DocPath;
  /** Where that placeholder is. */
  requirementPath?: DocPath;
}

/** A placeholder requirement above a step, which may leave the step disabled. */
type Undecided = Omit<Placeholder, "values">;

/** Every enabled second-factor step reachable from the flow bound as `alias`, subflows included, in order. */
export function flowFactors(realm: Record<string, unknown>, alias: string, realmPath: DocPath): FlowFactor[] {
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : [];
  const out: FlowFactor[] = [];
  const visit = (name: string, seen: ReadonlySet<string>, undecided: Undecided | undefined): void => {
    for (const { raw, path: executionPath } of flowExecutions(flows, name, seen, realmPath) ?? []) {
      const ownMarker = marker(raw["requirement"]);
      const literal = text(raw["requirement"]) ?? "DISABLED";
      if (!ownMarker && literal === "DISABLED") continue;
      const placeholder = undecided ?? (ownMarker ? { marker: ownMarker, path: [...executionPath, "requirement"] } : undefined);
      const flowAlias = raw["authenticatorFlow"] === true ? text(raw["flowAlias"]) : undefined;
      if (flowAlias !== undefined) {
        visit(flowAlias, new Set([...seen, name]), placeholder);
        continue;
      }
      const authenticator = text(raw["authenticator"]);
      const kind = authenticator === undefined ? undefined : keycloakAuthenticator(authenticator);
      if (kind && authenticator)
        out.push({
          kind,
          authenticator,
          requirement: placeholder?.marker ?? literal,
          path: [...executionPath, "authenticator"],
          ...(placeholder ? { requirementPath: placeholder.path } : {}),
        });
    }
  };
  visit(alias, new Set(), undefined);
  return out;
}
