import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { isUnknown, type UnknownMarker } from "../normalized/unknown.js";
import { addExclusions } from "./exclusions.js";
import { addStrengthFactors } from "./entra-strength.js";
import { IdentityBuilder, type At } from "./identity.js";
import { TERRAFORM_FORMATS, type TerraformBlock, terraformBlocks } from "./terraform-blocks.js";
import { block, marker, shown, text } from "./values.js";

/**
 * Microsoft Entra ID conditional access (`azuread_conditional_access_policy`). Only policies
 * whose grant controls ask for MFA (`mfa` or an authentication strength) are MFA policies;
 * block and device policies are not subjects. Report-only (`enabledForReportingButNotEnforced`)
 * and disabled policies enforce nothing; `operator = "OR"` with another control lets that
 * control stand in for MFA; every excluded user, group, role and application is a gap, and so
 * are client app types short of `all` that no enabled policy blocks (legacy clients would
 * then skip the policy).
 */
export function entraSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  const policies = terraformBlocks(documents, "resource", new Set(["azuread_conditional_access_policy"]));
  const blocked = blockedClientApps(policies);
  const strengths = new Map(terraformBlocks(documents, "resource", new Set(["azuread_authentication_strength_policy"])).map((b) => [b.address, b]));
  for (const found of policies) {
    const grant = block(found.value, "grant_controls");
    if (!grant) continue;
    const controls = grant.value["built_in_controls"];
    const strength = grant.value["authentication_strength_policy_id"];
    const asksMfa = (Array.isArray(controls) && controls.some((c) => c === "mfa" || isUnknown(c))) || isUnknown(controls) || strength !== undefined;
    if (!asksMfa) continue;
    subjects.push(conditionalAccess(found, grant, controls, blocked, strengths));
  }
  return subjects;
}

