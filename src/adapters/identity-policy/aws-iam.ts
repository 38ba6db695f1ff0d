import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { isUnknown, type UnknownMarker } from "../normalized/unknown.js";
import { IdentityBuilder, type At, type SecondFactor } from "./identity.js";
import { TERRAFORM_FORMATS, type TerraformBlock, terraformBlocks, terraformModules } from "./terraform-blocks.js";
import { jsonencodeArgument } from "./terraform-jsonencode.js";
import { isRecord, marker, shown, text } from "./values.js";

const MFA_KEY = "aws:multifactorauthpresent";
const POLICY_RESOURCES = new Set(["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]);

/** One condition on `aws:MultiFactorAuthPresent`, whichever syntax it was written in. */
interface MfaCondition {
  /** As written; a marker when it is not a literal (`effect = var.effect`): Deny or Allow. */
  effect: string | UnknownMarker;
  /** A marker when it is not a literal (`test = var.test`): any operator. */
  operator: string | UnknownMarker;
  /** A marker when the list, or one of its values, is not a literal. */
  values: string[] | UnknownMarker;
  at: At;
  /** Where the statement's effect is; undefined when it is left out. */
  effectAt?: At;
  /** Where the values are. */
  valuesAt?: At;
}

/** The operator or values that are not literals, where such a condition could say anything. */
function undecidedTest(c: MfaCondition): { marker: UnknownMarker; at: At } | undefined {
  if (isUnknown(c.operator)) return { marker: c.operator, at: c.at };
  if (isUnknown(c.values)) return { marker: c.values, at: c.valuesAt ?? c.at };
  return undefined;
}

/** A condition whose operator and values are literals. */
type ReadCondition = MfaCondition & { operator: string; values: string[] };

/**
 * AWS IAM policies that test `aws:MultiFactorAuthPresent`, from `aws_iam_policy` (and the role,
 * user and group inline policies) written as `jsonencode({...})` or as a JSON string, and from
 * `aws_iam_policy_document` data sources. A Deny on `Bool` `false` does not match requests signed
 * with long-term access keys, which carry no such key: only `BoolIfExists` (or a companion Deny
 * on `Null` `true`) closes that path. Each condition is kept as a fact (`conditions`: effect,
 * operator, values); the policy judges them. Policies whose text is not a literal are not read.
 */
export function awsIamSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  const modules = terraformModules(documents);
  for (const found of terraformBlocks(documents, "resource", POLICY_RESOURCES)) {
    const conditions = policyAttribute(found, (modules.get(found.module) ?? []).map((d) => d.value));
    if (conditions.length > 0) subjects.push(subjectFor(found, conditions));
  }
  for (const found of terraformBlocks(documents, "data", new Set(["aws_iam_policy_document"]))) {
    const conditions = policyDocument(found);
    if (conditions.length > 0) subjects.push(subjectFor(found, conditions));
  }
  return subjects;
}

function subjectFor(found: TerraformBlock, conditions: MfaCondition[]): Subject {
  const name = text(found.value["name"]) ?? (found.mode === "data" ? `data.${found.type}.${found.name}` : `${found.type}.${found.name}`);
  const builder = new IdentityBuilder("aws-iam", found.format, found.address, { document: found.document, path: found.path }, "cloud-iam", name);
  // An effect that is not a literal is Deny or Allow: the verdict stands only when both readings give it.
  const read = conditions.filter((c): c is ReadCondition => undecidedTest(c) === undefined);
  const asDeny = verdict(read, "deny");
  const asAllow = verdict(read, "allow");
  const undecided = asDeny?.level !== asAllow?.level ? read.find((c) => isUnknown(c.effect) && closes(c)) : undefined;
  const effect = marker(undecided?.effect);
  // A condition whose operator or values are not literals may be a Deny that closes every way in:
  // only a verdict the others already make "required" stands.
  const open = conditions.map(undecidedTest).find((t) => t !== undefined);
  if (undecided && effect) builder.secondFactor(effect, `Effect = ${shown(effect)} with ${undecided.operator} aws:MultiFactorAuthPresent`, undecided.effectAt ?? undecided.at);
  else if (open && !(asDeny?.level === "required" && asAllow?.level === "required")) builder.secondFactor(open.marker, `a condition on aws:MultiFactorAuthPresent whose test is ${shown(open.marker)}`, open.at);
  else if (asAllow) builder.secondFactor(asAllow.level, asAllow.setting, asAllow.at);
  // The conditions themselves, as written: NR-MFA-004 decides which operator leaves a way in.
  builder.field("conditions", conditions.map((c) => ({ effect: c.effect, operator: c.operator, values: c.values })), conditions[0]?.at);
  conditions.forEach((c, index) => {
    builder.origin(["conditions", index], c.at);
    if (c.effectAt) builder.origin(["conditions", index, "effect"], c.effectAt);
    if (c.valuesAt) builder.origin(["conditions", index, "values"], c.valuesAt);
  });
  return builder.build({ address: found.address });
}

/** Whether a Deny with this condition refuses requests without MFA (or without the key). */
function closes(c: ReadCondition): boolean {
  const operator = c.operator.toLowerCase();
  return ((operator === "boolifexists" || operator === "bool") && c.values.includes("false")) || (operator === "null" && c.values.includes("true"));
}

/** The second-factor verdict of the conditions, reading every effect that is not a literal as `assumed`. */
function verdict(conditions: readonly ReadCondition[], assumed: "deny" | "allow"): { level: SecondFactor; setting: string; at: At } | undefined {
  const effect = (c: ReadCondition) => (isUnknown(c.effect) ? assumed : c.effect.toLowerCase());
  const denies = conditions.filter((c) => effect(c) === "deny");
  const denyAbsent = denies.some((c) => c.operator.toLowerCase() === "null" && c.values.includes("true"));
  const ifExists = denies.find((c) => c.operator.toLowerCase() === "boolifexists" && c.values.includes("false"));
  const boolOnly = denies.filter((c) => c.operator.toLowerCase() === "bool" && c.values.includes("false"));
  const first = conditions[0];
  if (ifExists) return { level: "required", setting: "Deny with BoolIfExists aws:MultiFactorAuthPresent = false", at: ifExists.at };
  if (boolOnly[0]) return { level: denyAbsent ? "required" : "conditional", setting: "Deny with Bool aws:MultiFactorAuthPresent = false", at: boolOnly[0].at };
  if (first)
    return { level: "optional", setting: `${isUnknown(first.effect) ? shown(first.effect) : first.effect} with ${first.operator} aws:MultiFactorAuthPresent: other policies can still allow without MFA`, at: first.at };
  return undefined;
}

/** MFA conditions of a `policy = jsonencode(...)` or `policy = "<json>"` attribute. */
function policyAttribute(found: TerraformBlock, module: readonly unknown[]): MfaCondition[] {
  const raw = found.value["policy"];
  const path = [...found.path, "policy"];
  if (typeof raw === "string") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return [];
    }
    // Positions inside a string literal are not kept by the HCL parser: point at the attribute.
    return jsonConditions(parsed, () => ({ document: found.document, path }));
  }
  if (!isUnknown(raw) || !("$expr" in raw)) return [];
  const inner = jsonencodeArgument(found.document, path, raw.$expr, module);
  if (!inner) return [];
  return jsonConditions(inner.value, (at) => ({ document: inner, path: at }));
}

