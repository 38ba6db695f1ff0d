import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import type { Finding } from "../../src/types.js";
import { makeTree } from "../helpers/tree.js";

const HEAD = `title: Public access blocked
severity: high
description: Test policy.
incidents: [{ id: diamond-2023-12, lesson: test }]
remediation: { summary: fix it }
`;

async function run(policyBody: string, tf: string): Promise<Array<[string, string, string]>> {
  const root = makeTree({ "p/t.policy.yaml": `id: T-JOIN-001\n${HEAD}${policyBody}`, "infra/main.tf": tf });
  const result = await check({ cwd: root, paths: ["infra"], builtin: false, policyDirs: ["p"], config: false });
  return result.findings.map((f: Finding) => [f.status, `${f.file}:${f.range?.line ?? "-"}:${f.range?.column ?? "-"}`, f.message]);
}

const ATTACHED = `target: { kind: terraform-resource, where: "meta.type == 'aws_s3_bucket'" }
assert:
  - cel: >-
      meta.attached.exists(a, a.type == 'aws_s3_bucket_public_access_block' &&
        a.value.block_public_acls == true)
`;

const bucket = (value: string): string =>
  `variable "block" {}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n\nresource "aws_s3_bucket_public_access_block" "logs" {\n  bucket            = aws_s3_bucket.logs.id\n  block_public_acls = ${value}\n}\n`;

describe("unknown values reached through joins", () => {
  it("a marker read through meta.attached makes the check unknown, not a failure", async () => {
    expect(await run(ATTACHED, bucket("var.block"))).toEqual([
      [
        "unknown",
        "infra/main.tf:3:1",
        "Public access blocked — assert[0]: depends on a value that cannot be known statically (meta.attached[0].value.block_public_acls: `var.block` is not a literal)",
      ],
    ]);
  });

  it("a marker read through meta.attached makes a passing-looking check unknown too", async () => {
    const negated = ATTACHED.replace("a.value.block_public_acls == true", "a.value.block_public_acls != false");
    expect((await run(negated, bucket("var.block"))).map(([status]) => status)).toEqual(["unknown"]);
  });

  it("markers the check does not read (the reference back to the bucket) do not make it unknown", async () => {
    expect(await run(ATTACHED, bucket("true"))).toEqual([]);
    expect(await run(ATTACHED, bucket("false"))).toEqual([["fail", "infra/main.tf:3:1", "Public access blocked"]]);
  });

  it("a marker passed whole to a function is unknown", async () => {
    const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_s3_bucket'" }
assert:
  - cel: "size(meta.attached.filter(a, a.value == a.value)) == 0"
`;
    expect((await run(policy, bucket("true"))).map(([status, , message]) => [status, message.replace(/\(.*\)/, "(…)")])).toEqual([
      ["unknown", "Public access blocked — assert[0]: depends on a value that cannot be known statically (…)"],
    ]);
  });

  it("a marker read through related is unknown", async () => {
    const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_s3_bucket'" }
related: { kind: terraform-resource, where: "meta.type == 'aws_s3_bucket_public_access_block'" }
assert:
  - cel: "related.exists(r, r.value.block_public_acls == true)"
`;
    expect(await run(policy, bucket("var.block"))).toEqual([
      [
        "unknown",
        "infra/main.tf:3:1",
        "Public access blocked — assert[0]: depends on a value that cannot be known statically (related[0].value.block_public_acls: `var.block` is not a literal)",
      ],
    ]);
    expect(await run(policy, bucket("true"))).toEqual([]);
  });
});

describe("unknown values reached through a filtered list", () => {
  it("a marker read through meta.attached.filter(...).exists(...) is unknown", async () => {
    const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_s3_bucket'" }
assert:
  - cel: >-
      meta.attached.filter(a, a.type == 'aws_s3_bucket_public_access_block')
        .exists(b, b.value.block_public_acls == true)
`;
    expect((await run(policy, bucket("var.block"))).map(([status]) => status)).toEqual(["unknown"]);
    expect(await run(policy, bucket("true"))).toEqual([]);
  });
});

describe("reads through a literal list of keys", () => {
  const policy = `target: { kind: terraform-resource, where: "meta.type == 'aws_s3_bucket'" }
assert:
  - cel: >-
      meta.attached.exists(a, a.type == 'aws_s3_bucket_public_access_block' &&
        ['block_public_acls'].all(k, k in a.value && a.value[k] == true))
`;
  it("read just those keys: a marker under one of them is unknown, one elsewhere is not", async () => {
    expect((await run(policy, bucket("var.block"))).map(([status]) => status)).toEqual(["unknown"]);
    expect(await run(policy, bucket("true"))).toEqual([]);
  });
});
