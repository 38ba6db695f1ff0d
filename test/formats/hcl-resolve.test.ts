import { describe, expect, it } from "vitest";
import { hclParser } from "../../src/formats/hcl/parser.js";
import { resolveLiterals } from "../../src/formats/hcl/resolve.js";

function valueOf(lines: readonly string[]): unknown {
  const result = hclParser.parse(lines.join("\n"), "main.tf");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.documents[0]?.value;
}

const VARIABLES = valueOf([
  'variable "encrypted" {', "  default = true", "}",
  'variable "cidrs" {', '  default = ["10.0.0.0/8"]', "}",
  'variable "region" {', "  type = string", "}",
  'variable "computed" {', "  default = var.other", "}",
  "locals {", "  retention = 7", "  also = local.retention", "  from_var = var.encrypted", "  unknown = var.region", "}",
]);

describe("resolveLiterals", () => {
  it.each<[string, string, unknown]>([
    ["a literal default", "var.encrypted", true],
    ["a list default", "var.cidrs", ["10.0.0.0/8"]],
    ["a literal local", "local.retention", 7],
    ["a local naming a local", "local.also", 7],
    ["a local naming a variable", "local.from_var", true],
    ["a variable without a default", "var.region", { $expr: "var.region" }],
    ["a default that is an expression", "var.computed", { $expr: "var.computed" }],
    ["a local that stays unknown", "local.unknown", { $expr: "local.unknown" }],
    ["an attribute of a variable", "var.cidrs.x", { $expr: "var.cidrs.x" }],
    ["an undeclared variable", "var.nope", { $expr: "var.nope" }],
    ["an interpolation", '"${var.encrypted}"', { $expr: '"${var.encrypted}"' }],
  ])("resolves %s", (_name, expression, expected) => {
    const file = valueOf(['resource "aws_db_instance" "main" {', `  x = ${expression}`, "}"]);
    const resolved = resolveLiterals(file, [file, VARIABLES]) as { resource: { aws_db_instance: { main: { x: unknown } } } };
    expect(resolved.resource.aws_db_instance.main.x).toStrictEqual(expected);
  });

  it("resolves inside lists, objects and nested blocks without touching the input", () => {
    const file = valueOf([
      'variable "all" {', '  default = "0.0.0.0/0"', "}",
      'resource "aws_security_group" "sg" {',
      "  egress {", "    cidr_blocks = [var.all, var.other]", "  }",
      "  tags = { cidr = var.all }",
      "}",
    ]);
    const before = JSON.stringify(file);
    expect(resolveLiterals(file)).toStrictEqual({
      variable: { all: { default: "0.0.0.0/0" } },
      resource: {
        aws_security_group: { sg: { egress: [{ cidr_blocks: ["0.0.0.0/0", { $expr: "var.other" }] }], tags: { cidr: "0.0.0.0/0" } } },
      },
    });
    expect(JSON.stringify(file)).toBe(before);
  });
});
