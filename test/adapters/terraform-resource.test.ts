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
