import type { Finding, Waiver } from "../types.js";
import type { RawWaiver } from "./load-waivers.js";
import { toWaiver } from "./load-waivers.js";
import { ruleViolation, type RuleContext } from "./waiver-rules.js";

/** Finding id of an inline waiver that cannot be accepted. */
export const WAIVER_INVALID = "waiver-invalid";

/**
 * Comment syntaxes by parser id. Only formats whose syntax has comments can carry inline
 * waivers; strict JSON has none. The marker must follow the start of the line or a space, so
 * a `#` inside a URL or a value is not read as a comment.
 */
const COMMENT: Readonly<Record<string, RegExp>> = {
  json5: /(^|\s)\/\/\s*norecur:waive\b(.*)$/,
  jsonc: /(^|\s)\/\/\s*norecur:waive\b(.*)$/,
  yaml: /(^|\s)#\s*norecur:waive\b(.*)$/,
};

const KNOWN_KEYS = new Set(["owner", "reason", "expires", "ticket", "approved-by"]);
const TOKEN = /\s*([A-Za-z-]+)=(?:"([^"]*)"|(\S+))/y;
const POLICY_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/** What the comments of one scanned file hold. */
export interface InlineWaivers {
  /** Accepted waivers. */
  waivers: Waiver[];
  /** `waiver-invalid` findings for comments that break the format or a rule. */
  problems: Finding[];
}

/**
 * Reads `norecur:waive ID owner=… expires=YYYY-MM-DD reason="…"` comments. A comment alone on
 * its line covers the next line; a comment after a value covers its own line. A broken comment
 * sits in a scanned file, so it is a finding rather than a config error: the run goes on and
 * the finding it meant to waive still fails.
 */
export function readInlineWaivers(file: string, parser: string, text: string, context: RuleContext): InlineWaivers {
  const out: InlineWaivers = { waivers: [], problems: [] };
  if (!mayHoldInlineWaivers(parser, text)) return out;
  const pattern = COMMENT[parser] as RegExp;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = pattern.exec(lineText);
    if (!match) return;
    const line = index + 1;
    const start = match.index + (match[1]?.length ?? 0);
    const range = { line, column: start + 1, endLine: line, endColumn: lineText.length + 1 };
    const ownLine = lineText.slice(0, start).trim() === "";
    const parsed = parseDirective(match[2] ?? "");
    // Inline waivers are scoped to their file and line by construction, which meets the
    // global-scope rule.
    const problem = typeof parsed === "string" ? parsed : ruleViolation({ ...parsed, ownFile: file }, context)?.message;
    if (problem !== undefined || typeof parsed === "string") {
      out.problems.push({
        policyId: WAIVER_INVALID,
        severity: "medium",
        status: "fail",
        message: `inline waiver not accepted: ${problem ?? ""}`,
        file,
        range,
        subject: `${file}:${line}`,
        incidents: ["docomo-nexia-2023-03"],
      });
      return;
    }
    // No `paths`: the waiver is matched by its exact file (see match-waiver.ts), never by a glob
    // made from a path that may itself hold `*`.
    out.waivers.push({ ...toWaiver(parsed, { origin: "inline", file, range }), line: ownLine ? line + 1 : line });
  });
  return out;
}

/**
 * Whether a file read with `parser` can hold inline waivers: its syntax has comments and its text
 * the marker. The run keeps only such files for {@link readInlineWaivers}, not a record of
 * every file scanned.
 */
export function mayHoldInlineWaivers(parser: string, text: string): boolean {
  return Object.hasOwn(COMMENT, parser) && text.includes("norecur:waive");
}

/** The policy id and `key=value` fields after the marker, or why they cannot be read. */
function parseDirective(rest: string): RawWaiver | string {
  const body = rest.trim();
  const [policy] = body.split(/\s+/, 1);
  if (!policy || !POLICY_ID.test(policy)) return `expected a policy id after norecur:waive, e.g. "norecur:waive NR-UPD-001 owner=… expires=YYYY-MM-DD reason=\\"…\\""`;
  const fields: Record<string, string> = {};
  const tail = body.slice(policy.length);
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < tail.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(tail);
    if (!token) return `cannot read "${tail.slice(at).trim()}" (fields are key=value, quote values with spaces)`;
    const key = token[1] ?? "";
    if (!KNOWN_KEYS.has(key)) return `unknown field "${key}" (known: ${[...KNOWN_KEYS].join(", ")})`;
    fields[key] = token[2] ?? token[3] ?? "";
  }
  const missing = ["owner", "expires", "reason"].filter((k) => !fields[k]);
  if (missing.length > 0) return `missing ${missing.join(", ")} (every waiver has an owner, a reason and an expiry)`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields["expires"] ?? "")) return `expires "${fields["expires"] ?? ""}" is not a date (YYYY-MM-DD)`;
  return {
    policy,
    owner: fields["owner"] ?? "",
    reason: fields["reason"] ?? "",
    expires: fields["expires"] ?? "",
    ...(fields["ticket"] ? { ticket: fields["ticket"] } : {}),
    ...(fields["approved-by"] ? { "approved-by": fields["approved-by"] } : {}),
  };
}
