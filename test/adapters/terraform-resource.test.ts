import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const POLICY = `id: T-TF-001
title: RDS storage is encrypted
severity: high
description: Test policy.
incidents: [{ id: docomo-nexia-2023-03, lesson: encrypt data at rest }]
target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
assert:
  - cel: "has(subject.storage_encrypted) && subject.storage_encrypted == true"
    path: storage_encrypted
    message: "{{ meta.address }} in {{ meta.module }} stores data unencrypted"
remediation: { summary: set storage_encrypted = true }
`;

describe("terraform-resource subjects", () => {
  it("are addressed like Terraform, with var/local literals resolved across the module's files", async () => {
    const root = makeTree({
      "p/t.policy.yaml": POLICY,
      "infra/variables.tf": 'variable "encrypt" {\n  type    = bool\n  default = false\n}\n',
      "infra/main.tf": [
        'resource "aws_db_instance" "main" {',
        '  engine            = "postgres"',
        "  storage_encrypted = var.encrypt",
        "}",
        "",
        'resource "aws_db_instance" "replica" {',
        "  storage_encrypted = true",
        "}",
        "",
        'resource "aws_s3_bucket" "logs" {',
        '  bucket = "logs"',
        "}",
        "",
      ].join("\n"),
    });
    const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
    expect(result.findings.map((f) => [f.subject, `${f.file}:${f.range?.line}:${f.range?.column}`, f.message])).toEqual([
      ["infra:aws_db_instance.main", "infra/main.tf:3:23", "aws_db_instance.main in infra stores data unencrypted"],
    ]);
    expect(result.coverage).toEqual([{ policyId: "T-TF-001", subjects: 2 }]);
  });
  it("address a called module's resources once per call, with the call's arguments as variables", async () => {
    const bucket = [
      'variable "encrypt" {', //          1
      "  default = true", //              2
      "}", //                             3
      'resource "aws_db_instance" "db" {', // 4
      "  storage_encrypted = var.encrypt", // 5
      "}", //                             6
      'module "inner" {', //              7
      '  source = "../inner"', //         8
      "}", //                             9
      "",
    ].join("\n");
    const root = makeTree({
      "p/t.policy.yaml": POLICY,
      "infra/main.tf": [
        'module "plain" {',
        '  source = "./modules/db"',
        "}",
        'module "legacy" {',
        '  source  = "./modules/db/"',
        "  encrypt = false",
        "}",
        'module "computed" {',
        '  source  = "./modules/db"',
        "  encrypt = var.encrypt_all",
        "}",
        'module "remote" {',
        '  source = "terraform-aws-modules/rds/aws"',
        "}",
        "",
      ].join("\n"),
      "infra/modules/db/main.tf": bucket,
      "infra/modules/inner/main.tf": 'resource "aws_db_instance" "inner" {\n  storage_encrypted = false\n}\nmodule "back" {\n  source = "../db"\n}\n',
      "standalone/main.tf": 'resource "aws_db_instance" "old" {\n  storage_encrypted = false\n}\n',
    });
    const result = await check({ cwd: root, paths: ["infra", "standalone"], builtin: false, policyDirs: ["p"], config: false });
    const seen = result.findings.map((f) => [f.subject, f.status, `${f.file}:${f.range?.line}:${f.range?.column}`]);
    expect(seen).toEqual([
      ["infra:module.computed.aws_db_instance.db", "unknown", "infra/modules/db/main.tf:5:23"],
      ["infra:module.legacy.aws_db_instance.db", "fail", "infra/modules/db/main.tf:5:23"],
      // The inner module is reached from each of the three calls (its call back to db is a cycle
      // and is not followed): three subjects, one defect at one line, so one finding.
      ["infra:module.plain.module.inner.aws_db_instance.inner", "fail", "infra/modules/inner/main.tf:2:23"],
      ["standalone:aws_db_instance.old", "fail", "standalone/main.tf:2:23"],
    ]);
    expect(result.findings.find((f) => f.file === "infra/modules/inner/main.tf")?.message).toMatch(/\(The same in 2 other instances of the module\.\)$/);
    // module.plain.aws_db_instance.db keeps the default `true` and passes; the directory itself is not a subject of its own.
    expect(result.coverage).toEqual([{ policyId: "T-TF-001", subjects: 7 }]);
  });
});

