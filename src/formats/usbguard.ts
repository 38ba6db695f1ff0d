import type { ParseResult, Parser } from "../types.js";
import { PathRanges, failure, isBlank, lineSpans, rangedResult, setOwn, skipBlanks, trimBlanks } from "./line-ranges.js";
import { LineIndex, stripBom } from "./positions.js";

/** One attribute of a rule: `serial "0001"`, `with-interface one-of { 08:*:* 03:*:* }`. */
export interface UsbGuardAttribute {
  /** `all-of`, `one-of`, `none-of`, `equals`, `equals-ordered`, `match-all`; null for a single value. */
  operator: string | null;
  /** The values, quotes and escapes resolved. */
  values: string[];
}

/** One rule line. */
export interface UsbGuardRule {
  /** `allow`, `block` or `reject`. */
  target: string;
  /** Attribute name → its value; `id` also holds a device id written right after the target. */
  attributes: Record<string, UsbGuardAttribute>;
  /** The text after `if`, as written; null when the rule has no condition. */
  condition: string | null;
}

/** The value of a `usbguard` document: a daemon configuration, or a rule file. */
export type UsbGuardConfig = { settings: Record<string, string> } | { rules: UsbGuardRule[] };

const TARGETS = new Set(["allow", "block", "reject"]);
const OPERATORS = new Set(["all-of", "one-of", "none-of", "equals", "equals-ordered", "match-all"]);
const DEVICE_ID = /^[0-9A-Fa-f*]{1,4}:[0-9A-Fa-f*]{1,4}$/;

interface Token {
  text: string;
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * USBGuard (usbguard-daemon.conf(5), usbguard-rules.conf(5)). `usbguard-daemon.conf` is
 * `Key=Value` lines; any other file is a rule file: one rule per line, `target attributes`, where
 * an attribute is a name and a value or an optional set operator and `{ values }`, and `if`
 * starts a condition that runs to the end of the line. `#` starts a comment line. An unknown
 * target, an attribute without a value, an unterminated quote or set is an error, as the daemon
 * refuses such a file.
 */
export const usbguardParser: Parser = {
  id: "usbguard",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const daemon = /(^|\/)usbguard-daemon\.conf$/.test(file);
    const settings: Record<string, string> = {};
    const rules: UsbGuardRule[] = [];
    for (const span of lineSpans(text)) {
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end || text.charAt(start) === "#") continue;
      if (daemon) {
        const equals = text.indexOf("=", start);
        if (equals < 0 || equals >= end) return failure("expected Key=Value", lines.range(start, end));
        const keyEnd = trimBlanks(text, start, equals);
        if (keyEnd === start) return failure("a setting needs a name before '='", lines.range(start, end));
        const valueStart = skipBlanks(text, equals + 1, end);
        const key = text.slice(start, keyEnd);
        setOwn(settings, key, text.slice(valueStart, end));
        ranges.set(["settings", key], valueStart < end ? valueStart : start, end);
        continue;
      }
      const tokens = tokenize(text, start, end);
      if (!Array.isArray(tokens)) return failure(tokens.message, lines.pointRange(tokens.offset));
      const at = rules.length;
      const rule = readRule(tokens, text, end, (path, s, e) => ranges.set(["rules", at, ...path], s, e));
      if ("message" in rule) return failure(rule.message, lines.range(rule.start, rule.end));
      rules.push(rule);
      ranges.set(["rules", at], start, end);
    }
    return rangedResult(file, daemon ? { settings } : { rules }, ranges);
  },
};

type Mark = (path: Array<string | number>, start: number, end: number) => void;

function readRule(tokens: Token[], text: string, lineEnd: number, mark: Mark): UsbGuardRule | { message: string; start: number; end: number } {
  const [first, ...rest] = tokens;
  if (first === undefined) return { message: "empty rule", start: 0, end: 0 };
  if (first.quoted || !TARGETS.has(first.text)) return { message: "a rule starts with allow, block or reject", start: first.start, end: first.end };
  mark(["target"], first.start, first.end);
  const rule: UsbGuardRule = { target: first.text, attributes: {}, condition: null };
  let i = 0;
  const next = rest[0];
  if (next !== undefined && !next.quoted && DEVICE_ID.test(next.text)) {
    setOwn(rule.attributes, "id", { operator: null, values: [next.text] });
    mark(["attributes", "id"], next.start, next.end);
    mark(["attributes", "id", "values", 0], next.start, next.end);
    i = 1;
  }
  while (i < rest.length) {
    const name = rest[i];
    if (name === undefined) break;
    if (!name.quoted && name.text === "if") {
      const conditionStart = skipBlanks(text, name.end, lineEnd);
      rule.condition = text.slice(conditionStart, lineEnd);
      mark(["condition"], name.start, lineEnd);
      break;
    }
    let j = i + 1;
    let operator: string | null = null;
    const maybeOperator = rest[j];
    if (maybeOperator !== undefined && !maybeOperator.quoted && OPERATORS.has(maybeOperator.text)) {
      operator = maybeOperator.text;
      j++;
    }
    const open = rest[j];
    if (open === undefined) return { message: "attribute without a value", start: name.start, end: name.end };
    const values: Token[] = [];
    if (!open.quoted && open.text === "{") {
      j++;
      while (j < rest.length && !(rest[j]?.text === "}" && rest[j]?.quoted === false)) values.push(rest[j++] as Token);
      if (j >= rest.length) return { message: "'{' is not closed on this line", start: open.start, end: open.end };
    } else {
      values.push(open);
    }
    const last = rest[j] ?? open;
    setOwn(rule.attributes, name.text, { operator, values: values.map((v) => v.text) });
    mark(["attributes", name.text], name.start, last.end);
    values.forEach((v, k) => mark(["attributes", name.text, "values", k], v.start, v.end));
    i = j + 1;
  }
  return rule;
}

/** Words, `"quoted strings"` (backslash escapes) and braces, with their offsets. */
function tokenize(text: string, start: number, end: number): Token[] | { message: string; offset: number } {
  const tokens: Token[] = [];
  let at = start;
  while (at < end) {
    at = skipBlanks(text, at, end);
    if (at >= end) break;
    const c = text.charAt(at);
    if (c === "{" || c === "}") {
      tokens.push({ text: c, start: at, end: at + 1, quoted: false });
      at++;
    } else if (c === '"') {
      let value = "";
      let i = at + 1;
      for (; i < end && text.charAt(i) !== '"'; i++) {
        if (text.charAt(i) === "\\" && i + 1 < end) i++;
        value += text.charAt(i);
      }
      if (i >= end) return { message: "unterminated quoted string", offset: at };
      tokens.push({ text: value, start: at, end: i + 1, quoted: true });
      at = i + 1;
    } else {
      let i = at;
      while (i < end && !isBlank(text.charCodeAt(i)) && !'{}"'.includes(text.charAt(i))) i++;
      tokens.push({ text: text.slice(at, i), start: at, end: i, quoted: false });
      at = i;
    }
  }
  return tokens;
}
