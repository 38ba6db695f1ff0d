import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import type { Finding } from "../../src/types.js";
import { makeTree } from "../helpers/tree.js";
import { holdsUnknown } from "../../src/engine/unknown-reads.js";

const HEAD = `title: Encrypted
severity: high
description: Test policy.
incidents: [{ id: diamond-2023-12, lesson: test }]
remediation: { summary: fix it }
`;

async function run(policyBody: string, tf: string): Promise<Array<[string, string, string]>> {
  const root = makeTree({ "p/t.policy.yaml": `id: T-UNK-002\n${HEAD}${policyBody}`, "infra/main.tf": tf });
  const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
  return result.findings.map((f: Finding) => [f.status, `${f.file}:${f.range?.line ?? "-"}:${f.range?.column ?? "-"}`, f.message]);
}

const CEL = `target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
assert:
  - cel: "subject.storage_encrypted == true"
    path: storage_encrypted
`;

describe("checks that read values unknown statically", () => {
  it("report unknown at the unknown value, not a pass, when a CEL check reads one", async () => {
    const tf = 'variable "enc" {}\n\nresource "aws_db_instance" "main" {\n  storage_encrypted = var.enc\n}\n';
    expect(await run(CEL, tf)).toEqual([
      ["unknown", "infra/main.tf:4:23", "Encrypted — assert[0]: depends on a value that cannot be known statically (`var.enc` is not a literal)"],
    ]);
  });

  it("report unknown, not a failure, when the check would otherwise fail", async () => {
    const policy = CEL.replace("subject.storage_encrypted == true", "subject.storage_encrypted == false");
    const tf = 'resource "aws_db_instance" "main" {\n  storage_encrypted = data.x.y\n}\n';
    expect(await run(policy, tf)).toEqual([
      ["unknown", "infra/main.tf:2:23", "Encrypted — assert[0]: depends on a value that cannot be known statically (`data.x.y` is not a literal)"],
    ]);
  });

  it("decide normally once a variable resolves to a literal default", async () => {
    const tf = 'variable "enc" {\n  default = false\n}\n\nresource "aws_db_instance" "main" {\n  storage_encrypted = var.enc\n}\n';
    expect(await run(CEL, tf)).toEqual([["fail", "infra/main.tf:6:23", "Encrypted"]]);
  });

  it("report unknown when a list the check iterates holds an unknown element", async () => {
    const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_security_group'" }
assert:
  - cel: "!subject.egress.exists(e, e.cidr_blocks.exists(c, c == '0.0.0.0/0'))"
`;
    const tf = 'resource "aws_security_group" "db" {\n  egress {\n    cidr_blocks = [var.anywhere]\n  }\n}\n';
    expect(await run(policy, tf)).toEqual([
      ["unknown", "infra/main.tf:3:20", "Encrypted — assert[0]: depends on a value that cannot be known statically (`var.anywhere` is not a literal)"],
    ]);
  });

  it("report unknown when a JSON Schema check fails on an unknown value", async () => {
    const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
assert:
  - schema: { properties: { storage_encrypted: { const: true } } }
`;
    const tf = 'resource "aws_db_instance" "main" {\n  storage_encrypted = local.enc\n}\n';
    expect(await run(policy, tf)).toEqual([
      ["unknown", "infra/main.tf:2:23", "Encrypted — assert[0]: depends on a value that cannot be known statically (`local.enc` is not a literal)"],
    ]);
  });

  it("report unknown when a target filter reads an unknown value", async () => {
    const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance' && subject.engine == 'mysql'" }
assert:
  - cel: "true"
`;
    const tf = 'resource "aws_db_instance" "main" {\n  engine = var.engine\n}\n';
    expect(await run(policy, tf)).toEqual([
      ["unknown", "infra/main.tf:2:12", "Encrypted — target.where: depends on a value that cannot be known statically (`var.engine` is not a literal)"],
    ]);
  });

  describe("guarded with isUnknown()", () => {
    const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
assert:
  - cel: >-
      (!isUnknown(subject.storage_encrypted) && subject.storage_encrypted == true) ||
      (!isUnknown(subject.kms_key_id) && subject.kms_key_id != '')
`;
    const tf = (encrypted: string, key: string) => `resource "aws_db_instance" "main" {\n  storage_encrypted = ${encrypted}\n  kms_key_id        = ${key}\n}\n`;

    it("pass when the known values prove it, whatever the unknown one is", async () => {
      expect(await run(policy, tf("var.enc", '"arn:aws:kms:ap-northeast-1:123456789012:key/x"'))).toEqual([]);
    });

    it("report unknown, not a failure, when the check fails while a guarded value is unknown", async () => {
      expect(await run(policy, tf("var.enc", '""'))).toEqual([
        ["unknown", "infra/main.tf:2:23", "Encrypted — assert[0]: depends on a value that cannot be known statically (`var.enc` is not a literal)"],
      ]);
    });

    it("fail when every value is known", async () => {
      expect(await run(policy, tf("false", '""'))).toEqual([["fail", "infra/main.tf:1:1", "Encrypted"]]);
    });
  });

  it("decide a conjunction by a known false operand and a disjunction by a known true one, whatever the unknown operands hold", async () => {
    const where = `target:
  kind: terraform-resource
  where: "meta.type == 'aws_dynamodb_table' && 'personal' in subject.tags"
assert:
  - cel: "false"
`;
    // A bucket whose tags come from a variable is not a DynamoDB table: not selected, not unknown.
    const tf = 'variable "tags" {}\n\nresource "aws_s3_bucket" "b" {\n  tags = var.tags\n}\n\nresource "aws_dynamodb_table" "t" {\n  tags = var.tags\n}\n';
    expect(await run(where, tf)).toEqual([
      ["unknown", "infra/main.tf:8:10", "Encrypted — target.where: depends on a value that cannot be known statically (`var.tags` is not a literal)"],
    ]);
    const either = `target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
assert:
  - cel: "subject.storage_encrypted == true || subject.kms_key_id == 'alias/db'"
    path: storage_encrypted
`;
    const known = 'resource "aws_db_instance" "main" {\n  storage_encrypted = var.enc\n  kms_key_id        = "alias/db"\n}\n';
    expect(await run(either, known)).toEqual([]);
    const unknownBoth = 'resource "aws_db_instance" "main" {\n  storage_encrypted = var.enc\n  kms_key_id        = "alias/other"\n}\n';
    expect((await run(either, unknownBoth)).map(([status]) => status)).toEqual(["unknown"]);
  });
});

