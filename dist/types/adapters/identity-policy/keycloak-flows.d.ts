import type { DocPath } from "../../types.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import { type FactorKind } from "./factors.js";
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
export declare function flowStrength(realm: Record<string, unknown>, alias: string, realmPath: DocPath): FlowStrength | undefined;
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
/** Every enabled second-factor step reachable from the flow bound as `alias`, subflows included, in order. */
export declare function flowFactors(realm: Record<string, unknown>, alias: string, realmPath: DocPath): FlowFactor[];
export {};
