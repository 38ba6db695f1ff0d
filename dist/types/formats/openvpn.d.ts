import type { Parser } from "../types.js";
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
    unread: null | {
        $unknown: string;
    };
}
/**
 * OpenVPN configuration (`server.conf`, `client.ovpn`): one option per line with its arguments,
 * `#` / `;` comments (at the start of a line or of a word), double quotes with backslash
 * escapes, single quotes taken literally, and inline blocks such as `<ca>` or `<tls-crypt>`
 * whose content is never read into the value. An unterminated quote or inline block is an
 * error, as it is for OpenVPN.
 */
export declare const openvpnParser: Parser;
/** Whether `text` looks like an OpenVPN configuration: both its device and its role. */
export declare function sniffOpenVpn(text: string): boolean;
