import { describe, expect, it } from "vitest";
import { hclParser } from "../../src/formats/hcl/parser.js";
import { evaluateExpression } from "../../src/adapters/terraform-expression.js";

/** The parsed files of a module written as `lines`. */
function moduleOf(lines: string[]): unknown[] {
  const parsed = hclParser.parse([...lines, ""].join("\n"), "variables.tf");
  if (!parsed.ok) throw new Error("fixture does not parse");
  return parsed.documents.map((d) => d.value);
}

const MODULE = moduleOf([
  'variable "create" {',
  "  default = true",
  "}",
  'variable "create_sg" {',
  "  default = false",
  "}",
  'variable "rules" {',
  '  default = ["ssh", "https"]',
  "}",
  'variable "buckets" {',
  "  default = { logs = {}, data = {} }",
  "}",
  'variable "name" {}',
  "locals {",
  "  enabled = var.create && !var.create_sg",
  "  twice   = local.enabled",
  "}",
]);

describe("evaluateExpression: count and for_each from the module's literals", () => {
  it.each<[string, unknown]>([
    ["var.create ? 1 : 0", 1],
    ["var.create_sg ? 1 : 0", 0],
    ["!var.create_sg ? 1 : 0", 1],
    ["var.create && var.create_sg ? length(var.rules) : 0", 0],
    ["local.enabled ? length(var.rules) : 0", 2],
    ["local.twice ? 3 : 0", 3],
    ["var.create ? var.buckets : {}", { logs: {}, data: {} }],
    ['toset(["a", "b", "a"])', ["a", "b"]],
    ["length(var.rules) > 1 ? 1 : 0", 1],
    ["var.create == true && (var.create_sg || true) ? 2 : 0", 2],
    ['var.name == null ? 0 : 1', undefined],
    ["var.name != \"\" ? 1 : 0", undefined],
    ["length(data.aws_subnets.all.ids)", undefined],
    ["var.rules[0] == \"ssh\" ? 1 : 0", 1],
    ["var.rules[5]", undefined],
    ["var.buckets.logs", {}],
    ['lookup(var.buckets, "logs", null)', {}],
    ['lookup(var.buckets, "other", 7)', 7],
    ['lookup(var.buckets, "other")', undefined],
    ["coalesce(null, 7, 1)", 7],
    ['coalesce("", var.name, 1)', undefined],
    ["count.index", undefined],
    ['"${var.x}" == "" ? 1 : 0', undefined],
    ["max(1, 2)", undefined],
    ['var.create ? { web = "80", "db" = "5432" } : {}', { web: "80", db: "5432" }],
    ["[for r in var.rules : r if r != \"ssh\"]", ["https"]],
    ['merge(var.buckets, { logs = 1 }, { web = 2 })', { logs: 1, data: {}, web: 2 }],
    ["merge(var.buckets, var.name)", undefined],
  ])("%s is %j", (text, expected) => {
    expect(evaluateExpression(text, MODULE)).toEqual(expected);
  });
});

