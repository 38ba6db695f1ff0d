/**
 * A recursive-descent reader for HCL2 native syntax, as Terraform writes it. It keeps what a
 * policy needs (bodies, blocks, attributes, literal values, and the exact span of everything)
 * and reads the rest of the expression language only far enough to know where each
 * expression ends, so that a non-literal value can be kept as its source text.
 */

/** A literal scalar: what a policy can compare directly. */
export interface LiteralExpression {
  kind: "literal";
  value: string | number | boolean | null;
  start: number;
  end: number;
}

/** `[a, b]`: a tuple constructor. */
export interface TupleExpression {
  kind: "tuple";
  items: Expression[];
  start: number;
  end: number;
}

/** One `key = value` of an object constructor; `key` is the source text when it is not literal. */
export interface ObjectItem {
  key: string;
  value: Expression;
}

/** `{ a = 1 }`: an object constructor. */
export interface ObjectExpression {
  kind: "object";
  items: ObjectItem[];
  start: number;
  end: number;
}

/** Anything else (references, calls, operators, templates with interpolation, for expressions). */
export interface OtherExpression {
  kind: "expression";
  start: number;
  end: number;
  /** For a function call: its name and arguments (`expanded` when the last is followed by `...`). */
  call?: { name: string; args: Expression[]; expanded: boolean };
}

/** An expression with its span; offsets index the text, the end is exclusive. */
export type Expression = LiteralExpression | TupleExpression | ObjectExpression | OtherExpression;

/** `name = value`; the span covers the whole attribute. */
export interface Attribute {
  kind: "attribute";
  name: string;
  value: Expression;
  start: number;
  end: number;
}

/** `type "label" { ... }`; the span runs from the type to the closing brace. */
export interface Block {
  kind: "block";
  type: string;
  labels: string[];
  body: BodyItem[];
  start: number;
  end: number;
}

/** An item of a body. */
export type BodyItem = Attribute | Block;

/** Why reading stopped, and where. */
export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Deep enough for any real module, bounded so that hostile input cannot exhaust the stack. */
const MAX_DEPTH = 256;

const IDENTIFIER = /[\p{ID_Start}_][\p{ID_Continue}\-]*/uy;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const OPERATORS = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%"] as const;
const OPERATOR_START = new Set(OPERATORS.map((op) => op[0]));
/** Characters that end a run of plain text inside a quoted string. */
const STRING_SPECIAL = new Set(['"', "\\", "$", "%", "\n", "\r"]);
const CLOSERS: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };

/** Reads a whole file body. Throws `HclSyntaxError` at the first problem. */
export function parseHclBody(text: string): BodyItem[] {
  return new Reader(text).file();
}

class Reader {
  private pos = 0;
  private depth = 0;
  /** Whether a line break ends the expression being read (false inside brackets and interpolations). */
  private newlinesEnd = true;

  constructor(private readonly text: string) {}

  file(): BodyItem[] {
    return this.body(false);
  }

  private body(inBlock: boolean): BodyItem[] {
    const items: BodyItem[] = [];
    for (;;) {
      this.skip(true);
      const c = this.peek();
      if (c === "") {
        if (inBlock) this.fail("Expected '}' to close the block, found the end of the file.");
        return items;
      }
      if (c === "}") {
        if (inBlock) return items;
        this.fail("Unexpected '}'.");
      }
      items.push(this.item());
      this.skip(false);
      const after = this.peek();
      if (after === "" || after === "\n" || after === "\r" || (after === "}" && inBlock)) continue;
      this.fail(`Unexpected ${describe(after)} after ${describe(this.lastItemName(items))}; expected a newline.`);
    }
  }

  private lastItemName(items: readonly BodyItem[]): string {
    const last = items[items.length - 1];
    return last === undefined ? "" : last.kind === "attribute" ? last.name : last.type;
  }

