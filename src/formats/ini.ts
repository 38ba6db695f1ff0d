import type { DocPath, Parser, ParseResult } from "../types.js";
import { ownValue } from "../plain-data.js";
import { LineIndex, stripBom } from "./positions.js";
import { PathRanges, rangedResult, failure, lineSpans, setOwn, isBlank, skipBlanks, trimBlanks, type LineSpan } from "./line-ranges.js";

/** One `key = value` line of an INI file. */
export interface IniEntry {
  /** The key as written. */
  key: string;
  /** The value, quotes removed; `true` for a bare key without `=` (my.cnf `skip-networking`). */
  value: string | boolean;
}

/** A section, or the keys written before the first section. */
export interface IniSection {
  /** Section name as written between the brackets. */
  name: string;
  /** Each key's value; for a repeated key, the last one. */
  keys: Record<string, string | boolean>;
  /** Every entry, repeats included, in file order. */
  entries: IniEntry[];
}

/** A my.cnf `!include` / `!includedir` line. */
export interface IniInclude {
  directive: "include" | "includedir";
  path: string;
}

/** The value of an `ini` document. */
export interface IniValue {
  /** Keys outside any section. */
  global: { keys: Record<string, string | boolean>; entries: IniEntry[] };
  /** Sections in file order; a repeated name gives a second section. */
  sections: IniSection[];
  /** my.cnf include directives, in file order. */
  includes: IniInclude[];
}

/**
 * Generic INI (php.ini, my.cnf, many `*.ini` / `*.cnf` files): `[section]`, `key = value`,
 * whole-line `;` / `#` comments, and inline comments that start with whitespace then `;` or
 * `#` outside quotes (PHP and MySQL both read those). Values are strings with one pair of
 * surrounding quotes removed; a line without `=` is a bare key set to `true`. Booleans such
 * as php.ini's `On`/`Off` are left as written: their meaning depends on the program.
 */
export const iniParser: Parser = {
  id: "ini",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value: IniValue = { global: { keys: {}, entries: [] }, sections: [], includes: [] };
    let current: { keys: Record<string, string | boolean>; entries: IniEntry[] } = value.global;
    let prefix: DocPath = ["global"];
    for (const span of lineSpans(text)) {
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end) continue;
      const first = text.charAt(start);
      if (first === ";" || first === "#") continue;
      if (first === "[") {
        const header = readHeader(text, start, end, true);
        if (typeof header === "string") return failure(header, lines.range(start, end));
        const section: IniSection = { name: text.slice(header.nameStart, header.nameEnd), keys: {}, entries: [] };
        prefix = ["sections", value.sections.length];
        value.sections.push(section);
        current = section;
        ranges.set(prefix, start, header.close + 1);
        ranges.set([...prefix, "name"], header.nameStart, header.nameEnd);
        continue;
      }
      if (first === "!") {
        const match = /^!(includedir|include)[ \t]+(\S.*)$/.exec(text.slice(start, end));
        const directive = match?.[1];
        const target = match?.[2];
        if (directive !== "include" && directive !== "includedir" || target === undefined) {
          return failure("unknown '!' directive: expected !include or !includedir with a path", lines.range(start, end));
        }
        const index = value.includes.length;
        value.includes.push({ directive, path: target });
        ranges.set(["includes", index], start, end);
        ranges.set(["includes", index, "path"], end - target.length, end);
        continue;
      }
      const entry = readIniEntry(text, start, end);
      if (typeof entry === "string") return failure(entry, lines.range(start, end));
      const index = current.entries.length;
      const parsed: IniEntry = { key: entry.key, value: entry.value };
      current.entries.push(parsed);
      setOwn(current.keys, entry.key, entry.value);
      const valueStart = entry.valueStart ?? entry.keyStart;
      const valueEnd = entry.valueEnd ?? entry.keyEnd;
      if (current === value.global && index === 0) ranges.set(["global"], start, entry.lineEnd);
      ranges.set([...prefix, "entries", index], start, entry.lineEnd);
      ranges.set([...prefix, "entries", index, "key"], entry.keyStart, entry.keyEnd);
      ranges.set([...prefix, "entries", index, "value"], valueStart, valueEnd);
      ranges.set([...prefix, "keys", entry.key], valueStart, valueEnd);
    }
    return rangedResult(file, value, ranges);
  },
};

/** Where a section header's parts are; or why it is not one. */
export interface Header {
  nameStart: number;
  nameEnd: number;
  close: number;
}

/**
 * Reads `[name]` from `text[start, end)`. With `strict`, only a comment may follow the `]`;
 * Samba ignores whatever follows it.
 */
export function readHeader(text: string, start: number, end: number, strict: boolean): Header | string {
  const close = text.indexOf("]", start);
  if (close < 0 || close >= end) return "section header has no closing ']'";
  const nameStart = skipBlanks(text, start + 1, close);
  const nameEnd = trimBlanks(text, nameStart, close);
  if (nameStart === nameEnd) return "section header has an empty name";
  if (strict) {
    const rest = skipBlanks(text, close + 1, end);
    const next = text.charAt(rest);
    if (rest < end && next !== ";" && next !== "#") return "unexpected text after section header";
  }
  return { nameStart, nameEnd, close };
}

