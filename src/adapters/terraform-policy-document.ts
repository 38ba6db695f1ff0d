import type { DocPath, Document } from "../types.js";
import { isRecord } from "../plain-data.js";
import { jsonencodeArgument } from "./identity-policy/terraform-jsonencode.js";
import { isUnknown, unknownValue } from "./normalized/unknown.js";

/** A JSON policy document, with `Statement` always a list. */
export interface PolicyDocument {
  Statement: unknown[];
}

const DATA_DOCUMENT = /^data\.aws_iam_policy_document\.([A-Za-z_][\w-]*)\.json$/;

/**
 * The IAM policy a resource's `policy` attribute holds (`aws_s3_bucket_policy`, the inline
 * `policy` of `aws_s3_bucket`, `aws_iam_policy`…), read the three ways Terraform code writes
 * it: a JSON string (a heredoc), `jsonencode({...})` with literal HCL, or a reference to a
 * `data "aws_iam_policy_document"` of the same module, whose `statement` blocks are turned into
 * the JSON they render (`principals { type = "*" }` is `"Principal": "*"`). Any other
 * expression, or text that is not JSON, is an unknown marker: a policy that reads it reports
 * `unknown`. Undefined when the resource has no `policy` attribute.
 */
export function policyDocumentOf(body: unknown, path: DocPath, document: Document, module: readonly unknown[]): PolicyDocument | ReturnType<typeof unknownValue> | undefined {
  const raw = isRecord(body) ? body["policy"] : undefined;
  if (raw === undefined) return undefined;
  if (typeof raw === "string") {
    try {
      return normalized(JSON.parse(raw)) ?? unknownValue("the policy is not a JSON policy document");
    } catch {
      return unknownValue("the policy text is not JSON");
    }
  }
  if (!isUnknown(raw)) return unknownValue("the policy is not a JSON policy document");
  if (!("$expr" in raw)) return raw; // known only after apply, in a plan
  const expression = raw.$expr.trim();
  if (expression.startsWith("jsonencode(")) {
    const inner = jsonencodeArgument(document, [...path, "policy"], expression, module);
    return (inner && normalized(inner.value)) ?? unknownValue(`\`${short(expression)}\` is not literal HCL`);
  }
  const data = DATA_DOCUMENT.exec(expression);
  const block = data ? dataDocument(module, data[1] ?? "") : undefined;
  return block ?? unknownValue(`\`${short(expression)}\` is not a policy document of this module`);
}

function short(expression: string): string {
  const line = expression.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** `Statement` as a list, or undefined when `value` is not a policy document. */
function normalized(value: unknown): PolicyDocument | undefined {
  if (!isRecord(value)) return undefined;
  const statement = value["Statement"];
  if (statement === undefined) return undefined;
  return { ...value, Statement: Array.isArray(statement) ? statement : [statement] };
}

/** The JSON a `data "aws_iam_policy_document" "name"` of the module renders, or undefined when it is not there. */
function dataDocument(module: readonly unknown[], name: string): PolicyDocument | undefined {
  for (const file of module) {
    const data = isRecord(file) ? file["data"] : undefined;
    const documents = isRecord(data) ? data["aws_iam_policy_document"] : undefined;
    const block = isRecord(documents) ? documents[name] : undefined;
    if (!isRecord(block)) continue;
    if (block["source_policy_documents"] !== undefined || block["override_policy_documents"] !== undefined) return undefined; // merged from elsewhere
    const statements = Array.isArray(block["statement"]) ? block["statement"] : isRecord(block["statement"]) ? [block["statement"]] : [];
    return { Statement: statements.map(renderStatement) };
  }
  return undefined;
}

/** One `statement` block as the JSON statement it renders. */
function renderStatement(block: unknown): unknown {
  if (!isRecord(block)) return block;
  const out: Record<string, unknown> = { Effect: block["effect"] ?? "Allow" };
  if (block["sid"] !== undefined) out["Sid"] = block["sid"];
  if (block["actions"] !== undefined) out["Action"] = block["actions"];
  if (block["not_actions"] !== undefined) out["NotAction"] = block["not_actions"];
  if (block["resources"] !== undefined) out["Resource"] = block["resources"];
  const principals = principalsOf(block["principals"]);
  if (principals !== undefined) out["Principal"] = principals;
  const notPrincipals = principalsOf(block["not_principals"]);
  if (notPrincipals !== undefined) out["NotPrincipal"] = notPrincipals;
  const conditions = Array.isArray(block["condition"]) ? block["condition"] : isRecord(block["condition"]) ? [block["condition"]] : [];
  if (conditions.length > 0) {
    const condition: Record<string, Record<string, unknown>> = {};
    for (const c of conditions) {
      if (!isRecord(c) || typeof c["test"] !== "string" || typeof c["variable"] !== "string") return { ...out, Condition: unknownValue("a condition block is not literal") };
      const test = (condition[c["test"]] ??= {});
      test[c["variable"]] = c["values"];
    }
    out["Condition"] = condition;
  }
  return out;
}

/** `principals { type = "AWS", identifiers = [...] }` blocks as a JSON `Principal`; `type = "*"` is `"*"`. */
function principalsOf(blocks: unknown): unknown {
  const list = Array.isArray(blocks) ? blocks : isRecord(blocks) ? [blocks] : [];
  if (list.length === 0) return undefined;
  const out: Record<string, unknown[]> = {};
  for (const block of list) {
    if (!isRecord(block) || typeof block["type"] !== "string") return unknownValue("a principals block is not literal");
    if (block["type"] === "*") return "*";
    const identifiers = Array.isArray(block["identifiers"]) ? block["identifiers"] : [block["identifiers"]];
    out[block["type"]] = [...(out[block["type"]] ?? []), ...identifiers];
  }
  return out;
}