function conditionalAccess(
  found: TerraformBlock,
  grant: NonNullable<ReturnType<typeof block>>,
  controls: unknown,
  blocked: Blocked,
  strengths: ReadonlyMap<string, TerraformBlock>,
): Subject {
  const here = (path: Array<string | number>) => ({ document: found.document, path: [...found.path, ...path] });
  const name = text(found.value["display_name"]) ?? found.name;
  const builder = new IdentityBuilder("entra-id", found.format, found.address, here([]), "identity-provider", name);
  const grantPath = grant.path;

  const state = found.value["state"];
  const operator = grant.value["operator"];
  const weaker = Array.isArray(controls) ? controls.filter((c): c is string => typeof c === "string" && c !== "mfa" && c !== "block") : [];
  const control = undecidedControl(controls, grant.value["authentication_strength_policy_id"], operator);
  if (isUnknown(state)) builder.secondFactor(state, `state = ${shown(state)}`, here(["state"]));
  else if (state === "enabledForReportingButNotEnforced") builder.secondFactor("report-only", `state = ${shown(state)}`, here(["state"]));
  else if (state === "disabled") builder.secondFactor("disabled", `state = ${shown(state)}`, here(["state"]));
  else if (isUnknown(operator) && weaker.length > 0) builder.secondFactor(operator, `operator = ${shown(operator)}`, here([...grantPath, "operator"]));
  else if (text(operator)?.toUpperCase() === "OR" && weaker.length > 0)
    builder.secondFactor("alternative", `operator = "OR" with ${weaker.join(", ")}`, here([...grantPath, "operator"]));
  else if (control) builder.secondFactor(control.marker, `built_in_controls = ${shown(controls)}`, here([...grantPath, "built_in_controls", ...control.path]));
  else builder.secondFactor("required", `built_in_controls = ${shown(controls)}`, here([...grantPath, "built_in_controls"]));

  const conditions = block(found.value, "conditions");
  const users = conditions ? block(conditions.value, "users") : undefined;
  const apps = conditions ? block(conditions.value, "applications") : undefined;
  const usersPath = [...(conditions?.path ?? []), ...(users?.path ?? [])];
  const appsPath = [...(conditions?.path ?? []), ...(apps?.path ?? [])];
  const included = users?.value["included_users"];
  const includedApps = apps?.value["included_applications"];
  const everyone = Array.isArray(included) && included.includes("All");
  const allApps = Array.isArray(includedApps) && includedApps.includes("All");
  const covers = ["included_users", "included_groups", "included_roles"].flatMap((key) => {
    const list = users?.value[key];
    return Array.isArray(list) ? list.map(shown) : [];
  });
  const undecided = marker(included) ?? marker(includedApps);
  // `included_users = [var.who]` may be "All" when the other list already covers everything (or may).
  const usersOpen = everyone ? undefined : mayBeAll(included, [...usersPath, "included_users"]);
  const appsOpen = allApps ? undefined : mayBeAll(includedApps, [...appsPath, "included_applications"]);
  const element = (everyone || usersOpen) && (allApps || appsOpen) ? (usersOpen ?? appsOpen) : undefined;
  if (undecided) builder.scope(undecided, covers, here(usersPath));
  else if (element) builder.scope(element.marker, allApps ? covers : [...covers, `applications ${shown(includedApps)}`], here(element.path));
  else builder.scope(everyone && allApps ? "all" : "some", allApps ? covers : [...covers, `applications ${shown(includedApps)}`], here(everyone ? appsPath : usersPath));

  if (users) {
    const list = (key: string) => ({ document: found.document, path: [...found.path, ...usersPath, key] });
    addExclusions(builder, users.value["excluded_users"], list("excluded_users"), "excluded-user", (who) => `User ${who} is excluded from "${name}" and signs in without its second factor.`);
    addExclusions(builder, users.value["excluded_groups"], list("excluded_groups"), "excluded-group", (who) => `Group ${who} is excluded from "${name}": its members sign in without its second factor.`);
    addExclusions(builder, users.value["excluded_roles"], list("excluded_roles"), "excluded-role", (who) => `Directory role ${who} is excluded from "${name}": its holders, administrators, sign in without its second factor.`);
  }
  if (apps) {
    const list = { document: found.document, path: [...found.path, ...appsPath, "excluded_applications"] };
    addExclusions(builder, apps.value["excluded_applications"], list, "excluded-application", (who) => `Application ${who} is excluded from "${name}": sign-ins to it need no second factor.`);
  }
  // Named locations left out: `AllTrusted` is every network marked trusted, the office the
  // attacker on a compromised workstation sits in.
  const locations = conditions ? block(conditions.value, "locations") : undefined;
  if (conditions && locations) {
    // A policy for some locations only leaves every other network without MFA.
    const included = locations.value["included_locations"];
    const includedAt = here([...conditions.path, ...locations.path, "included_locations"]);
    // A named location of the files is one location, never "All"; another reference could be anything.
    const named = (m: ReturnType<typeof marker>) => m !== undefined && "$expr" in m && /^azuread_named_location\.[\w-]+\.id$/.test(m.$expr.trim());
    const includedMarker = marker(included) ?? (Array.isArray(included) ? included.map(marker).find((m) => m !== undefined && !named(m)) : undefined);
    const where = `locations ${Array.isArray(included) ? included.map(shown).join(", ") : shown(included)}`;
    if (includedMarker) builder.scope(includedMarker, [...covers, where], includedAt);
    else if (Array.isArray(included) && !included.includes("All")) builder.scope("some", [...covers, where], includedAt);
    const list = { document: found.document, path: [...found.path, ...conditions.path, ...locations.path, "excluded_locations"] };
    addExclusions(builder, locations.value["excluded_locations"], list, "excluded-location", (who) =>
      `Sign-ins from ${who === "AllTrusted" ? "every trusted network (AllTrusted)" : `location ${who}`} are excluded from "${name}" and need no second factor.`,
    );
  }
  addStrengthFactors(builder, grant.value["authentication_strength_policy_id"], here([...grantPath, "authentication_strength_policy_id"]), strengths, instancePrefix(found));

  const clientApps = conditions?.value["client_app_types"];
  const clientAt = here([...(conditions?.path ?? []), "client_app_types"]);
  // `["browser", var.more]`: the element that is not a literal may be `all`, or the types left out.
  const clientIndex = Array.isArray(clientApps) && !clientApps.includes("all") ? clientApps.findIndex(isUnknown) : -1;
  if (isUnknown(clientApps)) builder.unverified(clientApps, clientAt);
  else if (Array.isArray(clientApps) && clientIndex >= 0) builder.unverified(clientApps[clientIndex] as UnknownMarker, { ...clientAt, path: [...clientAt.path, clientIndex] });
  else if (Array.isArray(clientApps) && !clientApps.includes("all")) {
    const skipped = CLIENT_APP_TYPES.filter((type) => !clientApps.includes(type) && !blocked.types.has(type));
    // A type only a policy of unknown state blocks may be refused: a gap only if every other one is.
    const open = skipped.filter((type) => !blocked.maybe.has(type));
    const maybe = skipped.map((type) => blocked.maybe.get(type)).find((m) => m !== undefined);
    if (open.length > 0)
      builder.gap(
        { kind: "client-apps", who: "", detail: `client_app_types = ${shown(clientApps)}: sign-ins from ${open.join(", ")} clients skip "${name}" and no enabled policy blocks them.` },
        clientAt,
      );
    else if (maybe) builder.unverified(maybe.marker, maybe.at);
  }
  return builder.build({ address: found.address });
}