  private item(): BodyItem {
    const start = this.pos;
    const name = this.identifier();
    if (name === undefined) this.fail(`Expected an attribute or block name, found ${describe(this.peek())}.`);
    this.skip(false);
    if (this.peek() === "=" && this.text[this.pos + 1] !== "=") {
      this.pos++;
      this.skip(false);
      const value = this.withNewlines(true, () => this.expression());
      return { kind: "attribute", name, value, start, end: value.end };
    }
    const labels: string[] = [];
    for (;;) {
      const c = this.peek();
      if (c === '"') {
        const labelStart = this.pos;
        const label = this.quoted();
        if (label.kind !== "literal") this.fail("A block label must be a literal string.", labelStart);
        labels.push(String(label.value));
      } else {
        const label = this.identifier();
        if (label === undefined) break;
        labels.push(label);
      }
      this.skip(false);
    }
    if (this.peek() !== "{") this.fail(`Expected '=' or '{' after '${name}', found ${describe(this.peek())}.`);
    this.pos++;
    const body = this.nested(() => this.withNewlines(true, () => this.body(true)));
    this.pos++;
    return { kind: "block", type: name, labels, body, start, end: this.pos };
  }

  private expression(): Expression {
    const start = this.pos;
    const condition = this.binary();
    const save = this.pos;
    this.skip(!this.newlinesEnd);
    if (this.peek() !== "?") {
      this.pos = save;
      return condition;
    }
    this.pos++;
    this.skip(!this.newlinesEnd);
    this.nested(() => this.expression());
    this.skip(!this.newlinesEnd);
    this.expect(":");
    this.skip(!this.newlinesEnd);
    const otherwise = this.nested(() => this.expression());
    return { kind: "expression", start, end: otherwise.end };
  }

  private binary(): Expression {
    const first = this.unary();
    let last = first;
    for (;;) {
      const save = this.pos;
      this.skip(!this.newlinesEnd);
      const operator = OPERATOR_START.has(this.peek()) ? OPERATORS.find((op) => this.text.startsWith(op, this.pos)) : undefined;
      if (operator === undefined) {
        this.pos = save;
        break;
      }
      this.pos += operator.length;
      this.skip(!this.newlinesEnd);
      last = this.unary();
    }
    return last === first ? first : { kind: "expression", start: first.start, end: last.end };
  }

  private unary(): Expression {
    const c = this.peek();
    if (c !== "!" && c !== "-") return this.postfix(this.primary());
    const start = this.pos;
    this.pos++;
    this.skip(!this.newlinesEnd);
    const operand = this.nested(() => this.unary());
    if (c === "-" && operand.kind === "literal" && typeof operand.value === "number") {
      return { kind: "literal", value: -operand.value, start, end: operand.end };
    }
    return { kind: "expression", start, end: operand.end };
  }

  private postfix(primary: Expression): Expression {
    let end = primary.end;
    for (;;) {
      const save = this.pos;
      this.skip(!this.newlinesEnd);
      const c = this.peek();
      if (c === "." && this.text[this.pos + 1] !== ".") {
        this.pos++;
        if (this.peek() === "*") this.pos++;
        else if (this.number() === undefined && this.identifier() === undefined) {
          this.fail(`Expected an attribute name after '.', found ${describe(this.peek())}.`);
        }
      } else if (c === "[") {
        this.pos++;
        this.withNewlines(false, () => {
          this.skip(true);
          if (this.peek() === "*") this.pos++;
          else this.nested(() => this.expression());
          this.skip(true);
          this.expect("]");
        });
      } else {
        this.pos = save;
        break;
      }
      end = this.pos;
    }
    return end === primary.end ? primary : { kind: "expression", start: primary.start, end };
  }

