import type { ParseResult, Parser } from "../types.js";
import { PathRanges, failure, isBlank, lineSpans, rangedResult, setOwn, skipBlanks, trimBlanks } from "./line-ranges.js";
import { LineIndex, stripBom } from "./positions.js";

/** One directive line, or one inline `<tag>...</tag>` block. */
export interface OpenVpnDirective {
  /** Option name without a leading `--`, e.g. `plugin`, `reneg-sec`, `ca`. */
  name: string;
  /** Arguments, quotes and escapes resolved; empty for an inline block. */
  args: string[];
  /** An inline block such as `<ca>`: only its presence and range are kept, never its content (it may hold keys). */
  inline: boolean;
}

/** The value of an `openvpn` document. */
export interface OpenVpnConfig {
  /** Every directive and inline block, in file order (`push`, `route`, `plugin` repeat). */
  directives: OpenVpnDirective[];
  /** Each option's arguments from its last occurrence; `[]` for a flag or an inline block. */
  options: Record<string, string[]>;
  /**
   * `null`, or an unknown marker at the first `config FILE` line: OpenVPN reads that file's
   * options in place, norecur does not, so any option may differ from what this file shows.
   */
  unread: null | { $unknown: string };
}

/**
 * OpenVPN configuration (`server.conf`, `client.ovpn`): one option per line with its arguments,
 * `#` / `;` comments (at the start of a line or of a word), double quotes with backslash
 * escapes, single quotes taken literally, and inline blocks such as `<ca>` or `<tls-crypt>`
 * whose content is never read into the value. An unterminated quote or inline block is an
 * error, as it is for OpenVPN.
 */
export const openvpnParser: Parser = {
  id: "openvpn",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value: OpenVpnConfig = { directives: [], options: {}, unread: null };
    const spans = lineSpans(text);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      if (span === undefined) break;
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end || text.charAt(start) === "#" || text.charAt(start) === ";") continue;
      const at = value.directives.length;
      const tag = /^<(\/?)([A-Za-z0-9-]+)>$/.exec(text.slice(start, end));
      if (tag !== null) {
        const name = tag[2] ?? "";
        if (tag[1] === "/") return failure("closing tag without an opening tag", lines.range(start, end));
        const close = findClose(text, spans, i + 1, name);
        if (close === undefined) return failure("inline block is not closed", lines.range(start, end));
        value.directives.push({ name, args: [], inline: true });
        setOwn(value.options, name, []);
        ranges.set(["directives", at], start, close.end);
        ranges.set(["directives", at, "name"], start, end);
        ranges.set(["options", name], start, close.end);
        i = close.line;
        continue;
      }
      const words = splitWords(text, start, end);
      if (!Array.isArray(words)) return failure(words.message, lines.pointRange(words.offset));
      const [first, ...args] = words;
      if (first === undefined) continue;
      const name = first.text.startsWith("--") ? first.text.slice(2) : first.text;
      const lineEnd = (words[words.length - 1] ?? first).end;
      value.directives.push({ name, args: args.map((word) => word.text), inline: false });
      setOwn(value.options, name, args.map((word) => word.text));
      ranges.set(["directives", at], first.start, lineEnd);
      ranges.set(["directives", at, "name"], first.start, first.end);
      ranges.set(["options", name], first.start, lineEnd);
      const firstArg = args[0];
      if (firstArg !== undefined) {
        ranges.set(["directives", at, "args"], firstArg.start, lineEnd);
        ranges.set(["options", name], firstArg.start, lineEnd);
      }
      args.forEach((word, n) => {
        ranges.set(["directives", at, "args", n], word.start, word.end);
        ranges.set(["options", name, n], word.start, word.end);
      });
      if (name === "config" && firstArg !== undefined && value.unread === null) {
        value.unread = { $unknown: `config ${firstArg.text} brings in options from a file that is not read` };
        ranges.set(["unread"], first.start, lineEnd);
      }
    }
    return rangedResult(file, value, ranges);
  },
};

/** The line closing inline block `name`, searched from line `from`. */
function findClose(text: string, spans: ReturnType<typeof lineSpans>, from: number, name: string): { line: number; end: number } | undefined {
  for (let line = from; line < spans.length; line++) {
    const span = spans[line];
    if (span === undefined) break;
    const start = skipBlanks(text, span.start, span.end);
    const end = trimBlanks(text, start, span.end);
    if (text.slice(start, end) === `</${name}>`) return { line, end };
  }
  return undefined;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Splits one line into words as OpenVPN's `parse_line` does. */
function splitWords(text: string, start: number, end: number): Word[] | { message: string; offset: number } {
  const words: Word[] = [];
  let at = start;
  while (at < end) {
    if (isBlank(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const char = text.charAt(at);
    if (char === "#" || char === ";") break;
    const wordStart = at;
    let word = "";
    while (at < end && !isBlank(text.charCodeAt(at))) {
      const current = text.charAt(at);
      if (current === '"' || current === "'") {
        const close = closingQuote(text, at, end, current);
        if (close < 0) return { message: "unterminated quote", offset: at };
        word += unescape(text.slice(at + 1, close), current);
        at = close + 1;
      } else if (current === "\\" && at + 1 < end) {
        word += text.charAt(at + 1);
        at += 2;
      } else {
        word += current;
        at++;
      }
    }
    words.push({ text: word, start: wordStart, end: at });
  }
  return words;
}

function closingQuote(text: string, open: number, end: number, quote: string): number {
  for (let at = open + 1; at < end; at++) {
    const char = text.charAt(at);
    if (quote === '"' && char === "\\") at++;
    else if (char === quote) return at;
  }
  return -1;
}

function unescape(inner: string, quote: string): string {
  return quote === '"' ? inner.replace(/\\(.)/g, "$1") : inner;
}

/** `dev tun` / `dev tap0`: the virtual device every OpenVPN configuration names, and nothing else writes so. */
const OPENVPN_DEVICE = /^[ \t]*-{0,2}dev[ \t]+(?:tun|tap)\w*[ \t]*(?:[#;].*)?$/m;

/** The role or the peer: a server, a client, a remote to connect to, its transport or its TLS material. */
const OPENVPN_ROLE = /^[ \t]*-{0,2}(?:server[ \t]+\d|client[ \t]*$|remote[ \t]+\S|proto[ \t]+(?:udp|tcp)|tls-(?:server|client|auth|crypt)\b|ca[ \t]+\S|mode[ \t]+server)/m;

/** Whether `text` looks like an OpenVPN configuration: both its device and its role. */
export function sniffOpenVpn(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return OPENVPN_DEVICE.test(head) && OPENVPN_ROLE.test(head);
}
