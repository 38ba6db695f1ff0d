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

describe("resolveLiterals bounds", () => {
  const parse = (text: string): unknown => {
    const parsed = hclParser.parse(text, "main.tf");
    if (!parsed.ok) throw new Error("fixture does not parse");
    return parsed.documents[0]?.value;
  };

  it("leaves a local that doubles the previous one sixty times as a marker past the size bound", () => {
    const lines = ["locals {", '  l0 = "ab"'];
    for (let i = 1; i <= 60; i++) lines.push(`  l${i} = [local.l${i - 1}, local.l${i - 1}]`);
    lines.push("}", 'resource "aws_s3_bucket" "b" {', "  tags = { small = local.l3, huge = local.l60 }", "}");
    const started = performance.now();
    const value = resolveLiterals(parse(lines.join("\n"))) as { resource: { aws_s3_bucket: { b: { tags: Record<string, unknown> } } } };
    expect(performance.now() - started).toBeLessThan(5_000);
    const tags = value.resource.aws_s3_bucket.b.tags;
    expect(tags["small"]).toEqual([[["ab", "ab"], ["ab", "ab"]], [["ab", "ab"], ["ab", "ab"]]]);
    expect(tags["huge"]).toEqual({ $expr: "local.l60" });
  });
});

describe("resolveLiterals and merge() with variables", () => {
  const resolved = (text: string): Record<string, unknown> => {
    const parsed = hclParser.parse(text, "main.tf");
    if (!parsed.ok) throw new Error("fixture does not parse");
    const value = resolveLiterals(parsed.documents[0]?.value) as { resource: { aws_s3_bucket: { b: Record<string, unknown> } } };
    return value.resource.aws_s3_bucket.b;
  };

  it("merges once the variables and locals it names are literal objects, later arguments winning", () => {
    const bucket = resolved(
      [
        'variable "tags" {',
        '  default = { Team = "data", Env = "dev" }',
        "}",
        "locals {",
        '  common = merge(var.tags, { Env = "prod" })',
        "}",
        'resource "aws_s3_bucket" "b" {',
        '  tags  = merge(local.common, { Name = "exports", data-classification = var.class })',
        '  other = merge(var.tags, var.unset)',
        "}",
        "",
      ].join("\n"),
    );
    expect(bucket["tags"]).toStrictEqual({ Team: "data", Env: "prod", Name: "exports", "data-classification": { $expr: "var.class" } });
    // A variable without a default may be any object: the keys are not known.
    expect(bucket["other"]).toStrictEqual({ $expr: "merge(var.tags, var.unset)" });
  });

  it("keeps keys named like Object.prototype members as data", () => {
    const bucket = resolved('variable "t" {\n  default = { "__proto__" = "x" }\n}\nresource "aws_s3_bucket" "b" {\n  tags = merge(var.t, { constructor = "y" })\n}\n');
    const tags = bucket["tags"] as Record<string, unknown>;
    expect(Object.keys(tags)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
  });
});

describe("resolveLiterals and object types with optional attributes", () => {
  it("fills in the attributes an object default leaves out with its type's optional() defaults", () => {
    const parsed = hclParser.parse(
      [
        'variable "ip" {',
        "  type    = object({ ipv4_enabled = optional(bool, true) })",
        "  default = {}",
        "}",
        'variable "plain" {',
        "  type    = map(string)",
        "  default = {}",
        "}",
        'variable "nothing" {',
        "  type    = object({ enabled = optional(bool, false) })",
        "  default = null",
        "}",
        'variable "no_defaults" {',
        "  type    = object({ enabled = optional(bool), ports = optional(list(number)) })",
        "  default = { enabled = true }",
        "}",
        'resource "google_sql_database_instance" "db" {',
        "  a = var.ip",
        "  b = var.plain",
        "  c = var.nothing",
        "  d = var.no_defaults",
        "}",
        "",
      ].join("\n"),
      "main.tf",
    );
    if (!parsed.ok) throw new Error("fixture does not parse");
    const value = resolveLiterals(parsed.documents[0]?.value) as { resource: { google_sql_database_instance: { db: Record<string, unknown> } } };
    // Defaults filled in, null stays null, and optional attributes without a default are null (unset) when left out.
    expect(value.resource.google_sql_database_instance.db).toStrictEqual({ a: { ipv4_enabled: true }, b: {}, c: null, d: { enabled: true } });
  });
});

describe("resolveLiterals and optional() defaults in nested types", () => {
  const resolved = (variable: string): unknown => {
    const parsed = hclParser.parse(`${variable}\nresource "x" "y" {\n  v = var.v\n}\n`, "main.tf");
    if (!parsed.ok) throw new Error("fixture does not parse");
    return (resolveLiterals(parsed.documents[0]?.value) as { resource: { x: { y: { v: unknown } } } }).resource.x.y.v;
  };
  it("fills list elements and nested objects, and keeps given values", () => {
    const variable = [
      'variable "v" {',
      "  type = object({",
      "    backups = optional(object({ enabled = optional(bool, false), days = optional(number, 7) }), {})",
      "    rules   = optional(list(object({ port = number, public = optional(bool, false) })), [])",
      "  })",
      "  default = { rules = [{ port = 22 }, { port = 443, public = true }] }",
      "}",
    ].join("\n");
    expect(resolved(variable)).toStrictEqual({ rules: [{ port: 22, public: false }, { port: 443, public: true }], backups: { enabled: false, days: 7 } });
  });
  it("leaves the variable unknown when a default is not a literal", () => {
    const variable = 'variable "v" {\n  type    = object({ zone = optional(string, local.zone) })\n  default = {}\n}';
    expect(resolved(variable)).toStrictEqual({ $expr: "var.v" });
  });
});

describe("withTypeDefaults on arbitrary types and values", () => {
  it("never throws", async () => {
    const fc = (await import("fast-check")).default;
    const { withTypeDefaults } = await import("../../src/formats/hcl/type-defaults.js");
    const pieces = fc.constantFrom("object(", "optional(", "list(", "map(", "set(", "{", "}", ")", "(", ",", "=", "a", "b", "bool", "string", "true", "1", "[]", "{}", "local.x");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join(" ")), fc.anything(), (type, value) => {
        expect(() => withTypeDefaults(type, value)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