/** Conditions in IAM JSON: `Statement` (object or list) → `Condition` → operator → key. */
function jsonConditions(policy: unknown, at: (path: DocPath) => At): MfaCondition[] {
  const statements = isRecord(policy) ? policy["Statement"] : undefined;
  const list: Array<{ statement: unknown; path: DocPath }> = Array.isArray(statements)
    ? statements.map((statement, index) => ({ statement, path: ["Statement", index] }))
    : [{ statement: statements, path: ["Statement"] }];
  const out: MfaCondition[] = [];
  for (const { statement, path } of list) {
    if (!isRecord(statement) || !isRecord(statement["Condition"])) continue;
    const rawEffect = statement["Effect"];
    const effect = marker(rawEffect) ?? text(rawEffect) ?? "";
    const effectAt = rawEffect === undefined ? undefined : at([...path, "Effect"]);
    for (const [operator, tests] of Object.entries(statement["Condition"])) {
      if (!isRecord(tests)) continue;
      for (const [key, value] of Object.entries(tests)) {
        if (key.toLowerCase() !== MFA_KEY) continue;
        const valuesAt = at([...path, "Condition", operator, key]);
        out.push({ effect, operator, values: strings(value), at: at([...path, "Condition", operator]), valuesAt, ...(effectAt ? { effectAt } : {}) });
      }
    }
  }
  return out;
}

/** Conditions of `data "aws_iam_policy_document"`: `statement { effect; condition { test; variable; values } }`. */
function policyDocument(found: TerraformBlock): MfaCondition[] {
  const statements = Array.isArray(found.value["statement"]) ? found.value["statement"] : [];
  const out: MfaCondition[] = [];
  statements.forEach((statement, s) => {
    if (!isRecord(statement)) return;
    // The provider's default effect is Allow.
    const rawEffect = statement["effect"];
    const effect = marker(rawEffect) ?? text(rawEffect) ?? "Allow";
    const effectAt = rawEffect === undefined ? undefined : { document: found.document, path: [...found.path, "statement", s, "effect"] };
    const conditions = Array.isArray(statement["condition"]) ? statement["condition"] : [];
    conditions.forEach((condition, c) => {
      if (!isRecord(condition) || text(condition["variable"])?.toLowerCase() !== MFA_KEY) return;
      const document: Document = found.document;
      const conditionPath = [...found.path, "statement", s, "condition", c];
      out.push({
        effect,
        operator: marker(condition["test"]) ?? text(condition["test"]) ?? "",
        values: strings(condition["values"]),
        at: { document, path: [...conditionPath, "test"] },
        valuesAt: { document, path: [...conditionPath, "values"] },
        ...(effectAt ? { effectAt } : {}),
      });
    });
  });
  return out;
}

/** The values tested, lower-cased; a marker when the list, or a value in it, is not a literal. */
function strings(value: unknown): string[] | UnknownMarker {
  const whole = marker(value);
  if (whole) return whole;
  const list = Array.isArray(value) ? value : [value];
  const element = list.map(marker).find((m) => m !== undefined);
  if (element) return element;
  return list.flatMap((v) => (typeof v === "string" ? [v.toLowerCase()] : typeof v === "boolean" ? [String(v)] : []));
}

/** What this module reads, and how. */
export const awsIamReader: ProductReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => awsIamSubjects(documents) };
