import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse-file.js";
import type { ParseResult } from "../../src/types.js";
import { only } from "../helpers/parse.js";

const parse = (path: string, text: string) => parseFile(path, text, "usbguard").result;

function errors(result: ParseResult) {
  if (result.ok) throw new Error("expected a parse error");
  return result.errors.map((e) => `${e.range.line}:${e.range.column} ${e.message}`);
}

describe("usbguard rules", () => {
  const text = [
    "# usbguard generate-policy, then edited",
    'allow id 1d6b:0002 serial "0000:00:14.0" name "xHCI Host Controller" with-interface 09:00:00',
    "allow 0781:5581 with-interface equals { 08:06:50 }",
    "allow with-interface one-of { 03:00:01 03:01:02 }",
    'block with-interface all-of { 08:*:* } if !allowed-matches(name "Encrypted*")',
    "reject",
    "",
  ].join("\n");

  it("reads targets, attributes with their operators and values, and conditions", () => {
    const doc = only(parse("etc/usbguard/rules.conf", text));
    expect(doc.value).toEqual({
      rules: [
        {
          target: "allow",
          attributes: {
            id: { operator: null, values: ["1d6b:0002"] },
            serial: { operator: null, values: ["0000:00:14.0"] },
            name: { operator: null, values: ["xHCI Host Controller"] },
            "with-interface": { operator: null, values: ["09:00:00"] },
          },
          condition: null,
        },
        // A device id written right after the target is the id attribute.
        { target: "allow", attributes: { id: { operator: null, values: ["0781:5581"] }, "with-interface": { operator: "equals", values: ["08:06:50"] } }, condition: null },
        { target: "allow", attributes: { "with-interface": { operator: "one-of", values: ["03:00:01", "03:01:02"] } }, condition: null },
        { target: "block", attributes: { "with-interface": { operator: "all-of", values: ["08:*:*"] } }, condition: '!allowed-matches(name "Encrypted*")' },
        { target: "reject", attributes: {}, condition: null },
      ],
    });
  });

  it("locates rules, attributes and single values", () => {
    const doc = only(parse("etc/usbguard/rules.conf", text));
    const at = (...path: Array<string | number>) => {
      const r = doc.locate(path);
      return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
    };
    expect(at("rules", 2)).toBe("4:1-4:50");
    expect(at("rules", 2, "attributes", "with-interface")).toBe("4:7-4:50");
    expect(at("rules", 2, "attributes", "with-interface", "values", 1)).toBe("4:40-4:48");
    expect(at("rules", 0, "attributes", "serial", "values", 0)).toBe("2:27-2:41");
    expect(at("rules", 3, "condition")).toBe("5:40-5:78");
  });

  it("refuses what the daemon refuses, at the offending place", () => {
    expect(errors(parse("usbguard/rules.conf", "permit id 1d6b:0002\n"))).toEqual(["1:1 a rule starts with allow, block or reject"]);
    expect(errors(parse("usbguard/rules.conf", "allow serial\n"))).toEqual(["1:7 attribute without a value"]);
    expect(errors(parse("usbguard/rules.conf", 'allow name "USB\n'))).toEqual(["1:12 unterminated quoted string"]);
    expect(errors(parse("usbguard/rules.conf", "allow with-interface one-of { 08:*:*\n"))).toEqual(["1:29 '{' is not closed on this line"]);
  });
});

describe("usbguard-daemon.conf", () => {
  it("reads Key=Value settings and locates each value", () => {
    const doc = only(parse("etc/usbguard/usbguard-daemon.conf", "# defaults\nRuleFile=/etc/usbguard/rules.conf\nImplicitPolicyTarget = allow\nPresentDevicePolicy=apply-policy\n"));
    expect(doc.value).toEqual({ settings: { RuleFile: "/etc/usbguard/rules.conf", ImplicitPolicyTarget: "allow", PresentDevicePolicy: "apply-policy" } });
    const r = doc.locate(["settings", "ImplicitPolicyTarget"]);
    expect([r.line, r.column, r.endColumn]).toEqual([3, 24, 29]);
  });

  it("refuses a line without '='", () => {
    expect(errors(parse("etc/usbguard/usbguard-daemon.conf", "ImplicitPolicyTarget block\n"))).toEqual(["1:1 expected Key=Value"]);
  });
});