interface RawEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: string | boolean;
  valueStart: number | undefined;
  valueEnd: number | undefined;
  lineEnd: number;
}

function readIniEntry(text: string, start: number, end: number): RawEntry | string {
  const equals = text.indexOf("=", start);
  if (equals < 0 || equals >= end) {
    const keyEnd = inlineCommentStart(text, start, end);
    return { key: text.slice(start, keyEnd), keyStart: start, keyEnd, value: true, valueStart: undefined, valueEnd: undefined, lineEnd: keyEnd };
  }
  const keyEnd = trimBlanks(text, start, equals);
  if (keyEnd === start) return "missing key before '='";
  const key = text.slice(start, keyEnd);
  const valueStart = skipBlanks(text, equals + 1, end);
  const quote = text.charAt(valueStart);
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, valueStart + 1);
    if (close < 0 || close >= end) return "unterminated quoted value";
    const after = inlineCommentStart(text, close + 1, end);
    if (after === close + 1) {
      const value = text.slice(valueStart + 1, close);
      return { key, keyStart: start, keyEnd, value, valueStart, valueEnd: close + 1, lineEnd: close + 1 };
    }
  }
  const valueEnd = inlineCommentStart(text, valueStart, end);
  const value = text.slice(valueStart, valueEnd);
  if (valueEnd === valueStart) return { key, keyStart: start, keyEnd, value, valueStart: undefined, valueEnd: undefined, lineEnd: equals + 1 };
  return { key, keyStart: start, keyEnd, value, valueStart, valueEnd, lineEnd: valueEnd };
}