  private primary(): Expression {
    const start = this.pos;
    const c = this.peek();
    if (c === '"') return this.quoted();
    if (c === "<" && this.text[this.pos + 1] === "<") return this.heredoc();
    if (c === "[") return this.nested(() => this.tuple());
    if (c === "{") return this.nested(() => this.object());
    if (c === "(") {
      this.pos++;
      this.withNewlines(false, () => {
        this.skip(true);
        this.nested(() => this.expression());
        this.skip(true);
        this.expect(")");
      });
      return { kind: "expression", start, end: this.pos };
    }
    const number = this.number();
    if (number !== undefined) return { kind: "literal", value: number, start, end: this.pos };
    const name = this.identifier();
    if (name === undefined) {
      this.fail(c === "" ? "Expected an expression, found the end of the file." : `Expected an expression, found ${describe(c)}.`);
    }
    while (this.text.startsWith("::", this.pos)) {
      this.pos += 2;
      if (this.identifier() === undefined) this.fail("Expected a name after '::'.");
    }
    if (this.peek() === "(") {
      this.pos++;
      const call = this.withNewlines(false, () => this.callArguments());
      return { kind: "expression", start, end: this.pos, call: { name, ...call } };
    }
    if (name === "true" || name === "false") return { kind: "literal", value: name === "true", start, end: this.pos };
    if (name === "null") return { kind: "literal", value: null, start, end: this.pos };
    return { kind: "expression", start, end: this.pos };
  }

  private callArguments(): { args: Expression[]; expanded: boolean } {
    const args: Expression[] = [];
    let expanded = false;
    for (;;) {
      this.skip(true);
      if (this.peek() === ")") break;
      args.push(this.nested(() => this.expression()));
      this.skip(true);
      if (this.text.startsWith("...", this.pos)) {
        this.pos += 3;
        expanded = true;
        this.skip(true);
      }
      if (this.peek() === ",") {
        this.pos++;
        continue;
      }
      if (this.peek() !== ")") this.fail(`Expected ',' or ')' in the function arguments, found ${describe(this.peek())}.`);
    }
    this.pos++;
    return { args, expanded };
  }

  private tuple(): Expression {
    const start = this.pos;
    this.pos++;
    if (this.startsFor()) return this.skipFor(start, "]");
    const items: Expression[] = [];
    this.withNewlines(false, () => {
      for (;;) {
        this.skip(true);
        if (this.peek() === "]") break;
        items.push(this.expression());
        this.skip(true);
        if (this.peek() === ",") {
          this.pos++;
          continue;
        }
        if (this.peek() !== "]") this.fail(`Expected ',' or ']' in the list, found ${describe(this.peek())}.`);
      }
    });
    this.pos++;
    return { kind: "tuple", items, start, end: this.pos };
  }

  private object(): Expression {
    const start = this.pos;
    this.pos++;
    if (this.startsFor()) return this.skipFor(start, "}");
    const items: ObjectItem[] = [];
    this.withNewlines(true, () => {
      for (;;) {
        this.skip(true);
        if (this.peek() === "}") break;
        const key = this.objectKey();
        this.skip(false);
        const c = this.peek();
        if ((c !== "=" && c !== ":") || this.text[this.pos + 1] === "=") {
          this.fail(`Expected '=' or ':' after the key '${key}', found ${describe(c)}.`);
        }
        this.pos++;
        this.skip(false);
        items.push({ key, value: this.expression() });
        this.skip(false);
        const after = this.peek();
        if (after === ",") this.pos++;
        else if (after !== "\n" && after !== "\r" && after !== "}") {
          this.fail(`Expected ',', a newline or '}' after the value of '${key}', found ${describe(after)}.`);
        }
      }
    });
    this.pos++;
    return { kind: "object", items, start, end: this.pos };
  }

  /** A bare name or a literal string is the key itself; any other key expression is kept as its text. */
  private objectKey(): string {
    const start = this.pos;
    const name = this.identifier();
    if (name !== undefined) {
      const save = this.pos;
      this.skip(false);
      const c = this.peek();
      this.pos = save;
      if (c === "=" || c === ":") return name;
      this.pos = start;
    }
    const key = this.withNewlines(true, () => this.binary());
    if (key.kind === "literal") return String(key.value);
    return this.text.slice(key.start, key.end);
  }

