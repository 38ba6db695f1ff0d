import { escapeRegex, exactRule, prefixRule, regexRule, type PatternRule } from "./shape.js";

/** A Cloudflare Rules-language expression, as far as cache rules need it. */
type Node =
  | { kind: "and" | "or"; parts: Node[] }
  | { kind: "not"; part: Node }
  | { kind: "true" }
  | { kind: "compare"; field: string; operator: string; values: string[] }
  | { kind: "other" };

/** What a cache rule's expression selects: paths, paths it leaves out, cookies that exempt a request. */
export interface Selection {
  /** Paths the rule applies to; every path when the expression does not restrict them. */
  paths: PatternRule[] | "all";
  /** Paths the expression itself excludes (`and not starts_with(...)`). */
  excludedPaths: PatternRule[];
  /** Cookies whose presence the expression excludes (`and not http.cookie contains "..."`). */
  bypassCookies: PatternRule[];
}

const PATH_FIELDS = new Set(["http.request.uri.path", "raw.http.request.uri.path", "http.request.uri", "raw.http.request.uri"]);
/** Fields that narrow a rule to a zone's host names without saying anything about paths. */
const HOST_FIELDS = new Set(["http.host"]);
const MAX_LENGTH = 16 * 1024;

/**
 * Reads an expression such as `(http.host eq "example.jp" and not starts_with(http.request.uri.path,
 * "/contact"))`: conjunctions of host conditions, disjunctions of path conditions, and negated
 * path or cookie conditions. Anything else is `undefined`: the caller makes the field unknown
 * rather than guess.
 */
export function readSelection(expression: string): Selection | undefined {
  if (expression.length > MAX_LENGTH) return undefined;
  const tokens = tokenize(expression);
  if (tokens === undefined) return undefined;
  const parser = new Parser(tokens);
  const node = parser.expression();
  if (!parser.done()) return undefined;
  const selection: Selection = { paths: "all", excludedPaths: [], bypassCookies: [] };
  for (const part of node.kind === "and" ? node.parts : [node]) {
    if (part.kind === "true" || (part.kind === "compare" && HOST_FIELDS.has(part.field))) continue;
    const paths = rulesOf(part, PATH_FIELDS, "expression");
    if (paths) {
      if (selection.paths !== "all") return undefined;
      selection.paths = paths;
      continue;
    }
    if (part.kind !== "not") return undefined;
    const excluded = rulesOf(part.part, PATH_FIELDS, "not (...) in the expression");
    const cookies = rulesOf(part.part, new Set(["http.cookie"]), "not http.cookie in the expression");
    if (excluded) selection.excludedPaths.push(...excluded);
    else if (cookies) selection.bypassCookies.push(...cookies);
    else return undefined;
  }
  return selection;
}

/** The cookie conditions of an expression made only of them (`http.cookie contains "a" or ...`). */
export function cookieRules(expression: string): PatternRule[] | undefined {
  const tokens = expression.length > MAX_LENGTH ? undefined : tokenize(expression);
  if (tokens === undefined) return undefined;
  const parser = new Parser(tokens);
  const node = parser.expression();
  return parser.done() ? rulesOf(node, new Set(["http.cookie"]), "expression") : undefined;
}

/** The rules of a disjunction of comparisons on `fields`, or undefined. */
function rulesOf(node: Node, fields: ReadonlySet<string>, setting: string): PatternRule[] | undefined {
  const parts = node.kind === "or" ? node.parts : [node];
  const rules: PatternRule[] = [];
  for (const part of parts) {
    if (part.kind !== "compare" || !fields.has(part.field)) return undefined;
    for (const value of part.values) {
      switch (part.operator) {
        case "starts_with":
          rules.push(prefixRule(value, setting));
          break;
        case "ends_with":
          rules.push(regexRule(value, setting, `${escapeRegex(value)}$`));
          break;
        case "eq":
        case "==":
        case "in":
          rules.push(exactRule(value, setting));
          break;
        case "contains":
          // The Cookie header holds every `name=value`: a name it contains is a name present.
          rules.push({ syntax: "contains", pattern: value, match: escapeRegex(value), setting });
          break;
        case "matches":
        case "~":
          rules.push(regexRule(value, setting));
          break;
        default:
          return undefined;
      }
    }
  }
  return rules;
}

