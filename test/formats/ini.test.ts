import { describe, expect, it } from "vitest";
import { iniParser, sambaParser } from "../../src/formats/ini.js";
import type { DocPath, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

// Modelled on tg9413/arlopi setup/setup_samba.sh and kuusaluveod/Documents samba_readme.txt.
const SMB = [
  "# Global parameters", //                        1
  "[global]", //                                   2
  "   workgroup = WORKGROUP", //                   3
  "   map to guest = bad user", //                 4
  "   usershare allow guests = yes", //            5
  "   min protocol = NT1", //                      6
  "", //                                           7
  "[public]", //                                   8
  "   comment = Shared; read by all", //           9
  "   path = /srv/samba/public", //                10
  "   Guest OK = yes", //                          11
  "   writable = yes", //                          12
  "   create mask = 0777", //                      13
  "   hosts allow = 10.0.0.0/8 \\", //             14
  "        192.168.1.0/24", //                     15
  "", //                                           16
  "[accounts]", //                                 17
  "   path = /srv/accounts", //                    18
  "   public = no", //                             19
  "   read only = 0", //                           20
  "   guest ok = 1", //                            21
  "   valid users = @finance", //                  22
  "this line has no equals sign", //               23
  "",
].join("\n");

describe("sambaParser", () => {
  const document = only(sambaParser.parse(SMB, "etc/samba/smb.conf"));

  it("normalises names, synonyms and booleans, keeping the spelling as written", () => {
    expect(document.value).toEqual({
      global: {
        name: "global",
        keys: { workgroup: "WORKGROUP", maptoguest: "bad user", usershareallowguests: true, serverminprotocol: "NT1" },
        entries: [
          { key: "workgroup", canonicalKey: "workgroup", value: "WORKGROUP", raw: "WORKGROUP" },
          { key: "map to guest", canonicalKey: "maptoguest", value: "bad user", raw: "bad user" },
          { key: "usershare allow guests", canonicalKey: "usershareallowguests", value: true, raw: "yes" },
          { key: "min protocol", canonicalKey: "serverminprotocol", value: "NT1", raw: "NT1" },
        ],
      },
      sections: [
        {
          name: "public",
          keys: {
            comment: "Shared; read by all",
            path: "/srv/samba/public",
            guestok: true,
            readonly: false,
            createmask: "0777",
            hostsallow: "10.0.0.0/8 192.168.1.0/24",
          },
          entries: [
            { key: "comment", canonicalKey: "comment", value: "Shared; read by all", raw: "Shared; read by all" },
            { key: "path", canonicalKey: "path", value: "/srv/samba/public", raw: "/srv/samba/public" },
            { key: "Guest OK", canonicalKey: "guestok", value: true, raw: "yes" },
            { key: "writable", canonicalKey: "readonly", value: false, raw: "yes" },
            { key: "create mask", canonicalKey: "createmask", value: "0777", raw: "0777" },
            { key: "hosts allow", canonicalKey: "hostsallow", value: "10.0.0.0/8 192.168.1.0/24", raw: "10.0.0.0/8 192.168.1.0/24" },
          ],
        },
        {
          name: "accounts",
          keys: { path: "/srv/accounts", guestok: true, readonly: false, validusers: "@finance" },
          entries: [
            { key: "path", canonicalKey: "path", value: "/srv/accounts", raw: "/srv/accounts" },
            { key: "public", canonicalKey: "guestok", value: false, raw: "no" },
            { key: "read only", canonicalKey: "readonly", value: false, raw: "0" },
            { key: "guest ok", canonicalKey: "guestok", value: true, raw: "1" },
            { key: "valid users", canonicalKey: "validusers", value: "@finance", raw: "@finance" },
          ],
        },
      ],
      unread: null,
    });
  });

  it("marks a file with an include as partly unread, at the first include line", () => {
    const text = "[global]\n   workgroup = OFFICE\n   include = /etc/samba/%m.conf\n   include = /etc/samba/shares.conf\n";
    const parsed = sambaParser.parse(text, "etc/samba/smb.conf");
    if (!parsed.ok) throw new Error("expected a parse");
    const document = parsed.documents[0]!;
    expect((document.value as { unread: unknown }).unread).toEqual({ $unknown: "include = /etc/samba/%m.conf brings in settings from a file that is not read" });
    expect(document.locate(["unread"])).toEqual(range(3, 14, 3, 32));
  });

  it.each([
    ["a global value", ["global", "keys", "maptoguest"], range(4, 19, 4, 27)],
    ["a share value written under a synonym", ["sections", 0, "keys", "readonly"], range(12, 15, 12, 18)],
    ["the last of a repeated parameter", ["sections", 1, "keys", "guestok"], range(21, 15, 21, 16)],
    ["a value continued over two lines", ["sections", 0, "keys", "hostsallow"], range(14, 18, 15, 23)],
    ["an entry's key", ["sections", 0, "entries", 2, "key"], range(11, 4, 11, 12)],
    ["a whole entry line", ["sections", 0, "entries", 2], range(11, 4, 11, 18)],
    ["a section: its header", ["sections", 1], range(17, 1, 17, 11)],
    ["a section name", ["sections", 1, "name"], range(17, 2, 17, 10)],
    ["a missing key: the section header", ["sections", 1, "keys", "browseable"], range(17, 1, 17, 11)],
    ["global: the first [global] header", ["global"], range(2, 1, 2, 9)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it.each([
    ["CRLF", SMB.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${SMB}`],
    ["BOM and CRLF", `\uFEFF${SMB.replace(/\n/g, "\r\n")}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const other = only(sambaParser.parse(variant, "smb.conf"));
    expect(other.value).toEqual(document.value);
    for (const path of [["sections", 0, "keys", "hostsallow"], ["global", "keys", "serverminprotocol"], ["sections", 1]] as DocPath[]) {
      expect(other.locate(path)).toEqual(document.locate(path));
    }
  });

  it("treats keys before any section as global", () => {
    const value = only(sambaParser.parse("security = share\n[data]\npath = /d\n", "smb.conf")).value;
    expect(value).toMatchObject({ global: { keys: { security: "share" } }, sections: [{ name: "data", keys: { path: "/d" } }] });
  });

  it.each([
    ["a header without ']'", "[global]\n  workgroup = X\n[public\n  path = /p\n", "section header has no closing ']'", range(3, 1, 3, 8)],
    ["an empty section name", "[ ]\n", "section header has an empty name", range(1, 1, 1, 4)],
    ["a parameter without a name", "[a]\n  = secret-value\n", "missing parameter name before '='", range(2, 3, 2, 17)],
  ])("reports %s with its position, never the text", (_name, text, message, expected) => {
    const result = sambaParser.parse(text, "smb.conf");
    expect(result).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});

const PHP_INI = [
  "[PHP]", //                                          1
  "; Production values", //                            2
  "expose_php = Off", //                               3
  'error_log = "/var/log/php_errors.log" ; quoted', // 4
  "extension=curl", //                                 5
  "extension=mbstring", //                             6
  "", //                                               7
  "[Session]", //                                      8
  "session.cookie_httponly = 1", //                    9
  "session.save_path =", //                            10
  "",
].join("\n");

const MY_CNF = [
  "!includedir /etc/mysql/conf.d/", // 1
  "[client]", //                       2
  "port = 3306", //                    3
  "[mysqld]", //                       4
  "skip-networking", //                5
  "bind-address = 127.0.0.1 # local", // 6
  "local_infile=0", //                 7
  "",
].join("\n");

describe("iniParser", () => {
  it("reads php.ini: quotes removed, inline comments dropped, repeated keys kept in order", () => {
    const document = only(iniParser.parse(PHP_INI, "php.ini"));
    expect(document.value).toEqual({
      global: { keys: {}, entries: [] },
      sections: [
        {
          name: "PHP",
          keys: { expose_php: "Off", error_log: "/var/log/php_errors.log", extension: "mbstring" },
          entries: [
            { key: "expose_php", value: "Off" },
            { key: "error_log", value: "/var/log/php_errors.log" },
            { key: "extension", value: "curl" },
            { key: "extension", value: "mbstring" },
          ],
        },
        {
          name: "Session",
          keys: { "session.cookie_httponly": "1", "session.save_path": "" },
          entries: [
            { key: "session.cookie_httponly", value: "1" },
            { key: "session.save_path", value: "" },
          ],
        },
      ],
      includes: [],
    });
  });

  it.each([
    ["a quoted value, quotes included", ["sections", 0, "keys", "error_log"], range(4, 13, 4, 38)],
    ["the last of a repeated key", ["sections", 0, "keys", "extension"], range(6, 11, 6, 19)],
    ["an earlier occurrence", ["sections", 0, "entries", 2, "value"], range(5, 11, 5, 15)],
    ["an empty value: its key line", ["sections", 1, "keys", "session.save_path"], range(10, 1, 10, 18)],
    ["a missing key: the section header", ["sections", 1, "keys", "session.use_strict_mode"], range(8, 1, 8, 10)],
  ] as Array<[string, DocPath, Range]>)("locates %s in php.ini", (_name, path, expected) => {
    expect(only(iniParser.parse(PHP_INI, "php.ini")).locate(path)).toEqual(expected);
  });

  it("reads my.cnf: include directives and bare keys", () => {
    const document = only(iniParser.parse(MY_CNF, "etc/mysql/my.cnf"));
    expect(document.value).toEqual({
      global: { keys: {}, entries: [] },
      sections: [
        { name: "client", keys: { port: "3306" }, entries: [{ key: "port", value: "3306" }] },
        {
          name: "mysqld",
          keys: { "skip-networking": true, "bind-address": "127.0.0.1", local_infile: "0" },
          entries: [
            { key: "skip-networking", value: true },
            { key: "bind-address", value: "127.0.0.1" },
            { key: "local_infile", value: "0" },
          ],
        },
      ],
      includes: [{ directive: "includedir", path: "/etc/mysql/conf.d/" }],
    });
    expect(document.locate(["sections", 1, "keys", "skip-networking"])).toEqual(range(5, 1, 5, 16));
    expect(document.locate(["includes", 0, "path"])).toEqual(range(1, 13, 1, 31));
  });

  it.each([
    ["CRLF", PHP_INI.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${PHP_INI}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const base = only(iniParser.parse(PHP_INI, "php.ini"));
    const other = only(iniParser.parse(variant, "php.ini"));
    expect(other.value).toEqual(base.value);
    expect(other.locate(["sections", 0, "keys", "error_log"])).toEqual(range(4, 13, 4, 38));
  });

  it.each([
    ["an unterminated quote", 'a = 1\npassword = "hunter2\n', "unterminated quoted value", range(2, 1, 2, 20)],
    ["a header without ']'", "[mysqld\n", "section header has no closing ']'", range(1, 1, 1, 8)],
    ["text after a header", "[mysqld] x\n", "unexpected text after section header", range(1, 1, 1, 11)],
    ["an unknown directive", "!source /etc/x\n", "unknown '!' directive: expected !include or !includedir with a path", range(1, 1, 1, 15)],
  ])("reports %s with its position, never the text", (_name, text, message, expected) => {
    expect(iniParser.parse(text, "my.cnf")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });

  it("keeps a key named __proto__ as data", () => {
    const value = only(iniParser.parse("__proto__ = x\n", "a.ini")).value as { global: { keys: Record<string, unknown> } };
    expect(Object.keys(value.global.keys)).toEqual(["__proto__"]);
  });
});