/**
 * The first element of an inclusion list that is not a literal and could be `All`, with its
 * path. A reference to a user, group, role or application of the files (`azuread_user.x.object_id`)
 * is one object of the directory, never `All`.
 */
function mayBeAll(list: unknown, path: Array<string | number>): { marker: UnknownMarker; path: Array<string | number> } | undefined {
  if (!Array.isArray(list)) return undefined;
  const directoryObject = (m: UnknownMarker) => "$expr" in m && /^(?:data\.)?azuread_[\w-]+\.[\w-]+\./.test(m.$expr.trim());
  const index = list.findIndex((entry: unknown) => isUnknown(entry) && !directoryObject(entry));
  return index >= 0 ? { marker: list[index] as UnknownMarker, path: [...path, index] } : undefined;
}

/**
 * A grant control that is not a literal (`built_in_controls = var.controls`, or one element)
 * may be `block`, or under `OR` a weaker control that stands in for MFA; the policy requires
 * MFA whatever it is only when MFA (or a strength) is demanded and the operator is a literal
 * AND. The marker and its path below `built_in_controls`, or undefined when it does not matter.
 */
function undecidedControl(controls: unknown, strength: unknown, operator: unknown): { marker: UnknownMarker; path: number[] } | undefined {
  const list: unknown[] = Array.isArray(controls) ? controls : [];
  const index = list.findIndex(isUnknown);
  const whole = marker(controls);
  const found = whole ? { marker: whole, path: [] } : index >= 0 ? { marker: list[index] as UnknownMarker, path: [index] } : undefined;
  if (!found) return undefined;
  const demandsMfa = list.includes("mfa") || strength !== undefined;
  const and = text(operator)?.toUpperCase() === "AND";
  return demandsMfa && and ? undefined : found;
}