type Token = { kind: "word" | "string" | "punct"; text: string };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (/\s/.test(char)) {
      i++;
    } else if (char === '"') {
      let value = "";
      i++;
      while (i < text.length && text.charAt(i) !== '"') {
        if (text.charAt(i) === "\\" && i + 1 < text.length) i++;
        value += text.charAt(i);
        i++;
      }
      if (i >= text.length) return undefined;
      i++;
      tokens.push({ kind: "string", text: value });
    } else if (/[A-Za-z_.0-9]/.test(char)) {
      const start = i;
      while (i < text.length && /[A-Za-z_.0-9]/.test(text.charAt(i))) i++;
      tokens.push({ kind: "word", text: text.slice(start, i) });
    } else {
      const two = text.slice(i, i + 2);
      const op = ["==", "!=", "&&", "||"].includes(two) ? two : char;
      tokens.push({ kind: "punct", text: op });
      i += op.length;
    }
  }
  return tokens;
}

/** Recursive descent over `or` / `and` / `not`, comparisons and the `starts_with`-style functions. */
class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  expression(): Node {
    const parts = [this.conjunction()];
    while (this.take("or") || this.take("||")) parts.push(this.conjunction());
    return parts.length === 1 ? (parts[0] ?? { kind: "other" }) : { kind: "or", parts };
  }

  private conjunction(): Node {
    const parts = [this.unary()];
    while (this.take("and") || this.take("&&")) parts.push(this.unary());
    return parts.length === 1 ? (parts[0] ?? { kind: "other" }) : { kind: "and", parts };
  }

  private unary(): Node {
    // Negations are counted in a loop, not by recursion: `!!!!…` thousands long cannot exhaust the stack.
    let negations = 0;
    while (this.take("not") || this.take("!")) negations++;
    if (negations > 0) {
      const part = this.unary();
      return negations % 2 === 1 ? { kind: "not", part } : part.kind === "other" ? part : { kind: "not", part: { kind: "not", part } };
    }
    if (this.take("(")) {
      if (++this.depth > 64) return { kind: "other" };
      const inner = this.expression();
      this.depth--;
      return this.take(")") ? inner : { kind: "other" };
    }
    return this.comparison();
  }

  private comparison(): Node {
    const head = this.tokens[this.at];
    if (head?.kind !== "word") {
      this.at = this.tokens.length + 1;
      return { kind: "other" };
    }
    this.at++;
    if (head.text === "true") return { kind: "true" };
    if ((head.text === "starts_with" || head.text === "ends_with") && this.take("(")) {
      const field = this.tokens[this.at++];
      const comma = this.take(",");
      const value = this.tokens[this.at++];
      if (field?.kind === "word" && comma && value?.kind === "string" && this.take(")")) return { kind: "compare", field: field.text, operator: head.text, values: [value.text] };
      return { kind: "other" };
    }
    const operator = this.tokens[this.at];
    if (operator === undefined) return { kind: "other" };
    this.at++;
    if (operator.text === "in" && this.take("{")) {
      const values: string[] = [];
      while (this.tokens[this.at]?.kind === "string") values.push(this.tokens[this.at++]?.text ?? "");
      return this.take("}") ? { kind: "compare", field: head.text, operator: "in", values } : { kind: "other" };
    }
    const value = this.tokens[this.at];
    if (value?.kind !== "string") return { kind: "other" };
    this.at++;
    return { kind: "compare", field: head.text, operator: operator.text, values: [value.text] };
  }

  private take(text: string): boolean {
    const token = this.tokens[this.at];
    if (token === undefined || token.kind === "string" || token.text !== text) return false;
    this.at++;
    return true;
  }
}