describe("dynamic blocks", () => {
  const ENCRYPTION = `id: T-TF-DYN
title: buckets name a key
severity: medium
description: Test policy.
incidents: [{ id: docomo-nexia-2023-03, lesson: encrypt data at rest }]
target: { kind: terraform-resource, where: "meta.type == 'google_storage_bucket'" }
assert:
  - cel: "'encryption' in subject && subject.encryption.exists(e, 'default_kms_key_name' in e && e.default_kms_key_name != '')"
    path: encryption
    message: "{{ meta.address }} has no key"
remediation: { summary: name a key }
`;
  it("show as the blocks Terraform generates: none, copies of content, or unknown", async () => {
    const root = makeTree({
      "p/t.policy.yaml": ENCRYPTION,
      "infra/main.tf": [
        'variable "encryption" {}', // 1
        'resource "google_storage_bucket" "generated" {', // 2
        '  name = "a"', // 3
        '  dynamic "encryption" {', // 4
        "    for_each = var.encryption == null ? [] : [var.encryption]", // 5
        "    content {", // 6
        "      default_kms_key_name = encryption.value", // 7
        "    }", // 8
        "  }", // 9
        "}", // 10
        'resource "google_storage_bucket" "none" {', // 11
        '  name = "b"', // 12
        '  dynamic "encryption" {', // 13
        "    for_each = []", // 14
        "    content {", // 15
        '      default_kms_key_name = "k"', // 16
        "    }", // 17
        "  }", // 18
        "}", // 19
        'resource "google_storage_bucket" "literal" {', // 20
        '  name = "c"', // 21
        '  dynamic "encryption" {', // 22
        '    for_each = ["one"]', // 23
        "    content {", // 24
        '      default_kms_key_name = "k"', // 25
        "    }", // 26
        "  }", // 27
        "}", // 28
        'variable "keys" {', // 29
        '  default = [{ name = "" }, { name = "" }]', // 30
        "}", // 31
        'resource "google_storage_bucket" "iterated" {', // 32
        '  name = "d"', // 33
        '  dynamic "encryption" {', // 34
        "    for_each = var.keys", // 35
        "    iterator = key", // 36
        "    content {", // 37
        "      default_kms_key_name = key.value.name", // 38
        "    }", // 39
        "  }", // 40
        "}", // 41
        "",
      ].join("\n"),
    });
    const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
    expect(result.findings.map((f) => [f.subject, f.status, `${f.file}:${f.range?.line}:${f.range?.column}`])).toEqual([
      ["infra:google_storage_bucket.generated", "unknown", "infra/main.tf:2:1"],
      ["infra:google_storage_bucket.none", "fail", "infra/main.tf:11:1"],
      // Each generated block reads its iterator (`key.value.name`): both are empty, so no key is named.
      ["infra:google_storage_bucket.iterated", "fail", "infra/main.tf:32:1"],
    ]);
    expect(result.findings[0]?.message).toContain("encryption blocks are generated by a dynamic block (for_each = var.encryption == null ? [] : [var.encryption])");
  });
});

describe("count and for_each over literals", () => {
  const ENCRYPTED = `id: T-TF-CNT
title: volumes are encrypted
severity: high
description: Test policy.
incidents: [{ id: docomo-nexia-2023-03, lesson: encrypt data at rest }]
target: { kind: terraform-resource, where: "meta.type == 'aws_ebs_volume'" }
assert:
  - cel: "has(subject.encrypted) && subject.encrypted == true"
    path: encrypted
    message: "{{ meta.address }} is unencrypted"
remediation: { summary: set encrypted = true }
`;
  it("are one subject per instance, with count.index, each.key and each.value known", async () => {
    const root = makeTree({
      "p/t.policy.yaml": ENCRYPTED,
      "infra/main.tf": [
        "locals {", // 1
        "  volumes = {", // 2
        "    logs  = { size = 10, encrypted = false }", // 3
        "    data  = { size = 50, encrypted = true }", // 4
        "    cache = { size = 5, encrypted = false }", // 5
        "  }", // 6
        "}", // 7
        'resource "aws_ebs_volume" "named" {', // 8
        "  for_each          = local.volumes", // 9
        '  availability_zone = "ap-northeast-1a"', // 10
        "  size              = each.value.size", // 11
        "  encrypted         = each.value.encrypted", // 12
        '  tags              = { Name = each.key }', // 13
        "}", // 14
        'resource "aws_ebs_volume" "scratch" {', // 15
        "  count             = 2", // 16
        '  availability_zone = "ap-northeast-1a"', // 17
        "  size              = 1", // 18
        "}", // 19
        'resource "aws_ebs_volume" "many" {', // 20
        "  count             = var.n", // 21
        '  availability_zone = "ap-northeast-1a"', // 22
        "  encrypted         = count.index == 0", // 23
        "}", // 24
        "",
      ].join("\n"),
    });
    const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
    expect(result.findings.map((f) => [f.subject, f.status, `${f.file}:${f.range?.line}:${f.range?.column}`, f.message])).toEqual([
      ["infra:aws_ebs_volume.named[\"logs\"]", "fail", "infra/main.tf:12:23", 'aws_ebs_volume.named["logs"] is unencrypted (The same in 1 other instance of the resource.)'],
      ["infra:aws_ebs_volume.scratch[0]", "fail", "infra/main.tf:15:1", "aws_ebs_volume.scratch[0] is unencrypted (The same in 1 other instance of the resource.)"],
      ["infra:aws_ebs_volume.many", "unknown", "infra/main.tf:23:23", expect.stringContaining("`count.index == 0` is not a literal")],
    ]);
    // named["data"] passes; every instance was judged.
    expect(result.coverage).toEqual([{ policyId: "T-TF-CNT", subjects: 6 }]);
  });
});
