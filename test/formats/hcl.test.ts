import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hclParser } from "../../src/formats/hcl/parser.js";
import type { DocPath, ParseResult, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

function at(value: unknown, path: DocPath): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const MAIN_TF = [
  'resource "aws_db_instance" "main" {', //                                  1
  '  identifier        = "shop-${var.env}"', //                             2
  "  storage_encrypted = true", //                                           3
  "  backup_retention_period = 0 # see OPS-12", //                          4
  "  kms_key_id        = aws_kms_key.db.arn", //                            5
  "  vpc_security_group_ids = [aws_security_group.db.id]", //               6
  "}", //                                                                    7
  "", //                                                                     8
  'resource "aws_s3_bucket" "uploads" {', //                                 9
  '  bucket = "shop-uploads"', //                                           10
  "}", //                                                                   11
  "", //                                                                    12
  'resource "aws_s3_bucket_server_side_encryption_configuration" "uploads" {', // 13
  "  bucket = aws_s3_bucket.uploads.id", //                                 14
  "  rule {", //                                                            15
  "    apply_server_side_encryption_by_default {", //                       16
  '      sse_algorithm = "aws:kms"', //                                     17
  "    }", //                                                               18
  "    bucket_key_enabled = true", //                                       19
  "  }", //                                                                 20
  "}", //                                                                   21
  "", //                                                                    22
  'resource "aws_s3_bucket_public_access_block" "uploads" {', //            23
  "  bucket                  = aws_s3_bucket.uploads.id", //               24
  "  block_public_acls       = true", //                                   25
  "  block_public_policy     = false", //                                  26
  "}", //                                                                   27
  "", //                                                                    28
  "/* Database access. */", //                                             29
  'resource "aws_security_group" "db" {', //                               30
  '  name   = "db"', //                                                    31
  "  vpc_id = var.vpc_id", //                                              32
  "", //                                                                   33
  "  ingress {", //                                                        34
  "    from_port   = 5432", //                                             35
  "    to_port     = 5432", //                                             36
  '    protocol    = "tcp"', //                                            37
  '    cidr_blocks = ["10.0.0.0/8"]', //                                   38
  "  }", //                                                                39
  "", //                                                                   40
  "  egress {", //                                                         41
  "    from_port        = 0", //                                           42
  "    to_port          = 0", //                                           43
  '    protocol         = "-1"', //                                        44
  '    cidr_blocks      = ["0.0.0.0/0"]', //                               45
  '    ipv6_cidr_blocks = ["::/0"]', //                                    46
  "  }", //                                                                47
  "}", //                                                                  48
  "", //                                                                   49
  'resource "cloudflare_ruleset" "cache" {', //                            50
  "  zone_id = var.zone_id", //                                            51
  '  kind    = "zone"', //                                                 52
  '  phase   = "http_request_cache_settings"', //                          53
  "  rules = [{", //                                                       54
  '    action     = "set_cache_settings"', //                              55
  '    expression = "starts_with(http.request.uri.path, \\"/contact\\")"', // 56
  "    action_parameters = {", //                                          57
  "      cache = false", //                                                58
  '      edge_ttl = { mode = "override_origin", default = 7200 }', //       59
  "    }", //                                                              60
  "  }]", //                                                               61
  "}", //                                                                  62
  "", //                                                                   63
  'resource "aws_s3_bucket_policy" "uploads" {', //                        64
  "  bucket = aws_s3_bucket.uploads.id", //                                65
  "  policy = <<-EOF", //                                                  66
  "    {", //                                                              67
  '      "Statement": [{ "Effect": "Allow", "Principal": "*" }]', //       68
  "    }", //                                                              69
  "  EOF", //                                                              70
  "}", //                                                                  71
  "", //                                                                   72
  "// Okta v4 object attributes.", //                                      73
  'resource "okta_policy_mfa" "contractors" {', //                         74
  '  okta_otp = { enroll = "REQUIRED" }', //                               75
  "}", //                                                                  76
  "",
].join("\n");

describe("hclParser", () => {
  const document = only(hclParser.parse(MAIN_TF, "main.tf"));

  it("labels the single document", () => {
    expect(document.file).toBe("main.tf");
    expect(document.index).toBe(0);
  });

  it.each<[string, DocPath, unknown]>([
    ["a literal boolean", ["resource", "aws_db_instance", "main", "storage_encrypted"], true],
    ["a literal number before a comment", ["resource", "aws_db_instance", "main", "backup_retention_period"], 0],
    ["a template with interpolation", ["resource", "aws_db_instance", "main", "identifier"], { $expr: '"shop-${var.env}"' }],
    ["a reference", ["resource", "aws_db_instance", "main", "kms_key_id"], { $expr: "aws_kms_key.db.arn" }],
    ["a list of references", ["resource", "aws_db_instance", "main", "vpc_security_group_ids"], [{ $expr: "aws_security_group.db.id" }]],
    [
      "nested blocks as arrays of objects",
      ["resource", "aws_s3_bucket_server_side_encryption_configuration", "uploads", "rule"],
      [{ apply_server_side_encryption_by_default: [{ sse_algorithm: "aws:kms" }], bucket_key_enabled: true }],
    ],
    ["a split public access block", ["resource", "aws_s3_bucket_public_access_block", "uploads", "block_public_policy"], false],
    [
      "an ingress block",
      ["resource", "aws_security_group", "db", "ingress"],
      [{ from_port: 5432, to_port: 5432, protocol: "tcp", cidr_blocks: ["10.0.0.0/8"] }],
    ],
    ["an egress CIDR", ["resource", "aws_security_group", "db", "egress", 0, "cidr_blocks", 0], "0.0.0.0/0"],
    ["an escaped quote", ["resource", "cloudflare_ruleset", "cache", "rules", 0, "expression"], 'starts_with(http.request.uri.path, "/contact")'],
    [
      "attribute-object syntax",
      ["resource", "cloudflare_ruleset", "cache", "rules", 0, "action_parameters"],
      { cache: false, edge_ttl: { mode: "override_origin", default: 7200 } },
    ],
    [
      "an indented heredoc",
      ["resource", "aws_s3_bucket_policy", "uploads", "policy"],
      '{\n  "Statement": [{ "Effect": "Allow", "Principal": "*" }]\n}\n',
    ],
    ["an Okta factor object", ["resource", "okta_policy_mfa", "contractors", "okta_otp"], { enroll: "REQUIRED" }],
  ])("reads %s", (_name, path, expected) => {
    expect(at(document.value, path)).toStrictEqual(expected);
  });

  it.each<[string, DocPath, Range]>([
    ["a deeply nested list element", ["resource", "aws_security_group", "db", "egress", 0, "cidr_blocks", 0], range(45, 25, 45, 36)],
    ["a whole list", ["resource", "aws_security_group", "db", "egress", 0, "cidr_blocks"], range(45, 24, 45, 37)],
    ["a nested block", ["resource", "aws_security_group", "db", "egress", 0], range(41, 3, 47, 4)],
    ["a resource block", ["resource", "aws_security_group", "db"], range(30, 1, 48, 2)],
    ["an expression", ["resource", "aws_db_instance", "main", "kms_key_id"], range(5, 23, 5, 41)],
    ["a value followed by a comment", ["resource", "aws_db_instance", "main", "backup_retention_period"], range(4, 29, 4, 30)],
    ["an object attribute member", ["resource", "cloudflare_ruleset", "cache", "rules", 0, "action_parameters", "edge_ttl", "mode"], range(59, 27, 59, 44)],
    ["a heredoc", ["resource", "aws_s3_bucket_policy", "uploads", "policy"], range(66, 12, 70, 6)],
    ["the deepest ancestor of a missing key", ["resource", "aws_db_instance", "main", "deletion_protection"], range(1, 1, 7, 2)],
    ["an index past the end", ["resource", "aws_security_group", "db", "ingress", 3], range(34, 3, 39, 4)],
    ["a path into a marker", ["resource", "aws_db_instance", "main", "kms_key_id", "$expr"], range(5, 23, 5, 41)],
  ])("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toStrictEqual(expected);
  });

  it("gives identical values and ranges for CRLF and BOM variants", () => {
    const path = ["resource", "aws_security_group", "db", "egress", 0, "cidr_blocks", 0];
    for (const text of [MAIN_TF.replace(/\n/g, "\r\n"), `\uFEFF${MAIN_TF}`, `\uFEFF${MAIN_TF.replace(/\n/g, "\r\n")}`]) {
      const variant = only(hclParser.parse(text, "main.tf"));
      expect(variant.value).toStrictEqual(document.value);
      expect(variant.locate(path)).toStrictEqual(range(45, 25, 45, 36));
      expect(variant.locate(["resource", "aws_s3_bucket_policy", "uploads", "policy"])).toStrictEqual(range(66, 12, 70, 6));
    }
  });
});

