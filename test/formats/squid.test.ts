import { describe, expect, it } from "vitest";
import { squidParser } from "../../src/formats/squid.js";
import type { DocPath, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

// The stock order (soltysss/tests squid.conf.tpl) with an allowlist, as in FORMATS.md 4.5.
const SQUID = [
  "# Recommended minimum configuration:", //                                     1
  "acl localnet src 10.0.0.0/8     # RFC1918 possible internal network", //      2
  "acl localnet src 192.168.0.0/16", //                                          3
  "acl SSL_ports port 443", //                                                   4
  "acl CONNECT method CONNECT", //                                               5
  'acl allowed dstdomain "/etc/squid/allowed.txt"', //                           6
  "acl allowed dstdomain .github.com \\", //                                     7
  "    .npmjs.org", //                                                           8
  "acl paste dstdom_regex -i pastebin", //                                       9
  "", //                                                                         10
  "http_access deny !SSL_ports CONNECT", //                                      11
  "http_access allow localnet allowed", //                                       12
  "http_access deny all", //                                                     13
  'request_header_add X-GoogApps-Allowed-Domains "example.co.jp" localnet', //   14
  "include /etc/squid/conf.d/*.conf", //                                         15
  "access_log daemon:/var/log/squid/access.log squid", //                        16
  "",
].join("\n");

describe("squidParser", () => {
  const document = only(squidParser.parse(SQUID, "etc/squid/squid.conf"));

  it("reads directives in order, merged ACLs and first-match access rules", () => {
    expect(document.value).toEqual({
      directives: [
        { name: "acl", args: ["localnet", "src", "10.0.0.0/8"] },
        { name: "acl", args: ["localnet", "src", "192.168.0.0/16"] },
        { name: "acl", args: ["SSL_ports", "port", "443"] },
        { name: "acl", args: ["CONNECT", "method", "CONNECT"] },
        { name: "acl", args: ["allowed", "dstdomain", "/etc/squid/allowed.txt"] },
        { name: "acl", args: ["allowed", "dstdomain", ".github.com", ".npmjs.org"] },
        { name: "acl", args: ["paste", "dstdom_regex", "-i", "pastebin"] },
        { name: "http_access", args: ["deny", "!SSL_ports", "CONNECT"] },
        { name: "http_access", args: ["allow", "localnet", "allowed"] },
        { name: "http_access", args: ["deny", "all"] },
        { name: "request_header_add", args: ["X-GoogApps-Allowed-Domains", "example.co.jp", "localnet"] },
        { name: "include", args: ["/etc/squid/conf.d/*.conf"] },
        { name: "access_log", args: ["daemon:/var/log/squid/access.log", "squid"] },
      ],
      acls: {
        localnet: { type: "src", flags: [], values: ["10.0.0.0/8", "192.168.0.0/16"], files: [] },
        SSL_ports: { type: "port", flags: [], values: ["443"], files: [] },
        CONNECT: { type: "method", flags: [], values: ["CONNECT"], files: [] },
        allowed: { type: "dstdomain", flags: [], values: [".github.com", ".npmjs.org"], files: ["/etc/squid/allowed.txt"] },
        paste: { type: "dstdom_regex", flags: ["-i"], values: ["pastebin"], files: [] },
      },
      http_access: [
        { action: "deny", acls: [{ name: "SSL_ports", negated: true }, { name: "CONNECT", negated: false }] },
        { action: "allow", acls: [{ name: "localnet", negated: false }, { name: "allowed", negated: false }] },
        { action: "deny", acls: [{ name: "all", negated: false }] },
      ],
      includes: ["/etc/squid/conf.d/*.conf"],
      request_header_add: [{ header: "X-GoogApps-Allowed-Domains", value: "example.co.jp", acls: [{ name: "localnet", negated: false }] }],
    });
  });

  it.each([
    ["a value on a continuation line", ["acls", "allowed", "values", 1], range(8, 5, 8, 15)],
    ["a value file, quotes included", ["acls", "allowed", "files", 0], range(6, 23, 6, 47)],
    ["an ACL: its first definition", ["acls", "allowed"], range(6, 1, 6, 47)],
    ["a value before a trailing comment", ["acls", "localnet", "values", 0], range(2, 18, 2, 28)],
    ["a flag", ["acls", "paste", "flags", 0], range(9, 24, 9, 26)],
    ["a negated ACL's name", ["http_access", 0, "acls", 0, "name"], range(11, 19, 11, 28)],
    ["a negated ACL reference", ["http_access", 0, "acls", 0], range(11, 18, 11, 28)],
    ["an access rule", ["http_access", 1], range(12, 1, 12, 35)],
    ["an access rule's action", ["http_access", 2, "action"], range(13, 13, 13, 17)],
    ["an added header's value", ["request_header_add", 0, "value"], range(14, 47, 14, 62)],
    ["an include", ["includes", 0], range(15, 9, 15, 33)],
    ["a continued directive", ["directives", 5], range(7, 1, 8, 15)],
    ["a missing ACL: the whole file", ["acls", "blocked"], range(1, 1, 16, 50)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it.each([
    ["CRLF", SQUID.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${SQUID}`],
    ["BOM and CRLF", `\uFEFF${SQUID.replace(/\n/g, "\r\n")}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const other = only(squidParser.parse(variant, "squid.conf"));
    expect(other.value).toEqual(document.value);
    for (const path of [["acls", "allowed", "values", 1], ["directives", 5], ["http_access", 0, "acls", 0, "name"]] as DocPath[]) {
      expect(other.locate(path)).toEqual(document.locate(path));
    }
  });

  it.each([
    ["an unterminated quote", 'acl a src 10.0.0.0/8\nacl allowed dstdomain "/etc/squid/allowed.txt\n', "unterminated quote", range(2, 23, 2, 24)],
    ["an unknown access action", "acl a src 10.0.0.0/8\nhttp_access permit a\n", "http_access needs 'allow' or 'deny'", range(2, 13, 2, 19)],
    ["an access rule without action", "http_access\n", "http_access needs 'allow' or 'deny'", range(1, 1, 1, 12)],
    ["an acl without a type", "acl localnet\n", "acl needs a name and a type", range(1, 1, 1, 13)],
    ["an acl redefined with another type", "acl a src 10.0.0.0/8\nacl a dstdomain .x.com\n", "acl is already defined with a different type", range(2, 7, 2, 16)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    expect(squidParser.parse(text, "squid.conf")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});