  /** After an opening bracket: whether a `for` expression starts here. */
  private startsFor(): boolean {
    const save = this.pos;
    this.skip(true);
    const isFor = this.identifier() === "for" && /[ \t]/.test(this.peek());
    this.pos = save;
    return isFor;
  }

  /** A `for` expression is never literal: it is only skipped, brackets and strings balanced. */
  private skipFor(start: number, close: string): Expression {
    this.withNewlines(false, () => this.skipUntil(close));
    return { kind: "expression", start, end: this.pos };
  }

  /** Skips tokens up to and including `close`, through nested brackets, strings and heredocs. */
  private skipUntil(close: string): void {
    for (;;) {
      this.skip(true);
      const c = this.peek();
      if (c === "") this.fail(`Expected '${close}', found the end of the file.`);
      if (c === close) {
        this.pos++;
        return;
      }
      const nestedClose = CLOSERS[c];
      if (c === '"') this.quoted();
      else if (c === "<" && this.text[this.pos + 1] === "<" && /[-A-Za-z_]/.test(this.text[this.pos + 2] ?? "")) this.heredoc();
      else if (nestedClose !== undefined) {
        this.pos++;
        this.nested(() => this.skipUntil(nestedClose));
      } else if (c === ")" || c === "]" || c === "}") this.fail(`Unexpected '${c}'; expected '${close}'.`);
      else this.pos++;
    }
  }

