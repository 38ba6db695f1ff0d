/**
 * RE2 patterns that a JavaScript regular expression reads exactly alike, and a bound on the work
 * a backtracking match of them can do. Loading re2js and matching with it costs a run about 15 ms
 * and 5 µs a call while V8 is cold (a `[0-9]` test of 10,000 image tags: 50 ms, against 2 ms
 * for the same RegExp); the built-in policies' patterns (`[0-9]`, a tag naming a build, the
 * caseless form paths) and the segments of most globs are in the subset read here. Anything
 * outside it, and any call whose bound is over budget, is left to RE2, whose matching is linear
 * whatever the pattern and the text.
 *
 * The subset: an optional leading `(?i)` (or `^(?i)`); literal printable ASCII; `.`; `^` and
 * `$`; the escapes `\d \D \w \W \s \S \n \t \r \f \v` and escaped punctuation; classes of those
 * with ranges; groups (`(…)`, `(?:…)`) with alternation; and quantifiers (`? * + {n} {n,}
 * {n,m}`, greedy or lazy) on one character or class, and `?` on a group. Written out so that
 * JavaScript (with the `u` flag, which reads code points as RE2 does) means what RE2 means: `.`
 * is `[^\n]`, `\s` is RE2's `[\t\n\f\r ]`, and a literal `]` or `}` is escaped. Refused: other
 * flags, named groups, POSIX and Unicode classes, `\b`, `\A`, `\z`, `\Q…\E`, hex and octal
 * escapes, a class starting with `]` (a literal to RE2, an empty class to JavaScript), non-ASCII
 * pattern text, and every syntax error, so that RE2 gives its own message.
 */
export interface JsEquivalent {
  /** The pattern as a JavaScript RegExp (unanchored, as RE2's `test` and `exec` search). */
  regex: RegExp;
  /**
   * Upper bound on the steps a backtracking search for the pattern takes in a text of `length`
   * characters: polynomial in the length, of degree one more than the unbounded quantifiers
   * one path can pass.
   */
  bound(length: number): number;
}

const CASELESS = "(?i)";

/** The JavaScript equivalent of `pattern`, or undefined when it is outside the subset. */
export function jsEquivalent(pattern: string): JsEquivalent | undefined {
  if (!/^[\x20-\x7e]*$/.test(pattern)) return undefined;
  // `(?i)` leading the pattern is JavaScript's `i` flag: both fold case by Unicode's simple case
  // folding (`k` also matches the Kelvin sign, `s` the long s). Anywhere else it is refused.
  // `^(?i)…` too: the flag applies from where it stands, and `^` is the same either way.
  const anchoredFirst = pattern.startsWith(`^${CASELESS}`);
  const caseless = anchoredFirst || pattern.startsWith(CASELESS);
  const text = anchoredFirst ? `^${pattern.slice(1 + CASELESS.length)}` : caseless ? pattern.slice(CASELESS.length) : pattern;
  const reader = new PatternReader(text, 0);
  const read = reader.alternation();
  if (read === undefined || reader.at < text.length) return undefined;
  let regex: RegExp;
  try {
    regex = new RegExp(read.source, caseless ? "iu" : "u");
  } catch {
    return undefined;
  }
  const cost = read.branches.reduce<Poly>((sum, branch) => add(sum, work(branch).cost), [0]);
  return {
    regex,
    // Every start position tried, each with the whole search.
    bound: (length) => (length + 1) * evaluate(cost, length),
  };
}

/**
 * Steps a backtracking search may take before RE2 takes the call instead. Texts made to be
 * worst cases for patterns of the subset took under a millisecond at this bound, whatever a
 * scanned value holds.
 */
const JS_MATCH_BUDGET = 1_000_000;

/** Any UTF-16 surrogate: texts holding one are left to RE2, which is the reference for how they read. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether `equivalent` may search `text`: its bound for the text is within budget, and the text holds no surrogate. */
export function affordable(equivalent: JsEquivalent, text: string): boolean {
  return equivalent.bound(text.length) <= JS_MATCH_BUDGET && !SURROGATE.test(text);
}

/** A part of a pattern read: its JavaScript source, and its alternatives' items for the bound. */
interface Read {
  source: string;
  branches: Item[][];
}

/**
 * What a backtracking search does at one item: a step of `min` to `max` characters (one
 * character, class or escape, quantified or not; `max` undefined when unbounded; an anchor is a
 * step of none), or a group of alternatives.
 */
type Item = { kind: "step"; min: number; max: number | undefined } | { kind: "group"; branches: Item[][]; optional: boolean };