describe("hclParser value shape", () => {
  it.each<[string, string, unknown]>([
    [
      "top-level blocks by kind",
      [
        'variable "env" {', '  type    = string', '  default = "prod"', "}",
        "locals {", "  a = 1", "}", "locals {", "  b = [1, 2]", "}",
        'module "vpc" {', '  source = "terraform-aws-modules/vpc/aws"', "}",
        'data "aws_iam_policy_document" "p" {', "  statement {", '    actions = ["s3:*"]', "  }", "}",
        'output "id" {', "  value = module.vpc.id", "}",
      ].join("\n"),
      {
        variable: { env: { type: { $expr: "string" }, default: "prod" } },
        locals: { a: 1, b: [1, 2] },
        module: { vpc: { source: "terraform-aws-modules/vpc/aws" } },
        data: { aws_iam_policy_document: { p: { statement: [{ actions: ["s3:*"] }] } } },
        output: { id: { value: { $expr: "module.vpc.id" } } },
      },
    ],
    [
      "providers and unlabelled blocks as arrays",
      ['provider "aws" {', '  region = "eu-west-1"', "}", 'provider "aws" {', '  alias = "us"', "}", "moved {", "  from = a.b", "  to = a.c", "}"].join("\n"),
      {
        provider: { aws: [{ region: "eu-west-1" }, { alias: "us" }] },
        moved: [{ from: { $expr: "a.b" }, to: { $expr: "a.c" } }],
      },
    ],
    [
      "dynamic blocks, count and for_each",
      [
        'resource "aws_security_group" "x" {',
        "  count = var.enabled ? 1 : 0",
        "  for_each = toset(var.names)",
        '  dynamic "ingress" {',
        "    for_each = var.rules",
        "    content {",
        "      from_port = ingress.value.port",
        "    }",
        "  }",
        "}",
      ].join("\n"),
      {
        resource: {
          aws_security_group: {
            x: {
              count: { $expr: "var.enabled ? 1 : 0" },
              for_each: { $expr: "toset(var.names)" },
              dynamic: { ingress: [{ for_each: { $expr: "var.rules" }, content: [{ from_port: { $expr: "ingress.value.port" } }] }] },
            },
          },
        },
      },
    ],
    [
      "a tfvars file",
      ['region = "eu-west-1"', "azs = [", '  "a",', '  "b", # trailing comma', "]", "tags = {", '  "Cost-Center" = "42"', "  Team: \"ops\"", "}"].join("\n"),
      { region: "eu-west-1", azs: ["a", "b"], tags: { "Cost-Center": "42", Team: "ops" } },
    ],
    [
      "literals and escapes",
      ['a = -1', 'b = 1.5e3', 'c = null', 'd = "\\u00e9\\t$${x}%%{y}"', 'e = "${"nested"}"', "f = <<EOF", "x ${y}", "EOF"].join("\n"),
      { a: -1, b: 1500, c: null, d: "é\t${x}%{y}", e: { $expr: '"${"nested"}"' }, f: { $expr: "<<EOF\nx ${y}\nEOF" } },
    ],
    [
      "expressions kept as written",
      [
        "a = [for s in var.l : upper(s) if s != \"\"]",
        "b = { for k, v in var.m : k => v }",
        "c = var.x[0].y[*].z",
        "d = provider::aws::arn_parse(var.arn)",
        "e = (",
        "  var.a",
        "  + 1",
        ")",
        "f = !var.enabled",
        'g = "%{ if var.x }yes%{ endif }"',
        "h = merge(var.a, { b = 1 }, var.c...)",
      ].join("\n"),
      {
        a: { $expr: 'for s in var.l : upper(s) if s != ""'.replace(/^/, "[").concat("]") },
        b: { $expr: "{ for k, v in var.m : k => v }" },
        c: { $expr: "var.x[0].y[*].z" },
        d: { $expr: "provider::aws::arn_parse(var.arn)" },
        e: { $expr: "(\n  var.a\n  + 1\n)" },
        f: { $expr: "!var.enabled" },
        g: { $expr: '"%{ if var.x }yes%{ endif }"' },
        h: { $expr: "merge(var.a, { b = 1 }, var.c...)" },
      },
    ],
    [
      "comments of every kind",
      ["# hash", "// slashes", "/* block", "   comment */ a = 1 /* inline */", "b = 2 // end"].join("\n"),
      { a: 1, b: 2 },
    ],
    [
      "constructs of the big public module collections",
      [
        'data "aws_partition" "current" {}',
        'resource "aws_ec2_tag" "primary" {',
        "  for_each = { for k, v in merge(var.tags, var.cluster_tags) :",
        '    k => v if local.create && k != "Name"',
        "  }",
        "  rules = { for k, v in {",
        "    ingress_443 = {",
        '      protocol = "tcp"',
        "    }",
        "  } : k => v if local.create_node_sg }",
        "  tags = merge(",
        "    var.tags,",
        '    { Name = "/aws/eks/${var.cluster_name}/cluster" },',
        "  )",
        "  depends_on = [",
        "    aws_iam_role.this,",
        "  ]",
        "  thumbprints = data.tls_certificate.this[0].certificates[*].sha1_fingerprint",
        "  policy = jsonencode({",
        '    Version = "2012-10-17"',
        "    Statement = [",
        '      { Action = ["logs:CreateLogGroup"], Effect = "Deny" },',
        "    ]",
        "  })",
        '  version = "1.1.0" # pinned',
        "  name = var.prefix ? null : local.name",
        "}",
      ].join("\n"),
      {
        data: { aws_partition: { current: {} } },
        resource: {
          aws_ec2_tag: {
            primary: {
              for_each: { $expr: '{ for k, v in merge(var.tags, var.cluster_tags) :\n    k => v if local.create && k != "Name"\n  }' },
              rules: { $expr: '{ for k, v in {\n    ingress_443 = {\n      protocol = "tcp"\n    }\n  } : k => v if local.create_node_sg }' },
              tags: { $expr: 'merge(\n    var.tags,\n    { Name = "/aws/eks/${var.cluster_name}/cluster" },\n  )' },
              depends_on: [{ $expr: "aws_iam_role.this" }],
              thumbprints: { $expr: "data.tls_certificate.this[0].certificates[*].sha1_fingerprint" },
              policy: { $expr: 'jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      { Action = ["logs:CreateLogGroup"], Effect = "Deny" },\n    ]\n  })' },
              version: "1.1.0",
              name: { $expr: "var.prefix ? null : local.name" },
            },
          },
        },
      },
    ],
    ["an empty file", "", {}],
    ["a one-line block", 'terraform { required_version = ">= 1.5" }', { terraform: [{ required_version: ">= 1.5" }] }],
  ])("reads %s", (_name, text, expected) => {
    expect(only(hclParser.parse(text, "x.tf")).value).toStrictEqual(expected);
  });

  it("merges object literals in merge() as Terraform does, each key placed where the argument that set it writes it", () => {
    const text = 'resource "aws_s3_bucket" "b" {\n  tags = merge({\n    Name = "${local.p}-data"\n    Env  = "dev"\n  }, {\n    Env  = "prod"\n    Team = "data"\n  })\n  other = merge(var.tags, { a = 1 })\n}\n';
    const document = only(hclParser.parse(text, "main.tf"));
    const bucket = (document.value as { resource: { aws_s3_bucket: { b: Record<string, unknown> } } }).resource.aws_s3_bucket.b;
    expect(bucket["tags"]).toStrictEqual({ Name: { $expr: '"${local.p}-data"' }, Env: "prod", Team: "data" });
    expect(bucket["other"]).toStrictEqual({ $expr: "merge(var.tags, { a = 1 })" });
    expect(document.locate(["resource", "aws_s3_bucket", "b", "tags", "Env"])).toEqual(range(6, 12, 6, 18));
    expect(document.locate(["resource", "aws_s3_bucket", "b", "tags", "Name"])).toEqual(range(3, 12, 3, 29));
  });

  it("keeps __proto__ as an own key", () => {
    const value = only(hclParser.parse('x = { "__proto__" = 1 }', "x.tfvars")).value as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(value["x"] ?? {}, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value["x"])).toBe(Object.prototype);
  });
});