  /** A quoted template. Literal when it has no interpolation or directive. */
  private quoted(): Expression {
    const start = this.pos;
    this.pos++;
    let value = "";
    let literal = true;
    for (;;) {
      const c = this.peek();
      if (c === "" || c === "\n" || c === "\r") this.fail("Unterminated string: expected '\"' before the end of the line.", start);
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        value += this.escape();
      } else if ((c === "$" || c === "%") && this.text[this.pos + 1] === c && this.text[this.pos + 2] === "{") {
        value += `${c}{`;
        this.pos += 3;
      } else if ((c === "$" || c === "%") && this.text[this.pos + 1] === "{") {
        literal = false;
        this.pos += 2;
        this.nested(() => this.withNewlines(false, () => (c === "$" ? this.interpolation() : this.skipUntil("}"))));
      } else {
        const run = this.pos;
        this.pos++;
        while (this.pos < this.text.length && !STRING_SPECIAL.has(this.text[this.pos] ?? "")) this.pos++;
        value += this.text.slice(run, this.pos);
      }
    }
    return literal ? { kind: "literal", value, start, end: this.pos } : { kind: "expression", start, end: this.pos };
  }

  private interpolation(): void {
    this.skip(true);
    if (this.peek() === "~") this.pos++;
    this.skip(true);
    this.expression();
    this.skip(true);
    if (this.peek() === "~") this.pos++;
    this.skip(true);
    this.expect("}");
  }

  private escape(): string {
    const at = this.pos;
    const c = this.text[this.pos + 1] ?? "";
    const simple: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
    const direct = simple[c];
    if (direct !== undefined) {
      this.pos += 2;
      return direct;
    }
    const digits = c === "u" ? 4 : c === "U" ? 8 : 0;
    const hex = this.text.slice(this.pos + 2, this.pos + 2 + digits);
    if (digits > 0 && /^[0-9A-Fa-f]+$/.test(hex) && hex.length === digits) {
      const code = Number.parseInt(hex, 16);
      if (code <= 0x10ffff) {
        this.pos += 2 + digits;
        return String.fromCodePoint(code);
      }
    }
    return this.fail(`Invalid escape sequence '\\${c}'.`, at);
  }

  /** `<<EOF` / `<<-EOF` up to the line holding only the marker; `-` removes the common indentation. */
  private heredoc(): Expression {
    const start = this.pos;
    this.pos += 2;
    const indented = this.peek() === "-";
    if (indented) this.pos++;
    const marker = this.identifier();
    if (marker === undefined) this.fail("Expected a heredoc marker after '<<'.");
    if (this.peek() === "\r") this.pos++;
    if (this.peek() !== "\n") this.fail(`Expected a line break after the heredoc marker '${marker}'.`);
    this.pos++;
    const lines: string[] = [];
    for (;;) {
      if (this.pos >= this.text.length) this.fail(`Unterminated heredoc: no line '${marker}' closes it.`, start);
      const lineStart = this.pos;
      let lineEnd = this.text.indexOf("\n", lineStart);
      if (lineEnd === -1) lineEnd = this.text.length;
      const contentEnd = this.text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
      const line = this.text.slice(lineStart, contentEnd);
      if (line.trim() === marker) {
        this.pos = lineStart + line.indexOf(marker) + marker.length;
        break;
      }
      lines.push(line);
      this.pos = Math.min(lineEnd + 1, this.text.length);
      if (lineEnd === this.text.length) this.pos = this.text.length;
    }
    const body = (indented ? dedent(lines) : lines).map((line) => `${line}\n`).join("");
    if (/(?<![$])\$\{|(?<![%])%\{/.test(body.replace(/\$\$\{|%%\{/g, ""))) {
      return { kind: "expression", start, end: this.pos };
    }
    return { kind: "literal", value: body.replace(/([$%])\1\{/g, "$1{"), start, end: this.pos };
  }

  private identifier(): string | undefined {
    IDENTIFIER.lastIndex = this.pos;
    const match = IDENTIFIER.exec(this.text);
    if (match === null) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  private number(): number | undefined {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) return undefined;
    this.pos += match[0].length;
    return Number(match[0]);
  }

  /** Skips blanks and comments; line breaks too when `newlines` is set. */
  private skip(newlines: boolean): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9) this.pos++;
      else if ((c === 10 || c === 13) && newlines) this.pos++;
      else if (c === 35 /* # */ || (c === 47 /* / */ && text.charCodeAt(this.pos + 1) === 47)) {
        while (this.pos < text.length && text.charCodeAt(this.pos) !== 10 && text.charCodeAt(this.pos) !== 13) this.pos++;
      } else if (c === 47 && text.charCodeAt(this.pos + 1) === 42 /* * */) {
        const close = text.indexOf("*/", this.pos + 2);
        if (close === -1) this.fail("Unterminated comment: expected '*/'.");
        this.pos = close + 2;
      } else return;
    }
  }

  private peek(): string {
    return this.text[this.pos] ?? "";
  }

  private expect(c: string): void {
    if (this.peek() !== c) this.fail(`Expected '${c}', found ${describe(this.peek())}.`);
    this.pos++;
  }

  private withNewlines<T>(newlinesEnd: boolean, read: () => T): T {
    const saved = this.newlinesEnd;
    this.newlinesEnd = newlinesEnd;
    try {
      return read();
    } finally {
      this.newlinesEnd = saved;
    }
  }

  private nested<T>(read: () => T): T {
    if (++this.depth > MAX_DEPTH) this.fail(`Nesting deeper than ${MAX_DEPTH} levels.`);
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  private fail(message: string, offset = this.pos): never {
    throw new HclSyntaxError(message, offset);
  }
}

function describe(c: string): string {
  if (c === "") return "the end of the file";
  if (c === "\n" || c === "\r") return "a line break";
  return `'${c}'`;
}

/** Removes the indentation shared by all non-blank lines, as `<<-` heredocs do. */
function dedent(lines: readonly string[]): string[] {
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() === "") continue;
    common = Math.min(common, line.length - line.trimStart().length);
  }
  if (common === Infinity || common === 0) return [...lines];
  return lines.map((line) => line.slice(Math.min(common, line.length - line.trimStart().length)));
}