/** End of the content of `text[start, end)` before an inline comment (whitespace, then `;` or `#`, outside quotes). */
function inlineCommentStart(text: string, start: number, end: number): number {
  let quote = "";
  for (let i = start; i < end; i++) {
    const char = text.charAt(i);
    if (quote !== "") {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if ((char === ";" || char === "#") && i > start && isBlank(text.charCodeAt(i - 1))) {
      return trimBlanks(text, start, i);
    }
  }
  return trimBlanks(text, start, end);
}

// ---------------------------------------------------------------------------------------------

/** A Samba value: booleans normalised, everything else as written (continuations joined by one space). */
export type SambaValue = string | boolean;

/** One parameter line of smb.conf. */
export interface SambaEntry {
  /** The name as written, e.g. `Guest OK`. */
  key: string;
  /** The canonical name: lower case, spaces removed, synonyms resolved (`public` → `guestok`). */
  canonicalKey: string;
  /** The value, boolean when Samba would read it as one; inverted for inverse synonyms (`writable = yes` → `readonly: false`). */
  value: SambaValue;
  /** The value text as written. */
  raw: string;
}

/** A `[share]` section, or the merged global parameters. */
export interface SambaSection {
  /** Section name as written. */
  name: string;
  /** Each canonical parameter's value; for a repeated parameter, the last one. */
  keys: Record<string, SambaValue>;
  /** Every parameter line, in file order. */
  entries: SambaEntry[];
}

/** The value of an `smb-conf` document. */
export interface SambaConfig {
  /** Parameters before the first section and in every `[global]` section, merged in file order. */
  global: SambaSection;
  /** Every other section (`[homes]`, `[printers]`, shares) in file order. */
  sections: SambaSection[];
  /**
   * `null`, or an unknown marker placed at the first `include =` line: Samba reads the included
   * file at that point, norecur does not, so any setting may differ from what the file shows.
   */
  unread: null | { $unknown: string };
}

/** Synonyms from smb.conf(5), by canonical spelling, mapped to the canonical name of their parameter. */
const SAMBA_SYNONYMS: Readonly<Record<string, string>> = {
  public: "guestok",
  onlyguest: "guestonly",
  minprotocol: "serverminprotocol",
  maxprotocol: "servermaxprotocol",
  protocol: "servermaxprotocol",
  allowhosts: "hostsallow",
  denyhosts: "hostsdeny",
  browsable: "browseable",
  createmode: "createmask",
  directorymode: "directorymask",
  directory: "path",
  printok: "printable",
  smbencrypt: "serversmbencrypt",
  user: "username",
  users: "username",
  group: "forcegroup",
};

/** Inverse synonyms: `writable = yes` means `read only = no`. */
const SAMBA_INVERSE: Readonly<Record<string, string>> = {
  writable: "readonly",
  writeable: "readonly",
  writeok: "readonly",
};

/** Boolean parameters that policies care about, for which `1` / `0` mean yes / no as well. */
const SAMBA_BOOLEANS = new Set([
  "guestok",
  "guestonly",
  "readonly",
  "browseable",
  "printable",
  "nullpasswords",
  "usershareallowguests",
  "encryptpasswords",
  "ntlmauth",
  "lanmanauth",
  "followsymlinks",
  "widelinks",
  "unixextensions",
  "allowinsecurewidelinks",
  "available",
  "inheritpermissions",
  "loadprinters",
]);

/**
 * Samba's smb.conf. Parameter names are matched as Samba matches them: case-insensitive, spaces
 * insignificant, synonyms resolved; `canonicalKey` is that name in lower case without spaces
 * (`Guest OK` and `public` → `guestok`). Values of `yes/no/true/false/on/off` become booleans,
 * and so do `1/0` for the boolean parameters policies check.
 *
 * Like Samba: only whole lines are comments (`;` inside a value is kept), a `\` at the end of a
 * parameter line continues it, text after a section's `]` is ignored, and a line without `=`
 * is skipped (Samba logs it and goes on). A header without `]` or a line starting with `=` is
 * an error, as it is for Samba.
 */
export const sambaParser: Parser = {
  id: "smb-conf",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value: SambaConfig = { global: { name: "global", keys: {}, entries: [] }, sections: [], unread: null };
    let current = value.global;
    let prefix: DocPath = ["global"];
    let globalSeen = false;
    const spans = lineSpans(text);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      if (span === undefined) break;
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end) continue;
      const first = text.charAt(start);
      if (first === ";" || first === "#") continue;
      if (first === "[") {
        const header = readHeader(text, start, end, false);
        if (typeof header === "string") return failure(header, lines.range(start, end));
        const name = text.slice(header.nameStart, header.nameEnd);
        if (name.toLowerCase() === "global") {
          current = value.global;
          prefix = ["global"];
          if (!globalSeen) ranges.set(prefix, start, header.close + 1);
          globalSeen = true;
        } else {
          prefix = ["sections", value.sections.length];
          current = { name, keys: {}, entries: [] };
          value.sections.push(current);
          ranges.set(prefix, start, header.close + 1);
          ranges.set([...prefix, "name"], header.nameStart, header.nameEnd);
        }
        continue;
      }
      // A parameter line, joined with the lines its trailing backslashes continue.
      const parts: LineSpan[] = [{ start, end }];
      let last = { start, end };
      while (text.charAt(last.end - 1) === "\\" && i + 1 < spans.length) {
        const next = spans[++i];
        if (next === undefined) break;
        last = { start: skipBlanks(text, next.start, next.end), end: trimBlanks(text, next.start, next.end) };
        parts.push(last);
      }
      const equals = text.indexOf("=", start);
      if (equals < 0 || equals >= end) continue;
      const keyEnd = trimBlanks(text, start, equals);
      if (keyEnd === start) return failure("missing parameter name before '='", lines.range(start, end));
      const pieces: string[] = [];
      let valueStart: number | undefined;
      let valueEnd = equals + 1;
      parts.forEach((part, n) => {
        const from = n === 0 ? skipBlanks(text, equals + 1, part.end) : part.start;
        const to = trimBlanks(text, from, n < parts.length - 1 ? part.end - 1 : part.end);
        if (to === from) return;
        valueStart ??= from;
        valueEnd = to;
        pieces.push(text.slice(from, to));
      });
      const key = text.slice(start, keyEnd);
      const rawValue = pieces.join(" ");
      const entry = sambaEntry(key, rawValue);
      if (!globalSeen && current === value.global && current.entries.length === 0) ranges.set(prefix, start, valueEnd);
      const index = current.entries.length;
      current.entries.push(entry);
      setOwn(current.keys, entry.canonicalKey, entry.value);
      const at = [...prefix, "entries", index];
      // An empty value has no text: its range is the whole `key =` line.
      const from = valueStart ?? start;
      const to = valueEnd;
      ranges.set(at, start, valueEnd);
      ranges.set([...at, "key"], start, keyEnd);
      ranges.set([...at, "canonicalKey"], start, keyEnd);
      ranges.set([...at, "value"], from, to);
      ranges.set([...at, "raw"], from, to);
      ranges.set([...prefix, "keys", entry.canonicalKey], from, to);
      if (entry.canonicalKey === "include" && value.unread === null) {
        value.unread = { $unknown: `include = ${rawValue} brings in settings from a file that is not read` };
        ranges.set(["unread"], from, to);
      }
    }
    return rangedResult(file, value, ranges);
  },
};

/** The canonical spelling of a Samba parameter name, with whether its boolean value is inverted. */
export function canonicalSambaKey(key: string): { name: string; inverted: boolean } {
  const squashed = key.toLowerCase().replace(/\s+/g, "");
  // Own entries only: a parameter named `constructor` is a name, not Object's constructor.
  const inverse = ownValue(SAMBA_INVERSE, squashed);
  if (inverse !== undefined) return { name: inverse, inverted: true };
  return { name: ownValue(SAMBA_SYNONYMS, squashed) ?? squashed, inverted: false };
}

function sambaEntry(key: string, raw: string): SambaEntry {
  const canonical = canonicalSambaKey(key);
  const word = raw.toLowerCase();
  let value: SambaValue = raw;
  if (word === "yes" || word === "true" || word === "on") value = true;
  else if (word === "no" || word === "false" || word === "off") value = false;
  else if ((word === "1" || word === "0") && (canonical.inverted || SAMBA_BOOLEANS.has(canonical.name))) value = word === "1";
  if (canonical.inverted && typeof value === "boolean") value = !value;
  return { key, canonicalKey: canonical.name, value, raw };
}
