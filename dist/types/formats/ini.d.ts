import type { Parser } from "../types.js";
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
    global: {
        keys: Record<string, string | boolean>;
        entries: IniEntry[];
    };
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
export declare const iniParser: Parser;
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
export declare function readHeader(text: string, start: number, end: number, strict: boolean): Header | string;
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
    unread: null | {
        $unknown: string;
    };
}
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
export declare const sambaParser: Parser;
/** The canonical spelling of a Samba parameter name, with whether its boolean value is inverted. */
export declare function canonicalSambaKey(key: string): {
    name: string;
    inverted: boolean;
};
