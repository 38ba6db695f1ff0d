import { describe, expect, it } from "vitest";
import { aptConfParser } from "../../src/formats/apt-conf.js";
import type { DocPath, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

// Modelled on mvo5/unattended-upgrades data/50unattended-upgrades.Ubuntu and Debian's file.
const UNATTENDED = [
  "// Automatically upgrade packages from these (origin:archive) pairs", //               1
  "Unattended-Upgrade::Allowed-Origins {", //                                              2
  '\t"${distro_id}:${distro_codename}";', //                                               3
  '\t"${distro_id}:${distro_codename}-security";', //                                      4
  '//\t"${distro_id}:${distro_codename}-proposed";', //                                    5
  "};", //                                                                                 6
  "Unattended-Upgrade::Origins-Pattern {", //                                              7
  '        "origin=Debian,codename=${distro_codename},label=Debian-Security"; /* sec */', // 8
  "};", //                                                                                 9
  "Unattended-Upgrade::Package-Blacklist {", //                                            10
  "};", //                                                                                 11
  "# Send email to this address", //                                                       12
  "Unattended-Upgrade {", //                                                               13
  '    Automatic-Reboot "false";', //                                                      14
  "    Mail root;", //                                                                     15
  "};", //                                                                                 16
  'Unattended-Upgrade::Automatic-Reboot-Time "02:00";', //                                 17
  'Dpkg::Options:: "--force-confdef";', //                                                 18
  'Dpkg::Options:: "--force-confold";', //                                                 19
  "#clear APT::Update::Post-Invoke;", //                                                   20
  "#include /etc/apt/local.conf", //                                                       21
  "",
].join("\n");

describe("aptConfParser", () => {
  const document = only(aptConfParser.parse(UNATTENDED, "etc/apt/apt.conf.d/50unattended-upgrades"));

  it("builds apt's tree: nested blocks, lists, appends, directives", () => {
    expect(document.value).toEqual({
      config: {
        "Unattended-Upgrade": {
          "Allowed-Origins": ["${distro_id}:${distro_codename}", "${distro_id}:${distro_codename}-security"],
          "Origins-Pattern": ["origin=Debian,codename=${distro_codename},label=Debian-Security"],
          "Package-Blacklist": [],
          "Automatic-Reboot": "false",
          Mail: "root",
          "Automatic-Reboot-Time": "02:00",
        },
        Dpkg: { Options: ["--force-confdef", "--force-confold"] },
      },
      includes: ["/etc/apt/local.conf"],
      clears: ["APT::Update::Post-Invoke"],
    });
  });

  it.each([
    ["a list item", ["config", "Unattended-Upgrade", "Allowed-Origins", 1], range(4, 2, 4, 44)],
    ["a list item before a block comment", ["config", "Unattended-Upgrade", "Origins-Pattern", 0], range(8, 9, 8, 74)],
    ["a list: its whole block", ["config", "Unattended-Upgrade", "Origins-Pattern"], range(7, 1, 9, 2)],
    ["an empty list", ["config", "Unattended-Upgrade", "Package-Blacklist"], range(10, 1, 11, 2)],
    ["a value inside a nested block", ["config", "Unattended-Upgrade", "Automatic-Reboot"], range(14, 22, 14, 29)],
    ["an unquoted value", ["config", "Unattended-Upgrade", "Mail"], range(15, 10, 15, 14)],
    ["an appended item", ["config", "Dpkg", "Options", 1], range(19, 17, 19, 34)],
    ["a missing key: the last statement that wrote its parent", ["config", "Unattended-Upgrade", "Remove-Unused-Dependencies"], range(17, 1, 17, 51)],
    ["an include", ["includes", 0], range(21, 10, 21, 29)],
    ["a clear", ["clears", 0], range(20, 8, 20, 32)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it.each([
    ["CRLF", UNATTENDED.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${UNATTENDED}`],
    ["BOM and CRLF", `\uFEFF${UNATTENDED.replace(/\n/g, "\r\n")}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const other = only(aptConfParser.parse(variant, "50unattended-upgrades"));
    expect(other.value).toEqual(document.value);
    for (const path of [
      ["config", "Unattended-Upgrade", "Origins-Pattern"],
      ["config", "Unattended-Upgrade", "Automatic-Reboot"],
      ["includes", 0],
    ] as DocPath[]) {
      expect(other.locate(path)).toEqual(document.locate(path));
    }
  });

  it("reads 20auto-upgrades", () => {
    const text = 'APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "0";\n';
    const auto = only(aptConfParser.parse(text, "etc/apt/apt.conf.d/20auto-upgrades"));
    expect(auto.value).toEqual({
      config: { APT: { Periodic: { "Update-Package-Lists": "1", "Unattended-Upgrade": "0" } } },
      includes: [],
      clears: [],
    });
    expect(auto.locate(["config", "APT", "Periodic", "Unattended-Upgrade"])).toEqual(range(2, 35, 2, 38));
  });

  it("matches names case-insensitively, keeps the first spelling, and lets the last value win", () => {
    const text = 'APT { Periodic { Unattended-Upgrade "1"; }; };\napt::periodic::unattended-upgrade "0";\n';
    const value = only(aptConfParser.parse(text, "a.conf")).value;
    expect(value).toEqual({ config: { APT: { Periodic: { "Unattended-Upgrade": "0" } } }, includes: [], clears: [] });
  });

  it("applies #clear to what the file set before it", () => {
    const text = [
      'Unattended-Upgrade::Allowed-Origins { "a"; };',
      "#clear Unattended-Upgrade::Allowed-Origins;",
      'Unattended-Upgrade::Allowed-Origins { "b"; };',
    ].join("\n");
    const value = only(aptConfParser.parse(text, "a.conf")).value;
    expect(value).toEqual({
      config: { "Unattended-Upgrade": { "Allowed-Origins": ["b"] } },
      includes: [],
      clears: ["Unattended-Upgrade::Allowed-Origins"],
    });
  });

  it("keeps a value and children of one name apart", () => {
    const text = 'A "x";\nA::B "y";\nA:: "z";\n';
    expect(only(aptConfParser.parse(text, "a.conf")).value).toEqual({
      config: { A: { B: "y", "#value": "x", "#items": ["z"] } },
      includes: [],
      clears: [],
    });
  });

  it.each([
    ["an unbalanced '{'", 'Unattended-Upgrade::Allowed-Origins {\n  "a";\n', "unbalanced '{': missing '}'", range(1, 37, 1, 38)],
    ["a stray '}'", 'A "1";\n};\n', "unexpected '}'", range(2, 1, 2, 2)],
    ["a missing ';'", 'APT::Periodic::Unattended-Upgrade "1"\nAPT::X "2";\n', "expected ';' after the value", range(1, 38, 1, 38)],
    ["a missing ';' at the end", 'A "1"', "expected ';'", range(1, 6, 1, 6)],
    ["an unterminated string", 'A "1";\nB "secret;\n', "unterminated string", range(2, 3, 2, 4)],
    ["an unterminated comment", "/* x\n", "unterminated '/*' comment", range(1, 1, 1, 3)],
    ["blocks nested too deeply", "A {".repeat(300), "names are nested too deeply", range(1, 769, 1, 770)],
    ["a name with too many parts", `${"A::".repeat(300)}A "x";`, "names are nested too deeply", range(1, 1, 1, 902)],
    ["a list item at the top level", '"x";\n', "a list item needs a name at the top level", range(1, 1, 1, 4)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    expect(aptConfParser.parse(text, "a.conf")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});