/** A polynomial in the text's length `n`, by its coefficients from the constant up. */
type Poly = number[];

/**
 * The most steps a backtracking search of `items` can take from one start position (`cost`), and
 * the most ways it can come out of them (`leaves`), as polynomials in the text's length. Read
 * from the end: a step reached consumes its greedy most, then tries each count it may give back
 * with the rest of the sequence after it; a group tries each alternative, and the rest after each
 * way an alternative ends.
 */
function work(items: readonly Item[]): { cost: Poly; leaves: Poly } {
  let cost: Poly = [0];
  let leaves: Poly = [1];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Item;
    const onward = add([1], cost);
    if (item.kind === "group") {
      let groupCost: Poly = [0];
      let groupLeaves: Poly = [0];
      for (const branch of item.branches) {
        const inner = work(branch);
        groupCost = add(groupCost, add(inner.cost, multiply(inner.leaves, onward)));
        groupLeaves = add(groupLeaves, inner.leaves);
      }
      // Skipping an optional group is one more way on.
      if (item.optional) {
        groupCost = add(groupCost, onward);
        groupLeaves = add(groupLeaves, [1]);
      }
      cost = groupCost;
      leaves = multiply(groupLeaves, leaves);
    } else {
      // Counts it may stop at: max - min + 1, or n + 1 when unbounded (it cannot take more than the text).
      const counts: Poly = item.max === undefined ? [1, 1] : [item.max - item.min + 1];
      cost = add(item.max === undefined ? [0, 1] : [item.max], multiply(counts, onward));
      leaves = multiply(counts, leaves);
    }
  }
  return { cost, leaves };
}

function add(a: Poly, b: Poly): Poly {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

function multiply(a: Poly, b: Poly): Poly {
  const out: Poly = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = (out[i + j] ?? 0) + x * y)));
  return out;
}

function evaluate(p: Poly, n: number): number {
  let value = 0;
  for (let i = p.length - 1; i >= 0; i--) value = value * n + (p[i] ?? 0);
  return value;
}

/** Punctuation JavaScript reads as syntax outside a class (escaped when RE2 escapes it, or when `]` `}` stand alone). */
const SYNTAX = new Set("^$\\.*+?()[]{}|/");
/** Punctuation with a meaning inside a class. */
const CLASS_SYNTAX = new Set("\\]^-[");
const CONTROL_ESCAPES = new Set("ntrfv");
const RE2_SPACE = "\\t\\n\\f\\r ";
/** Repetition counts RE2 accepts. */
const MAX_REPEAT = 1000;

class PatternReader {
  constructor(
    private readonly text: string,
    public at: number,
  ) {}

  alternation(): Read | undefined {
    const branches: Array<{ source: string; items: Item[] }> = [];
    for (;;) {
      const branch = this.sequence();
      if (branch === undefined) return undefined;
      branches.push(branch);
      if (this.text[this.at] !== "|") break;
      this.at += 1;
    }
    return { source: branches.map((b) => b.source).join("|"), branches: branches.map((b) => b.items) };
  }

  private sequence(): { source: string; items: Item[] } | undefined {
    let source = "";
    const items: Item[] = [];
    while (this.at < this.text.length && this.text[this.at] !== "|" && this.text[this.at] !== ")") {
      const item = this.item();
      if (item === undefined) return undefined;
      source += item.source;
      items.push(item.item);
    }
    return { source, items };
  }

  private item(): { source: string; item: Item } | undefined {
    const c = this.text[this.at] as string;
    if (c === "(") return this.group();
    if (c === "^" || c === "$") {
      this.at += 1;
      return QUANTIFIER_START.has(this.text[this.at] ?? "") ? undefined : { source: c, item: { kind: "step", min: 0, max: 0 } };
    }
    const atom = this.atom();
    if (atom === undefined) return undefined;
    return this.quantified(atom);
  }

  /** One character, class or escape, as JavaScript source. */
  private atom(): string | undefined {
    const c = this.text[this.at] as string;
    if (QUANTIFIER_START.has(c) || c === ")") return undefined;
    this.at += 1;
    if (c === ".") return "[^\\n]";
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.escape(false);
    // A literal `]` or `}` is a syntax error to JavaScript with the `u` flag.
    return c === "]" || c === "}" ? `\\${c}` : c;
  }