describe("keys named by a param", () => {
  const POLICY = `target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
params:
  labels: { description: classification tags, default: [data-classification] }
assert:
  - cel: "!params.labels.exists(l, l in subject.tags && subject.tags[l] == 'pii')"
    path: tags
`;
  it("are the only values read: an unknown tag the param does not name leaves the check decidable", async () => {
    const tf = 'variable "name" {}\nresource "aws_db_instance" "main" {\n  tags = { Name = var.name, data-classification = "pii" }\n}\n';
    expect(await run(POLICY, tf)).toEqual([["fail", "infra/main.tf:3:10", "Encrypted"]]);
  });
  it("make the check unknown when the named tag itself is unknown", async () => {
    const tf = 'variable "class" {}\nresource "aws_db_instance" "main" {\n  tags = { Name = "db", data-classification = var.class }\n}\n';
    expect(await run(POLICY, tf)).toEqual([["unknown", "infra/main.tf:3:47", "Encrypted — assert[0]: depends on a value that cannot be known statically (`var.class` is not a literal)"]]);
  });
});

describe("checks whose condition (when) reads a value unknown statically", () => {
  const WHEN = `target: { kind: terraform-resource, where: "meta.type == 'aws_db_instance'" }
assert:
  - when: "subject.tags.tier == 'data'"
    cel: "subject.storage_encrypted == true"
    path: storage_encrypted
`;
  const db = (encrypted: string): string => `variable "tags" {}\n\nresource "aws_db_instance" "main" {\n  tags              = var.tags\n  storage_encrypted = ${encrypted}\n}\n`;

  it("pass when the check holds whichever way the condition goes", async () => {
    expect(await run(WHEN, db("true"))).toEqual([]);
  });

  it("report the condition unknown when the check would fail", async () => {
    expect(await run(WHEN, db("false"))).toEqual([
      ["unknown", "infra/main.tf:4:23", "Encrypted — assert[0].when: depends on a value that cannot be known statically (`var.tags` is not a literal)"],
    ]);
  });

  it("report the condition unknown when the check itself reads an unknown value", async () => {
    expect(await run(WHEN, db("var.enc"))).toEqual([
      ["unknown", "infra/main.tf:4:23", "Encrypted — assert[0].when: depends on a value that cannot be known statically (`var.tags` is not a literal)"],
    ]);
  });
});

describe("looking for unknown markers inside a value", () => {
  const marker = { $unknown: "set elsewhere" };

  it("finds a marker deep in a plain tree, and none in a tree without one", () => {
    let tree: unknown = { leaf: [1, "two", { marker }] };
    for (let i = 0; i < 200; i++) tree = { [`k${i}`]: tree, other: { x: 1 } };
    expect(holdsUnknown(tree)).toBe(true);
    expect(holdsUnknown({ a: { b: [{ c: 1 }, null] } })).toBe(false);
  });

  it("answers for values that share their parts in one visit per distinct object", () => {
    // Ten levels of ten references each: 10^10 paths, 11 objects.
    const bomb = (bottom: unknown): unknown => {
      let level: unknown = bottom;
      for (let i = 0; i < 10; i++) level = Array.from({ length: 10 }, () => level);
      return level;
    };
    expect(holdsUnknown(bomb({ x: 1 }))).toBe(false);
    expect(holdsUnknown(bomb({ x: marker }))).toBe(true);
  });

  it("ends on a value that contains itself", () => {
    const cycle: Record<string, unknown> = { a: { b: 1 } };
    cycle["self"] = cycle;
    expect(holdsUnknown(cycle)).toBe(false);
    const marked: Record<string, unknown> = { self: undefined, m: { list: [marker] } };
    marked["self"] = marked;
    expect(holdsUnknown(marked)).toBe(true);
  });
});
