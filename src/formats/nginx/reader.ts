/**
 * nginx's tokenizer, ported from `ngx_conf_read_token` (src/core/ngx_conf_file.c) so that a
 * file splits into the same words nginx sees. The rules that surprise people:
 *
 * - `;` and `{` end an unquoted word; `}` does not (it is only special where a word may start).
 *   So `location ~ ^/(a|b){2}/ {` opens a block after `^/(a|b)`: nginx requires a regex holding
 *   `{` or `;` to be quoted. We report that case as an error instead of misreading the file.
 * - `${` does not end a word: it starts a `${name}` variable.
 * - A closing quote must be followed by whitespace, `;`, `{` or `)`.
 * - `#` starts a comment only where a word may start; `a#b` is one word.
 * - A backslash keeps the next character in the word; when the word is stored, `\"`, `\'` and
 *   `\\` lose the backslash, `\t`, `\r`, `\n` become control characters, and any other
 *   backslash is kept.
 */

/** One argument as written: its value after unescaping, and its span including any quotes. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** What one call to `read` found. Offsets are string indices into the text. */
export type Statement =
  | { kind: "directive"; words: Word[]; end: number }
  | { kind: "block"; words: Word[]; open: number }
  | { kind: "close"; at: number }
  | { kind: "eof" };

/** A syntax error at an offset (`end` defaults to one character). */
export class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly at: number,
    readonly end?: number,
  ) {}
}

/** A `{2}` or `{1,3}` right after a word: a regex quantifier, never a block. */
const QUANTIFIER = /^\d+(,\d*)?\}/;

/** Reads statements one at a time; the offset is its only state. */
export class Reader {
  private pos = 0;

  constructor(readonly text: string) {}

  /** Offset of the next unread character. */
  get offset(): number {
    return this.pos;
  }

  /** Continues after text consumed by someone else (a raw Lua block). */
  seek(offset: number): void {
    this.pos = offset;
  }

  /** The next directive, block opening, block end or end of file; throws `SyntaxFailure`. */
  read(): Statement {
    const text = this.text;
    const words: Word[] = [];
    let lastSpace = true;
    let needSpace = false;
    let comment = false;
    let escaped = false;
    let quote = "";
    let variable = false;
    let start = 0;

    for (;;) {
      if (this.pos >= text.length) {
        if (quote !== "") {
          throw new SyntaxFailure(`unexpected end of file, expecting closing ${quote === '"' ? "'\"'" : '"\'"'} (unterminated string)`, start - 1);
        }
        if (words.length > 0 || !lastSpace) {
          throw new SyntaxFailure('unexpected end of file, expecting ";" or "}"', text.length, text.length);
        }
        return { kind: "eof" };
      }
      const at = this.pos;
      const ch = text[this.pos++] ?? "";

      if (comment) {
        if (ch === "\n") comment = false;
        continue;
      }
      if (escaped) {
        escaped = false;
        continue;
      }

      if (needSpace) {
        if (isSpace(ch)) {
          lastSpace = true;
          needSpace = false;
          continue;
        }
        if (ch === ";") return { kind: "directive", words, end: at + 1 };
        if (ch === "{") return { kind: "block", words, open: at };
        if (ch !== ")") throw new SyntaxFailure(`unexpected "${ch}" after a quoted string`, at);
        lastSpace = true;
        needSpace = false;
      }

      if (lastSpace) {
        start = at;
        if (isSpace(ch)) continue;
        switch (ch) {
          case ";":
          case "{":
            if (words.length === 0) throw new SyntaxFailure(`unexpected "${ch}"`, at);
            return ch === "{" ? { kind: "block", words, open: at } : { kind: "directive", words, end: at + 1 };
          case "}":
            if (words.length > 0) {
              throw new SyntaxFailure(`unexpected "}", expecting ";" to end the "${words[0]?.text ?? ""}" directive`, at);
            }
            return { kind: "close", at };
          case "#":
            comment = true;
            continue;
          case "\\":
            escaped = true;
            break;
          case '"':
          case "'":
            start = at + 1;
            quote = ch;
            break;
          case "$":
            variable = true;
            break;
          default:
            break;
        }
        lastSpace = false;
        continue;
      }

      if (ch === "{" && variable) continue;
      variable = false;
      if (ch === "\\") {
        escaped = true;
        continue;
      }
      if (ch === "$") {
        variable = true;
        continue;
      }

      let found = false;
      if (quote !== "") {
        if (ch === quote) {
          words.push({ text: unescape(text.slice(start, at)), start: start - 1, end: at + 1 });
          quote = "";
          needSpace = true;
          found = true;
        }
      } else if (isSpace(ch) || ch === ";" || ch === "{") {
        const word = text.slice(start, at);
        if (ch === "{" && QUANTIFIER.test(text.slice(at + 1, at + 12))) {
          throw new SyntaxFailure(
            `unexpected "{" in "${word}{": nginx ends the argument here; quote an argument that contains "{" or ";"`,
            at,
          );
        }
        words.push({ text: unescape(word), start, end: at });
        lastSpace = true;
        found = true;
      }
      if (!found || quote !== "" || needSpace) continue;
      if (ch === ";") return { kind: "directive", words, end: at + 1 };
      if (ch === "{") return { kind: "block", words, open: at };
    }
  }
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\r" || ch === "\n";
}

/** nginx's unescaping of a stored word (the loop at the end of `ngx_conf_read_token`). */
function unescape(raw: string): string {
  if (!raw.includes("\\")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? "";
    const next = raw[i + 1];
    if (ch === "\\" && next !== undefined) {
      if (next === '"' || next === "'" || next === "\\") {
        out += next;
        i++;
        continue;
      }
      const control = next === "t" ? "\t" : next === "r" ? "\r" : next === "n" ? "\n" : undefined;
      if (control !== undefined) {
        out += control;
        i++;
        continue;
      }
    }
    out += ch;
  }
  return out;
}