  private group(): { source: string; item: Item } | undefined {
    this.at += 1;
    let open = "(";
    if (this.text[this.at] === "?") {
      if (this.text[this.at + 1] !== ":") return undefined;
      open = "(?:";
      this.at += 2;
    }
    const inner = this.alternation();
    if (inner === undefined || this.text[this.at] !== ")") return undefined;
    this.at += 1;
    // An optional group (`(https?:)?`) is one more alternative, the empty one; a repeated group
    // can backtrack in ways no small bound covers, and is left to RE2.
    let optional = "";
    if (this.text[this.at] === "?") {
      optional = this.text[this.at + 1] === "?" ? "??" : "?";
      this.at += optional.length;
    }
    if (QUANTIFIER_START.has(this.text[this.at] ?? "")) return undefined;
    return { source: `${open}${inner.source})${optional}`, item: { kind: "group", branches: inner.branches, optional: optional !== "" } };
  }

  private quantified(atom: string): { source: string; item: Item } | undefined {
    const start = this.at;
    const c = this.text[start];
    let min: number;
    let max: number | undefined;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, undefined];
    else if (c === "+") [min, max] = [1, undefined];
    else if (c === "{") {
      const repeat = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(this.text.slice(start, start + 12));
      if (repeat === null) return undefined;
      min = Number(repeat[1]);
      max = repeat[2] === undefined ? min : repeat[3] === "" ? undefined : Number(repeat[3]);
      if (min > MAX_REPEAT || (max !== undefined && (max > MAX_REPEAT || max < min))) return undefined;
      this.at += repeat[0].length - 1;
    } else return { source: atom, item: { kind: "step", min: 1, max: 1 } };
    this.at += 1;
    // Lazy (`*?`) or greedy, the first match is the same leftmost-first one in both.
    if (this.text[this.at] === "?") this.at += 1;
    // `a**`, `a+*`, `a??+`: RE2 refuses a repetition of a repetition.
    if (QUANTIFIER_START.has(this.text[this.at] ?? "")) return undefined;
    const source = atom + this.text.slice(start, this.at);
    return { source, item: { kind: "step", min, max } };
  }

  /** After a backslash: the escape as JavaScript source; `inClass` when inside `[…]`, where only single characters may stand. */
  private escape(inClass: boolean): string | undefined {
    const c = this.text[this.at];
    if (c === undefined) return undefined;
    this.at += 1;
    if (c === "d" || c === "D" || c === "w" || c === "W") return `\\${c}`;
    if (c === "s") return inClass ? RE2_SPACE : `[${RE2_SPACE}]`;
    if (c === "S") return inClass ? undefined : `[^${RE2_SPACE}]`;
    if (CONTROL_ESCAPES.has(c)) return `\\${c}`;
    // RE2 takes any other escaped ASCII character that is not a word character as itself.
    if (/[A-Za-z0-9_]/.test(c)) return undefined;
    return literal(c, inClass);
  }

  private characterClass(): string | undefined {
    let source = "[";
    if (this.text[this.at] === "^") {
      source += "^";
      this.at += 1;
    }
    if (this.text[this.at] === "]") return undefined;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) return undefined;
      if (c === "]") {
        this.at += 1;
        return `${source}]`;
      }
      if (c === "[" && this.text[this.at + 1] === ":") return undefined;
      const low = this.classMember();
      if (low === undefined) return undefined;
      // A range: `a-z`, between two single characters (not at the end, where `-` is literal).
      if (this.text[this.at] === "-" && this.text[this.at + 1] !== "]" && this.text[this.at + 1] !== undefined) {
        this.at += 1;
        const high = this.classMember();
        if (high === undefined || low.char === undefined || high.char === undefined || low.char > high.char) return undefined;
        source += `${low.source}-${high.source}`;
      } else source += low.source;
    }
  }

  /** One member of a class: a character (`char` set, for ranges) or a class escape. */
  private classMember(): { source: string; char?: string } | undefined {
    const c = this.text[this.at] as string;
    this.at += 1;
    if (c !== "\\") return { source: literal(c, true), char: c };
    const next = this.text[this.at];
    const source = this.escape(true);
    if (source === undefined || next === undefined) return undefined;
    const single = !/[dDwWs]/.test(next);
    const char = CONTROL_ESCAPES.has(next) ? CONTROL_CHARS[next] : next;
    return single ? { source, ...(char !== undefined ? { char } : {}) } : { source };
  }
}

const QUANTIFIER_START = new Set("?*+{");
const CONTROL_CHARS: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };

/** A literal character as JavaScript source, escaped where JavaScript would read it as syntax. */
function literal(c: string, inClass: boolean): string {
  return (inClass ? CLASS_SYNTAX : SYNTAX).has(c) ? `\\${c}` : c;
}