/** The client app types `all` stands for (the deprecated `easSupported` is covered by `exchangeActiveSync`). */
const CLIENT_APP_TYPES = ["browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "other"];

/** Client app types blocked for everyone, and those a policy blocks if its state (not a literal) is "enabled". */
interface Blocked {
  types: ReadonlySet<string>;
  /** By type: the first such policy's state and where it is. */
  maybe: ReadonlyMap<string, { marker: UnknownMarker; at: At }>;
}

/**
 * Client app types that an enabled policy blocks for all users and all applications, without
 * exclusions: the usual "block legacy authentication" policy. An MFA policy that leaves these
 * types out leaves no gap, since such sign-ins are refused anyway. Such a policy whose `state`,
 * controls, included users or applications, exclusions or client types are not literals
 * (`var.state`, `built_in_controls = var.controls`) may be one: the types it may block are
 * `maybe`, at the first such value, and no literal part of it rules that out.
 */
function blockedClientApps(policies: readonly TerraformBlock[]): Blocked {
  const types = new Set<string>();
  const maybe = new Map<string, { marker: UnknownMarker; at: At }>();
  for (const found of policies) {
    const at = (...path: Array<string | number>): At => ({ document: found.document, path: [...found.path, ...path] });
    const grant = block(found.value, "grant_controls");
    const conditions = block(found.value, "conditions");
    const users = conditions ? block(conditions.value, "users") : undefined;
    const apps = conditions ? block(conditions.value, "applications") : undefined;
    const inConditions = (...path: Array<string | number>): At => at(...(conditions?.path ?? []), ...path);
    // Each requirement of a block for everyone holds, fails, or depends on a value that is not a literal.
    const requirements: Requirement[] = [
      found.value["state"] === "enabled" ? true : isUnknown(found.value["state"]) ? { marker: found.value["state"] as UnknownMarker, at: at("state") } : false,
      includes(grant?.value["built_in_controls"], "block", at(...(grant?.path ?? []), "built_in_controls")),
      includes(users?.value["included_users"], "All", inConditions(...(users?.path ?? []), "included_users")),
      ...["excluded_users", "excluded_groups", "excluded_roles"].map((key) => empty(users?.value[key], inConditions(...(users?.path ?? []), key))),
      includes(apps?.value["included_applications"], "All", inConditions(...(apps?.path ?? []), "included_applications")),
      empty(apps?.value["excluded_applications"], inConditions(...(apps?.path ?? []), "excluded_applications")),
    ];
    if (requirements.includes(false)) continue;
    const undecided = requirements.find((r): r is Undecided => r !== true);
    const listed = conditions?.value["client_app_types"];
    const listedAt = inConditions("client_app_types");
    // A list (or an element) that is not a literal may name any client type.
    const unknownTypes = isUnknown(listed) ? { marker: listed, at: listedAt } : Array.isArray(listed) ? firstMarker(listed, listedAt) : undefined;
    if (!Array.isArray(listed) && !unknownTypes) continue;
    const named = Array.isArray(listed) ? listed.filter((t): t is string => typeof t === "string") : [];
    for (const type of named) {
      if (!undecided) types.add(type);
      else if (!maybe.has(type)) maybe.set(type, undecided);
    }
    if (unknownTypes) for (const type of CLIENT_APP_TYPES) if (!maybe.has(type)) maybe.set(type, undecided ?? unknownTypes);
  }
  for (const type of types) maybe.delete(type);
  return { types, maybe };
}

/** A requirement of a blocking policy: holds, fails, or rests on a value that is not a literal. */
type Undecided = { marker: UnknownMarker; at: At };
type Requirement = boolean | Undecided;

/** The first element of `list` that is not a literal, with where it is. */
function firstMarker(list: readonly unknown[], at: At): Undecided | undefined {
  const index = list.findIndex(isUnknown);
  return index < 0 ? undefined : { marker: list[index] as UnknownMarker, at: { ...at, path: [...at.path, index] } };
}

/** Whether a list holds `value`: a literal one does or does not; one that is not a literal (or has such an element) may. */
function includes(list: unknown, value: string, at: At): Requirement {
  if (isUnknown(list)) return { marker: list, at };
  if (!Array.isArray(list)) return false;
  if (list.includes(value)) return true;
  return firstMarker(list, at) ?? false;
}

/** Whether a list is empty (or left out): a literal one is or is not; one that is not a literal may be. */
function empty(list: unknown, at: At): Requirement {
  if (list === undefined || list === null) return true;
  if (isUnknown(list)) return { marker: list, at };
  if (!Array.isArray(list)) return false;
  if (list.length === 0) return true;
  // Elements that are not literals may be empty strings only in theory: a listed entry excludes someone.
  return false;
}

/** What this module reads, and how. */
export const entraReader: ProductReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => entraSubjects(documents) };

/**
 * The module instance part of a block's address (`infra:` for a directory below the scan root,
 * `root:module.idp.` for a called module), in which the block's own references resolve:
 * Terraform resolves `azuread_authentication_strength_policy.x` in the referring module.
 */
function instancePrefix(found: TerraformBlock): string {
  const local = `${found.type}.${found.name}`;
  const instance = found.address.endsWith("]") ? found.address.slice(0, found.address.lastIndexOf("[")) : found.address;
  return instance.endsWith(local) ? instance.slice(0, instance.length - local.length) : "";
}
