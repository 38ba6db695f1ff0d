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
});
