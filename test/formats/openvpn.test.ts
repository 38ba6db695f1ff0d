import { describe, expect, it } from "vitest";
import { openvpnParser } from "../../src/formats/openvpn.js";
import type { DocPath, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

const KEY_LINE = "0123456789abcdef0123456789abcdef";

// Modelled on the sample server.conf and the PAM/OTP setups named in FORMATS.md 3.7.
const SERVER = [
  "# OpenVPN server with PAM + Google Authenticator", //                      1
  "port 1194", //                                                             2
  "proto udp", //                                                             3
  "dev tun", //                                                               4
  "ca ca.crt", //                                                             5
  "server 10.8.0.0 255.255.255.0", //                                         6
  'push "redirect-gateway def1 bypass-dhcp"', //                              7
  'push "dhcp-option DNS 10.8.0.1"', //                                       8
  "plugin /usr/lib/openvpn/openvpn-plugin-auth-pam.so openvpn", //            9
  'auth-user-pass-verify "/etc/openvpn/verify.sh" via-file ; checks OTP', // 10
  "script-security 2", //                                                     11
  "reneg-sec 0", //                                                           12
  "--duplicate-cn", //                                                        13
  "<tls-crypt>", //                                                           14
  "-----BEGIN OpenVPN Static key V1-----", //                                 15
  KEY_LINE, //                                                                16
  "-----END OpenVPN Static key V1-----", //                                   17
  "</tls-crypt>", //                                                          18
  "static-challenge 'Enter \"OTP\"' 1", //                                    19
  "",
].join("\n");

describe("openvpnParser", () => {
  const document = only(openvpnParser.parse(SERVER, "etc/openvpn/server.conf"));

  it("reads directives in order, and the last arguments of each option", () => {
    expect(document.value).toEqual({
      directives: [
        { name: "port", args: ["1194"], inline: false },
        { name: "proto", args: ["udp"], inline: false },
        { name: "dev", args: ["tun"], inline: false },
        { name: "ca", args: ["ca.crt"], inline: false },
        { name: "server", args: ["10.8.0.0", "255.255.255.0"], inline: false },
        { name: "push", args: ["redirect-gateway def1 bypass-dhcp"], inline: false },
        { name: "push", args: ["dhcp-option DNS 10.8.0.1"], inline: false },
        { name: "plugin", args: ["/usr/lib/openvpn/openvpn-plugin-auth-pam.so", "openvpn"], inline: false },
        { name: "auth-user-pass-verify", args: ["/etc/openvpn/verify.sh", "via-file"], inline: false },
        { name: "script-security", args: ["2"], inline: false },
        { name: "reneg-sec", args: ["0"], inline: false },
        { name: "duplicate-cn", args: [], inline: false },
        { name: "tls-crypt", args: [], inline: true },
        { name: "static-challenge", args: ['Enter "OTP"', "1"], inline: false },
      ],
      options: {
        port: ["1194"],
        proto: ["udp"],
        dev: ["tun"],
        ca: ["ca.crt"],
        server: ["10.8.0.0", "255.255.255.0"],
        push: ["dhcp-option DNS 10.8.0.1"],
        plugin: ["/usr/lib/openvpn/openvpn-plugin-auth-pam.so", "openvpn"],
        "auth-user-pass-verify": ["/etc/openvpn/verify.sh", "via-file"],
        "script-security": ["2"],
        "reneg-sec": ["0"],
        "duplicate-cn": [],
        "tls-crypt": [],
        "static-challenge": ['Enter "OTP"', "1"],
      },
      unread: null,
    });
  });

  it("marks a file that reads another with config as partly unread, at that line", () => {
    const parsed = openvpnParser.parse("port 1194\nconfig common.conf\nverb 3\n", "server.conf");
    if (!parsed.ok) throw new Error("expected a parse");
    const document = parsed.documents[0]!;
    expect((document.value as { unread: unknown }).unread).toEqual({ $unknown: "config common.conf brings in options from a file that is not read" });
    expect(document.locate(["unread"])).toMatchObject({ line: 2, column: 1 });
  });

  it("never keeps an inline block's content", () => {
    expect(JSON.stringify(document.value)).not.toContain(KEY_LINE);
  });

  it.each([
    ["a quoted argument, quotes included", ["directives", 6, "args", 0], range(8, 6, 8, 32)],
    ["the last occurrence of a repeated option", ["options", "push", 0], range(8, 6, 8, 32)],
    ["an option's arguments", ["options", "plugin"], range(9, 8, 9, 59)],
    ["an argument before a comment", ["options", "auth-user-pass-verify", 1], range(10, 48, 10, 56)],
    ["a flag written with '--'", ["options", "duplicate-cn"], range(13, 1, 13, 15)],
    ["an inline block: all of it", ["options", "tls-crypt"], range(14, 1, 18, 13)],
    ["an inline block's tag", ["directives", 12, "name"], range(14, 1, 14, 12)],
    ["a single-quoted argument", ["options", "static-challenge", 0], range(19, 18, 19, 31)],
    ["a missing option: the whole file", ["options", "verify-client-cert"], range(1, 1, 19, 33)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it.each([
    ["CRLF", SERVER.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${SERVER}`],
    ["BOM and CRLF", `\uFEFF${SERVER.replace(/\n/g, "\r\n")}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const other = only(openvpnParser.parse(variant, "server.conf"));
    expect(other.value).toEqual(document.value);
    for (const path of [["options", "tls-crypt"], ["options", "static-challenge", 0], ["directives", 8]] as DocPath[]) {
      expect(other.locate(path)).toEqual(document.locate(path));
    }
  });

  it.each([
    ["an unterminated quote", 'port 1194\nauth-user-pass "/etc/openvpn/pass\n', "unterminated quote", range(2, 16, 2, 17)],
    ["an unclosed inline block", `ca ca.crt\n<key>\n${KEY_LINE}\n`, "inline block is not closed", range(2, 1, 2, 6)],
    ["a closing tag alone", "</ca>\n", "closing tag without an opening tag", range(1, 1, 1, 6)],
  ])("reports %s with its position, never the text", (_name, text, message, expected) => {
    expect(openvpnParser.parse(text, "server.conf")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});
