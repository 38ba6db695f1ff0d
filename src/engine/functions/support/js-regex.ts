/**
 * RE2 patterns that a JavaScript regular expression reads exactly alike, and a bound on the work
 * a backtracking match of them can do. Loading re2js and matching with it costs a run about 15 ms
 * and 5 µs a call while V8 is cold (a `[0-9]` test of 10,000 image tags: 50 ms, against 2 ms
 * for the same RegExp); the built-in policies' patterns (`[0-9]`, a tag naming a build) are all
 * in the subset read here. Anything outside it, and any call whose bound is over budget, is left
 * to RE2, whose matching is linear whatever the pattern and the text.
 *
 * The subset: literal printable ASCII; `.`; `^` and `$`; the escapes `\d \D \w \W \s \S \n \t
 * \r \f \v` and escaped punctuation; classes of those with ranges; groups (`(…)`, `(?:…)`) with
 * alternation; and quantifiers (`? * + {n} {n,} {n,m}`, greedy or lazy) on one character or
 * class, never on a group. Written out so that JavaScript (with the `u` flag, which reads code
 * points as RE2 does) means what RE2 means: `.` is `[^\n]`, `\s` is RE2's `[\t\n\f\r ]`, and a
 * literal `]` or `}` is escaped. Refused: flags (`(?i)`), named groups, POSIX and Unicode classes,
 * `\b`, `\A`, `\z`, `\Q…\E`, hex and octal escapes, a class starting with `]` (a literal to RE2,
 * an empty class to JavaScript), non-ASCII pattern text, and every syntax error, so that RE2
 * gives its own message.
 */
export interface JsEquivalent {
  /** The pattern as a JavaScript RegExp (unanchored, as RE2's `test` and `exec` search). */
  regex: RegExp;
  /**
   * Upper bound on the ways one match attempt can go for a text of `n` characters: the bounded
   * choices (quantifier counts, alternatives) times `(n + 1)` per unbounded quantifier.
   */
  bound(length: number): number;
}

/** The JavaScript equivalent of `pattern`, or undefined when it is outside the subset. */
export function jsEquivalent(pattern: string): JsEquivalent | undefined {
  if (!/^[\x20-\x7e]*$/.test(pattern)) return undefined;
  const reader = new PatternReader(pattern);
  const read = reader.alternation();
  if (read === undefined || reader.at < pattern.length) return undefined;
  let regex: RegExp;
  try {
    regex = new RegExp(read.source, "u");
  } catch {
    return undefined;
  }
  const { choices, unbounded, consumed } = read;
  const size = pattern.length;
  return {
    regex,
    // Positions tried × paths per position × steps per path (characters consumed plus the pattern).
    bound: (length) => (length + 1) * choices * (length + 1) ** unbounded * (consumed + unbounded * length + size),
  };
}

/** A part of a pattern read: its JavaScript source and what bounds its matching. */
interface Read {
  source: string;
  /** Product of the bounded choices along a path, summed over alternatives. */
  choices: number;
  /** Unbounded quantifiers (`*`, `+`, `{n,}`). */
  unbounded: number;
  /** Most characters the bounded quantifiers and single atoms consume along a path. */
  consumed: number;
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
  at = 0;

  constructor(private readonly text: string) {}

  alternation(): Read | undefined {
    const branches: Read[] = [];
    for (;;) {
      const branch = this.sequence();
      if (branch === undefined) return undefined;
      branches.push(branch);
      if (this.text[this.at] !== "|") break;
      this.at += 1;
    }
    return {
      source: branches.map((b) => b.source).join("|"),
      choices: branches.reduce((sum, b) => sum + b.choices, 0),
      unbounded: Math.max(...branches.map((b) => b.unbounded)),
      consumed: Math.max(...branches.map((b) => b.consumed)),
    };
  }

  private sequence(): Read | undefined {
    const read: Read = { source: "", choices: 1, unbounded: 0, consumed: 0 };
    while (this.at < this.text.length && this.text[this.at] !== "|" && this.text[this.at] !== ")") {
      const item = this.item();
      if (item === undefined) return undefined;
      read.source += item.source;
      read.choices *= item.choices;
      read.unbounded += item.unbounded;
      read.consumed += item.consumed;
    }
    return read;
  }

  private item(): Read | undefined {
    const c = this.text[this.at] as string;
    if (c === "(") return this.group();
    if (c === "^" || c === "$") {
      this.at += 1;
      return QUANTIFIER_START.has(this.text[this.at] ?? "") ? undefined : { source: c, choices: 1, unbounded: 0, consumed: 0 };
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

  private group(): Read | undefined {
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
    // A quantified group can backtrack in ways no small bound covers: left to RE2.
    if (QUANTIFIER_START.has(this.text[this.at] ?? "")) return undefined;
    return { ...inner, source: `${open}${inner.source})` };
  }

  private quantified(atom: string): Read | undefined {
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
    } else return { source: atom, choices: 1, unbounded: 0, consumed: 1 };
    this.at += 1;
    // Lazy (`*?`) or greedy, the first match is the same leftmost-first one in both.
    if (this.text[this.at] === "?") this.at += 1;
    // `a**`, `a+*`, `a??+`: RE2 refuses a repetition of a repetition.
    if (QUANTIFIER_START.has(this.text[this.at] ?? "")) return undefined;
    const source = atom + this.text.slice(start, this.at);
    return max === undefined ? { source, choices: 1, unbounded: 1, consumed: min } : { source, choices: max - min + 1, unbounded: 0, consumed: max };
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