describe("hclParser errors", () => {
  it.each<[string, string, string, Range]>([
    ["a missing closing brace", 'resource "a" "b" {\n  x = 1\n', "Expected '}' to close the block, found the end of the file.", range(3, 1, 3, 1)],
    ["a missing value", "a = \nb = 1", "Expected an expression, found a line break.", range(1, 5, 1, 5)],
    ["two attributes on one line", "a = 1 b = 2", "Unexpected 'b' after 'a'; expected a newline.", range(1, 7, 1, 8)],
    ["an unterminated string", 'a = "abc\nb = 1', "Unterminated string: expected '\"' before the end of the line.", range(1, 5, 1, 6)],
    ["an unterminated heredoc", "a = <<EOF\nxyz\n", "Unterminated heredoc: no line 'EOF' closes it.", range(1, 5, 1, 6)],
    ["a bad escape", 'a = "\\q"', "Invalid escape sequence '\\q'.", range(1, 6, 1, 7)],
    ["an interpolated label", 'resource "${x}" "y" {}', "A block label must be a literal string.", range(1, 10, 1, 11)],
    ["a stray closing brace", "a = 1\n}", "Unexpected '}'.", range(2, 1, 2, 2)],
    ["a missing comma in a list", "a = [1 2]", "Expected ',' or ']' in the list, found '2'.", range(1, 8, 1, 9)],
    ["an unterminated comment", "a = 1\n/* open", "Unterminated comment: expected '*/'.", range(2, 1, 2, 2)],
    ["a block without a body", 'resource "a" "b"\n', "Expected '=' or '{' after 'resource', found a line break.", range(1, 17, 1, 17)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    const result = hclParser.parse(text, "bad.tf");
    expect(result).toStrictEqual({ ok: false, errors: [{ message, range: expected }] });
    const crlf = hclParser.parse(`\uFEFF${text.replace(/\n/g, "\r\n")}`, "bad.tf");
    expect(crlf).toStrictEqual({ ok: false, errors: [{ message, range: expected }] });
  });

  it("never throws on hostile nesting", () => {
    const result = hclParser.parse(`a = ${"[".repeat(10_000)}`, "deep.tf");
    expect(result.ok).toBe(false);
  });
});

describe("hclParser robustness", () => {
  function checkResult(result: ParseResult): void {
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error?.message).not.toBe("");
    expect(error?.range.line).toBeGreaterThanOrEqual(1);
    expect(error?.range.column).toBeGreaterThanOrEqual(1);
  }

  it("never throws on any prefix of a real file", () => {
    fc.assert(fc.property(fc.nat(MAIN_TF.length), (cut) => checkResult(hclParser.parse(MAIN_TF.slice(0, cut), "cut.tf"))));
  });

  it("never throws on arbitrary text made of HCL punctuation", () => {
    const pieces = fc.constantFrom("a", " = ", "{", "}", "[", "]", "(", ")", '"', "${", "%{", "<<EOF", "EOF", "\n", "\r\n", "#", "/*", "*/", ",", ":", "?", "1", "-", ".", "for ", "\\");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => checkResult(hclParser.parse(parts.join(""), "random.tf"))));
  });
});
