import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const POLICY = `id: T-TF-JOIN
title: Buckets block public access
severity: high
description: Test policy joining split resources.
incidents: [{ id: docomo-nexia-2023-03, lesson: test }]
target: { kind: terraform-resource, where: "meta.type == 'aws_s3_bucket'" }
assert:
  - cel: >-
      meta.attached.exists(a, a.type == 'aws_s3_bucket_public_access_block' &&
        ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']
          .all(k, k in a.value && a.value[k] == true))
    message: "{{ meta.address }} has no complete public access block ({{ meta.attached.map(a, a.address) }})"
remediation: { summary: add aws_s3_bucket_public_access_block }
`;

const BUCKETS = [
  'resource "aws_s3_bucket" "logs" {',
  '  bucket = "acme-logs"',
  "}",
  "",
  'resource "aws_s3_bucket" "exports" {',
  '  bucket = "acme-exports"',
  "}",
  "",
  'resource "aws_s3_bucket" "logs_archive" {',
  '  bucket = "acme-logs-archive"',
  "}",
  "",
].join("\n");

const BLOCKS = [
  'resource "aws_s3_bucket_public_access_block" "logs" {',
  "  bucket                  = aws_s3_bucket.logs.id",
  "  block_public_acls       = true",
  "  block_public_policy     = true",
  "  ignore_public_acls      = true",
  "  restrict_public_buckets = true",
  "}",
  "",
  'resource "aws_s3_bucket_public_access_block" "exports" {',
  "  bucket            = aws_s3_bucket.exports.id",
  "  block_public_acls = true",
  "}",
  "",
  'resource "aws_s3_bucket_versioning" "exports" {',
  "  bucket = aws_s3_bucket.exports.bucket",
  '  versioning_configuration { status = "Enabled" }',
  "}",
  "",
].join("\n");

describe("split Terraform resources", () => {
  it("are joined to the resource they name, within the module, as meta.attached", async () => {
    const root = makeTree({ "p/t.policy.yaml": POLICY, "infra/s3.tf": BUCKETS, "infra/access.tf": BLOCKS });
    const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
    expect(result.findings.map((f) => [`${f.file}:${f.range?.line}:${f.range?.column}`, f.message])).toEqual([
      // `aws_s3_bucket.logs` is not mistaken for `aws_s3_bucket.logs_archive`.
      ["infra/s3.tf:5:1", 'aws_s3_bucket.exports has no complete public access block (["aws_s3_bucket_public_access_block.exports","aws_s3_bucket_versioning.exports"])'],
      ["infra/s3.tf:9:1", "aws_s3_bucket.logs_archive has no complete public access block ([])"],
    ]);
  });

  it("join an instance of a counted or keyed resource to the instances that name it by their own key or by a literal one", async () => {
    const tf = [
      'resource "aws_s3_bucket" "b" {',
      "  count  = 2",
      '  bucket = "acme-${count.index}"',
      "}",
      'resource "aws_s3_bucket_public_access_block" "b" {',
      "  count                   = 2",
      "  bucket                  = aws_s3_bucket.b[count.index].id",
      "  block_public_acls       = count.index == 0",
      "  block_public_policy     = true",
      "  ignore_public_acls      = true",
      "  restrict_public_buckets = true",
      "}",
      'resource "aws_s3_bucket" "m" {',
      "  for_each = { a = 1, b = 2 }",
      "  bucket   = each.key",
      "}",
      'resource "aws_s3_bucket_public_access_block" "m" {',
      "  for_each                = { a = 1, b = 2 }",
      "  bucket                  = aws_s3_bucket.m[each.key].id",
      '  block_public_acls       = each.key == "a"',
      "  block_public_policy     = true",
      "  ignore_public_acls      = true",
      "  restrict_public_buckets = true",
      "}",
      'resource "aws_s3_bucket_versioning" "first" {',
      "  bucket = aws_s3_bucket.b[0].id",
      "}",
      'resource "aws_s3_bucket_versioning" "named" {',
      '  bucket = aws_s3_bucket.m["b"].id',
      "}",
      "",
    ].join("\n");
    const root = makeTree({ "p/t.policy.yaml": POLICY, "infra/s3.tf": tf });
    const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
    expect(result.findings.map((f) => [`${f.file}:${f.range?.line}:${f.range?.column}`, f.message])).toEqual([
      ["infra/s3.tf:1:1", 'aws_s3_bucket.b[1] has no complete public access block (["aws_s3_bucket_public_access_block.b[1]"])'],
      ["infra/s3.tf:13:1", 'aws_s3_bucket.m["b"] has no complete public access block (["aws_s3_bucket_public_access_block.m[\\"b\\"]","aws_s3_bucket_versioning.named"])'],
    ]);
  });
});
