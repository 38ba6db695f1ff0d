import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hclParser } from "../../src/formats/hcl/parser.js";
import { terraformParser } from "../../src/formats/terraform-json.js";
import { check } from "../../src/run.js";
import { only, range } from "../helpers/parse.js";
import { makeTree } from "../helpers/tree.js";

const NATIVE = `resource "aws_s3_bucket" "logs" {
  bucket = var.name
  tags   = { team = "web", note = "$\${literal}" }
}
resource "aws_db_instance" "db" {
  storage_encrypted = false
  identifier        = "db-\${var.env}"
}
variable "name" {
  default = "logs"
}
locals {
  retention = 7
}
locals {
  owner = "web"
}
module "net" {
  source = "./net"
}
terraform {
  required_version = ">= 1.5"
}
provider "aws" {
  region = "ap-northeast-1"
}
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
`;

// The same configuration in JSON syntax, written with the array forms Terraform also accepts.
const JSON_SYNTAX = `{
  "//": "generated",
  "resource": [
    { "aws_s3_bucket": { "logs": { "bucket": "\${var.name}", "tags": { "team": "web", "note": "$\${literal}" } } } },
    { "aws_db_instance": { "db": [{
      "//": "the main database",
      "storage_encrypted": false,
      "identifier": "db-\${var.env}"
    }] } }
  ],
  "variable": { "name": { "default": "logs" } },
  "locals": [{ "retention": 7 }, { "owner": "web" }],
  "module": { "net": { "source": "./net" } },
  "terraform": { "required_version": ">= 1.5" },
  "provider": { "aws": [{ "region": "ap-northeast-1" }, { "alias": "us", "region": "us-east-1" }] }
}
`;

describe("terraformParser on .tf.json", () => {
  const document = only(terraformParser.parse(JSON_SYNTAX, "infra/main.tf.json"));

  it("gives the value the native syntax gives for the same configuration", () => {
    expect(document.value).toEqual(only(hclParser.parse(NATIVE, "infra/main.tf")).value);
  });

  it("reads a whole-string interpolation as the reference and any other template as unknown", () => {
    const resource = (document.value as { resource: Record<string, Record<string, Record<string, unknown>>> }).resource;
    expect(resource["aws_s3_bucket"]?.["logs"]?.["bucket"]).toEqual({ $expr: "var.name" });
    expect(resource["aws_db_instance"]?.["db"]?.["identifier"]).toEqual({ $expr: '"db-${var.env}"' });
  });

  it("locates reshaped values where they are written", () => {
    expect(document.locate(["resource", "aws_db_instance", "db", "storage_encrypted"])).toEqual(range(7, 28, 7, 33));
    expect(document.locate(["resource", "aws_s3_bucket", "logs", "tags", "note"])).toEqual(range(4, 94, 4, 107));
    expect(document.locate(["locals", "owner"])).toEqual(range(12, 45, 12, 50));
    expect(document.locate(["provider", "aws", 1, "alias"])).toEqual(range(15, 68, 15, 72));
    expect(document.locate(["terraform", 0, "required_version"])).toEqual(range(14, 38, 14, 46));
  });

  it("gives CRLF and BOM files the positions of their LF twins", () => {
    const crlf = only(terraformParser.parse(`\uFEFF${JSON_SYNTAX.replace(/\n/g, "\r\n")}`, "main.tf.json"));
    expect(crlf.value).toEqual(document.value);
    for (const path of [["resource", "aws_db_instance", "db", "storage_encrypted"], ["locals", "owner"], ["provider", "aws", 1]]) {
      expect(crlf.locate(path)).toEqual(document.locate(path));
    }
  });

  it("reports JSON syntax errors at their position", () => {
    expect(terraformParser.parse('{ "resource": }', "x.tf.json")).toMatchObject({ ok: false, errors: [{ range: range(1, 15, 1, 16) }] });
  });

  it("reads .tfvars.json as plain values and .tf as native syntax", () => {
    expect(only(terraformParser.parse('{ "name": "${not.a.template}" }', "prod.tfvars.json")).value).toEqual({ name: "${not.a.template}" });
    expect(only(terraformParser.parse('name = "x"\n', "prod.tfvars")).value).toEqual({ name: "x" });
  });

  it("joins .tf.json resources to their module in a run", async () => {
    const root = makeTree({
      "p/t.policy.yaml": `id: T-TFJ-001
title: RDS storage is encrypted
severity: high
description: Test policy.
incidents: []
target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
assert:
  - cel: "subject.storage_encrypted == true"
    path: storage_encrypted
remediation: { summary: encrypt }
`,
      "infra/main.tf.json": '{\n  "resource": { "aws_db_instance": { "db": { "storage_encrypted": "${var.encrypt}" } } }\n}\n',
      "infra/variables.tf": 'variable "encrypt" {\n  default = false\n}\n',
    });
    const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
    expect(result.findings.map((f) => `${f.policyId} ${f.subject} ${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual([
      "T-TFJ-001 infra:aws_db_instance.db infra/main.tf.json:2:67",
    ]);
  });
  it("never throws on any JSON, and locates any path", () => {
    const kinds = fc.constantFrom("resource", "data", "module", "provider", "locals", "terraform", "variable", "//", "x");
    const shape = fc.dictionary(kinds, fc.jsonValue({ maxDepth: 4 }));
    const segment = fc.oneof(fc.constantFrom("resource", "provider", "locals", "terraform", "a", "//"), fc.nat(2));
    fc.assert(
      fc.property(fc.oneof(shape, fc.jsonValue({ maxDepth: 3 })), fc.array(segment, { maxLength: 5 }), (value, path) => {
        const result = terraformParser.parse(JSON.stringify(value, null, 1), "fuzz.tf.json");
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.documents[0]?.locate(path).line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