describe("evaluateExpression: for expressions", () => {
  const RULES = moduleOf([
    'variable "create" {',
    "  default = true",
    "}",
    'variable "rules" {',
    "  default = [",
    '    { name = "ssh", port = 22, public = true },',
    '    { name = "https", port = 443, public = true },',
    '    { name = "db", port = 5432, public = false },',
    "  ]",
    "}",
    'variable "tags" {',
    '  default = { b = "2", a = "1" }',
    "}",
    'variable "none" {',
    "  default = null",
    "}",
    'variable "big" {',
    `  default = [${Array.from({ length: 200 }, (_, i) => i).join(", ")}]`,
    "}",
    "locals {",
    "  public_rules = { for r in var.rules : r.name => r if r.public }",
    "}",
  ]);

  it.each<[string, unknown]>([
    ["{ for r in var.rules : r.name => r.port }", { ssh: 22, https: 443, db: 5432 }],
    ["{ for r in var.rules : r.name => r.port if var.create && r.port > 100 }", { https: 443, db: 5432 }],
    ["[for i, r in var.rules : i if !r.public]", [2]],
    ["[for k, v in var.tags : \"${k}=${v}\"]", ["a=1", "b=2"]],
    ["[for v in var.tags : v]", ["1", "2"]],
    ["length(local.public_rules)", 2],
    ["{ for k, v in local.public_rules : k => v.port }", { ssh: 22, https: 443 }],
    ["[for r in var.rules : [for s in var.rules : s.port if s.port > r.port]]", [[443, 5432], [5432], []]],
    ["{ for r in [] : r => r }", {}],
    // Two elements with one key is Terraform's error; grouping with ... is not read.
    ["{ for r in var.rules : r.public => r.name }", undefined],
    ["{ for r in var.rules : r.public => r.name... }", undefined],
    // A condition or value that cannot be computed makes the whole expression unknown.
    ["[for r in var.rules : r.port if r.missing]", undefined],
    ["[for r in var.rules : r.missing]", undefined],
    ["[for r in data.x.y : r]", undefined],
    ["[for r in var.rules r]", undefined],
    ["[for , in var.rules : 1]", undefined],
  ])("%s is %j", (text, expected) => {
    expect(evaluateExpression(text, RULES)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    // try(): the first argument that does not fail; a missing attribute may also be an optional
    // attribute Terraform made null, so only a null fallback is taken for it.
    ["{ for r in var.rules : r.name => try(r.cidr, null) }", { ssh: null, https: null, db: null }],
    ['try(var.rules[0].name, "x")', "ssh"],
    ["try(var.rules[7].name, null)", null],
    ['try(var.rules[7].name, "d")', "d"],
    ['try(var.none.cidr, "d")', "d"],
    ['var.none == null ? "unset" : "set"', "unset"],
    ['try(var.rules[0].cidr, "0.0.0.0/0")', undefined],
    ["try(var.nothing.cidr, null)", undefined],
    ["try(r.cidr, null)", undefined],
    ["try()", undefined],
    // The branch a condition does not take does not fail the try.
    ["try(var.create ? var.rules[0].port : var.rules[0].cidr, 1)", 22],
    ["try(var.create ? var.rules[0].cidr : var.rules[0].port, null)", null],
    // If the missing attribute were a typed null, coalesce would go on to a resource's id: unknown.
    ["try(coalesce(var.rules[0].cidr, aws_cloudfront_cache_policy.this.id), null)", undefined],
    ['try(coalesce(var.rules[0].cidr, "10.0.0.0/8"), "10.0.0.0/8")', "10.0.0.0/8"],
    // Outside try a missing attribute is unknown, as before.
    ["var.rules[0].cidr", undefined],
  ])("%s is %j", (text, expected) => {
    expect(evaluateExpression(text, RULES)).toEqual(expected);
  });

  it("stops reading nested for bodies past its budget, and the symbols do not leak out", () => {
    expect(evaluateExpression("length([for a in var.big : length([for b in var.big : b])])", RULES)).toBeUndefined();
    expect(evaluateExpression("length([for a in var.big : a])", RULES)).toBe(200);
    expect(evaluateExpression("[for r in var.rules : r.port][0] == 22 ? 7 : 1", RULES)).toBe(7);
    expect(evaluateExpression("[for r in var.rules : r.port][0] == 22 ? r : 1", RULES)).toBeUndefined();
  });
});

describe("evaluateExpression inside one instance of a resource", () => {
  it("knows count.index, each.key and each.value, and indexes known values with them", () => {
    expect(evaluateExpression("var.rules[count.index]", MODULE, { countIndex: 1 })).toBe("https");
    expect(evaluateExpression("each.value.port", MODULE, { each: { key: "db", value: { port: 5432 } } })).toBe(5432);
    expect(evaluateExpression('each.value["port"] > 1024 ? each.key : "low"', MODULE, { each: { key: "db", value: { port: 5432 } } })).toBe("db");
    expect(evaluateExpression("each.value.missing", MODULE, { each: { key: "db", value: { port: 5432 } } })).toBeUndefined();
  });
});

describe("evaluateExpression bounds", () => {
  it("gives up on brackets nested deeper than any count, without exhausting the stack", () => {
    expect(evaluateExpression(`${"(".repeat(600)}1${")".repeat(600)}`, MODULE)).toBeUndefined();
    expect(evaluateExpression(`${"[".repeat(600)}${"]".repeat(600)}`, MODULE)).toBeUndefined();
    expect(evaluateExpression(`${"!".repeat(1500)}true`, MODULE)).toBe(true);
    expect(evaluateExpression("((1))", MODULE)).toBe(1);
  });
});

describe("evaluateExpression on arbitrary text", () => {
  it("never throws, and gives a value or undefined", async () => {
    const fc = (await import("fast-check")).default;
    const pieces = fc.constantFrom("var.rules", "local.twice", "count.index", "each.value", "(", ")", "[", "]", "{", "}", "?", ":", "&&", "||", "!", "==", "length(", "lookup(", "coalesce(", ",", '"a"', "1", "null", "true", ".", "x", "=", "for", "in", "if", "=>", "...", "merge(", "try(");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((p) => p.join(" "))), (text) => {
        expect(() => evaluateExpression(text, MODULE, { countIndex: 0, each: { key: "k", value: { a: 1 } } })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe("evaluateExpression and string templates", () => {
  it.each<[string, unknown]>([
    ['"${var.rules[0]}-logs"', "ssh-logs"],
    ['"acme-${length(var.rules)}"', "acme-2"],
    ['"literal $${not} %%{this}"', "literal ${not} %{this}"],
    ['"${var.name}-x"', undefined],
    ['"%{ if var.create }a%{ endif }"', undefined],
    ['"${var.buckets}"', undefined],
    ['"a\\"b"', 'a"b'],
  ])("%s is %j", (text, expected) => {
    expect(evaluateExpression(text, MODULE)).toEqual(expected);
  });
});

describe("evaluateExpression: the list, map and string functions modules shape their inputs with", () => {
  const INPUTS = moduleOf([
    'variable "default_inbound" {',
    '  default = [{ rule_number = 100, rule_action = "allow", cidr_block = "10.0.0.0/16" }]',
    "}",
    'variable "public_inbound" {',
    '  default = [{ rule_number = 200, rule_action = "deny", cidr_block = "0.0.0.0/0" }]',
    "}",
    'variable "cidrs" {',
    '  default = ["10.0.0.0/8", "", "192.168.0.0/16"]',
    "}",
    'variable "rule" {',
    '  default = { from_port = 22, cidr_blocks = "10.0.0.0/8,172.16.0.0/12" }',
    "}",
    'variable "ports" {',
    "  default = { https = 443, http = 80, ssh = 22 }",
    "}",
    'variable "unset" {}',
  ]);
  const value = (text: string): unknown => evaluateExpression(text, INPUTS);

  it.each([
    ["concat(var.default_inbound, var.public_inbound)[1].rule_action", "deny"],
    ["length(concat(var.default_inbound, var.public_inbound, []))", 2],
    ['compact(split(",", lookup(var.rule, "cidr_blocks", join(",", var.cidrs))))', ["10.0.0.0/8", "172.16.0.0/12"]],
    ['compact(split(",", lookup(var.rule, "ipv6_cidr_blocks", join(",", var.cidrs))))', ["10.0.0.0/8", "192.168.0.0/16"]],
    ["compact(var.cidrs)", ["10.0.0.0/8", "192.168.0.0/16"]],
    ["flatten([var.cidrs, [[\"a\"]], \"b\"])", ["10.0.0.0/8", "", "192.168.0.0/16", "a", "b"]],
    ['distinct(["a", "b", "a"])', ["a", "b"]],
    ['contains(keys(var.ports), "ssh")', true],
    ["keys(var.ports)", ["http", "https", "ssh"]],
    ["values(var.ports)", [80, 443, 22]],
    ["element(var.cidrs, 4)", ""],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['upper("tcp")', "TCP"],
    ["tolist(var.cidrs)[2]", "192.168.0.0/16"],
  ])("%s", (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it.each([
    ["concat(var.default_inbound, var.unset)", "an argument that is not known"],
    ['compact([var.unset, "a"])', "an element that is not known"],
    ['element([], 0)', "Terraform's error: an empty list"],
    ["element(var.cidrs, -1)", "Terraform's error: a negative index"],
    ['distinct([1, "1"])', "a mix Terraform would convert first"],
    ['split("", "abc")', "Go's split into characters"],
    ['lower("ÀB")', "case mapping beyond ASCII"],
    ['zipmap(["a", "a"], [1, 2])', "duplicate keys"],
    ['concat("a", ["b"])', "Terraform's error: not a list"],
    ['replace("a", "b", "c")', "a function it does not compute"],
  ])("leaves %s unknown (%s)", (text) => {
    expect(value(text)).toBeUndefined();
  });
});

describe("evaluateExpression: values kept between readings", () => {
  const called = (create: boolean, names: string) =>
    moduleOf([
      'variable "create" {',
      `  default = ${create}`,
      "}",
      'variable "names" {',
      `  default = ${names}`,
      "}",
      "locals {",
      "  enabled = var.create",
      "}",
    ]);
  const first = called(true, '["a", "b"]');
  const second = called(false, '["c", "d"]');

  it("reads a variable or local in each module instance, whichever was read first", () => {
    for (const text of ["var.create ? 1 : 0", "local.enabled ? 2 : 0", '"${var.names[0]}-x"', "try(var.names[5], var.create)"]) {
      const inFirst = evaluateExpression(text, first);
      const inSecond = evaluateExpression(text, second);
      expect([text, inFirst]).not.toEqual([text, inSecond]);
      expect(evaluateExpression(text, first)).toEqual(inFirst);
      expect(evaluateExpression(text, second)).toEqual(inSecond);
    }
  });

  it("gives a text that reads no variable the same value in any module", () => {
    expect(evaluateExpression('["ec2.amazonaws.com"]', first)).toEqual(["ec2.amazonaws.com"]);
    expect(evaluateExpression('["ec2.amazonaws.com"]', second)).toEqual(["ec2.amazonaws.com"]);
    expect(evaluateExpression("aws_iam_role.this[0].arn", first)).toBeUndefined();
    expect(evaluateExpression("aws_iam_role.this[0].arn", second)).toBeUndefined();
  });

  it("reads count.index and each.* in each instance, after the text was read outside one", () => {
    for (const text of ["var.names[count.index]", '"node-${count.index}"']) evaluateExpression(text, first);
    expect([0, 1].map((countIndex) => evaluateExpression("var.names[count.index]", first, { countIndex }))).toEqual(["a", "b"]);
    expect([0, 1].map((countIndex) => evaluateExpression('"node-${count.index}"', first, { countIndex }))).toEqual(["node-0", "node-1"]);
    evaluateExpression("each.value", first);
    expect(evaluateExpression("each.value", first, { each: { key: "k", value: 7 } })).toBe(7);
    // A name that merely contains the words reads the same in every instance.
    expect(evaluateExpression("var.create ? length(var.names) : 0", second, { countIndex: 3 })).toBe(0);
  });

  it("reads a dynamic block's iterator in each block", () => {
    evaluateExpression("ingress.value", first);
    const block = (value: unknown) => ({ iterators: { ingress: { key: 0, value } } });
    expect(evaluateExpression("ingress.value", first, block(80))).toBe(80);
    expect(evaluateExpression("ingress.value", first, block(443))).toBe(443);
  });
});
