import { describe, expect, it } from "vitest";
import { listResourceChanges, sniffTerraformPlan, terraformPlanParser } from "../../src/formats/terraform-plan.js";
import type { Document, ParseResult } from "../../src/types.js";

function only(result: ParseResult): Document {
  if (!result.ok) throw new Error(`expected a successful parse, got ${JSON.stringify(result.errors)}`);
  const [document] = result.documents;
  if (document === undefined) throw new Error("expected a document");
  return document;
}

const PLAN = [
  "{", //                                                         1
  '  "format_version": "1.2",', //                                2
  '  "resource_changes": [', //                                   3
  "    {", //                                                     4
  '      "address": "module.db.aws_db_instance.this[0]",', //     5
  '      "module_address": "module.db",', //                      6
  '      "mode": "managed",', //                                  7
  '      "type": "aws_db_instance",', //                          8
  '      "name": "this",', //                                     9
  '      "index": 0,', //                                        10
  '      "change": {', //                                        11
  '        "actions": ["create"],', //                           12
  '        "after": { "storage_encrypted": false, "tags": { "env": "prod" } },', // 13
  '        "after_unknown": { "id": true }', //                  14
  "      }", //                                                  15
  "    },", //                                                   16
  "    {", //                                                    17
  '      "address": "aws_security_group.web",', //               18
  '      "mode": "managed",', //                                 19
  '      "type": "aws_security_group",', //                      20
  '      "name": "web",', //                                     21
  '      "change": {', //                                        22
  '        "actions": ["delete"],', //                           23
  '        "after": null', //                                    24
  "      }", //                                                  25
  "    },", //                                                   26
  '    { "address": 7 }', //                                     27
  "  ]", //                                                      28
  "}", //                                                        29
  "",
].join("\n");

describe("terraformPlanParser", () => {
  const document = only(terraformPlanParser.parse(PLAN, "plan.json"));

  it("has its own id and reads JSON", () => {
    expect(terraformPlanParser.id).toBe("terraform-plan");
    expect(document.file).toBe("plan.json");
  });

  it("reports JSON syntax errors with a position", () => {
    const result = terraformPlanParser.parse('{ "resource_changes": [ }', "plan.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.range.line).toBe(1);
  });

  it.each<[string, boolean]>([
    [PLAN, true],
    ['{ "format_version": "1.0", "values": {} }', false],
  ])("sniffs plans (%#)", (text, expected) => {
    expect(sniffTerraformPlan(text)).toBe(expected);
  });

  it("lists resource changes with paths that locate", () => {
    const changes = listResourceChanges(document);
    expect(changes).toStrictEqual([
      {
        address: "module.db.aws_db_instance.this[0]",
        type: "aws_db_instance",
        name: "this",
        moduleAddress: "module.db",
        mode: "managed",
        actions: ["create"],
        after: { storage_encrypted: false, tags: { env: "prod" } },
        path: ["resource_changes", 0, "change", "after"],
      },
      {
        address: "aws_security_group.web",
        type: "aws_security_group",
        name: "web",
        mode: "managed",
        actions: ["delete"],
        after: null,
        path: ["resource_changes", 1, "change", "after"],
      },
    ]);
    const [first] = changes;
    expect(document.locate([...(first?.path ?? []), "storage_encrypted"])).toStrictEqual({ line: 13, column: 41, endLine: 13, endColumn: 46 });
  });

  it("lists nothing for documents that are not plans", () => {
    expect(listResourceChanges(only(terraformPlanParser.parse("[1, 2]", "x.json")))).toStrictEqual([]);
  });
});
