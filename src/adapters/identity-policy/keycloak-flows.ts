import type { DocPath } from "../../types.js";
import { keycloakAuthenticator, type FactorKind } from "./factors.js";
import { isRecord, text } from "./values.js";

/** How far a flow demands a second factor, and the execution that decides it. */
export interface FlowStrength {
  level: "required" | "conditional" | "optional" | "off";
  /** Path (in the realm) of the deciding execution: the OTP step, or the step that weakens it. */
  path: DocPath;
  /** What decided it, in Keycloak's words. */
  reason: string;
}

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
 */
export function flowStrength(realm: Record<string, unknown>, alias: string, realmPath: DocPath): FlowStrength | undefined {
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : undefined;
  if (!flows) return undefined;
  const executionsOf = (name: string, seen: ReadonlySet<string>): Execution[] | undefined => {
    const index = flows.findIndex((f) => isRecord(f) && f["alias"] === name);
    const flow = flows[index];
    if (!isRecord(flow) || seen.has(name)) return undefined;
    const list = Array.isArray(flow["authenticationExecutions"]) ? flow["authenticationExecutions"] : [];
    return list.flatMap((raw, at) =>
      isRecord(raw)
        ? [{
            requirement: text(raw["requirement"]) ?? "DISABLED",
            authenticator: text(raw["authenticator"]),
            flowAlias: raw["authenticatorFlow"] === true ? text(raw["flowAlias"]) : undefined,
            path: [...realmPath, "authenticationFlows", index, "authenticationExecutions", at, "requirement"],
          }]
        : [],
    );
  };
  const leadsToSecondFactor = (execution: Execution, seen: ReadonlySet<string>): boolean => {
    if (execution.authenticator !== undefined && keycloakAuthenticator(execution.authenticator) !== undefined) return true;
    if (execution.flowAlias === undefined) return false;
    const inner = executionsOf(execution.flowAlias, seen);
    return (inner ?? []).some((e) => e.requirement !== "DISABLED" && leadsToSecondFactor(e, new Set([...seen, execution.flowAlias ?? ""])));
  };
  const walk = (name: string, seen: ReadonlySet<string>, cap: FlowStrength | undefined): FlowStrength | undefined => {
    const executions = executionsOf(name, seen);
    if (!executions) return undefined;
    const inner = new Set([...seen, name]);
    const hasRequired = executions.some((e) => e.requirement === "REQUIRED" || e.requirement === "CONDITIONAL");
    let best: FlowStrength | undefined;
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
): FlowStrength | undefined {
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
  requirement: string;
  path: DocPath;
}

/** Every enabled second-factor step reachable from the flow bound as `alias`, subflows included, in order. */
export function flowFactors(realm: Record<string, unknown>, alias: string, realmPath: DocPath): FlowFactor[] {
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : [];
  const out: FlowFactor[] = [];
  const visit = (name: string, seen: ReadonlySet<string>): void => {
    const index = flows.findIndex((f) => isRecord(f) && f["alias"] === name);
    const flow = flows[index];
    if (!isRecord(flow) || seen.has(name)) return;
    const list = Array.isArray(flow["authenticationExecutions"]) ? flow["authenticationExecutions"] : [];
    list.forEach((raw, at) => {
      if (!isRecord(raw)) return;
      const requirement = text(raw["requirement"]) ?? "DISABLED";
      if (requirement === "DISABLED") return;
      const flowAlias = raw["authenticatorFlow"] === true ? text(raw["flowAlias"]) : undefined;
      if (flowAlias !== undefined) return visit(flowAlias, new Set([...seen, name]));
      const authenticator = text(raw["authenticator"]);
      const kind = authenticator === undefined ? undefined : keycloakAuthenticator(authenticator);
      if (kind && authenticator) out.push({ kind, authenticator, requirement, path: [...realmPath, "authenticationFlows", index, "authenticationExecutions", at, "authenticator"] });
    });
  };
  visit(alias, new Set());
  return out;
}
