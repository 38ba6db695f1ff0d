import type { Parser } from "../types.js";
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
export type UsbGuardConfig = {
    settings: Record<string, string>;
} | {
    rules: UsbGuardRule[];
};
/**
 * USBGuard (usbguard-daemon.conf(5), usbguard-rules.conf(5)). `usbguard-daemon.conf` is
 * `Key=Value` lines; any other file is a rule file: one rule per line, `target attributes`, where
 * an attribute is a name and a value or an optional set operator and `{ values }`, and `if`
 * starts a condition that runs to the end of the line. `#` starts a comment line. An unknown
 * target, an attribute without a value, an unterminated quote or set is an error, as the daemon
 * refuses such a file.
 */
export declare const usbguardParser: Parser;
