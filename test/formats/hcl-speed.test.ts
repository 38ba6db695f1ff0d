import { describe, expect, it } from "vitest";
import { hclParser } from "../../src/formats/hcl/parser.js";

// A measurement, not a check: run with `NORECUR_BENCH=1 npx vitest run test/formats/hcl-speed.test.ts`.
const RESOURCES = Number(process.env["NORECUR_BENCH_RESOURCES"] ?? 5000);

function generate(count: number): string {
  const blocks: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 4 === 0) {
      blocks.push(
        `resource "aws_security_group" "sg${i}" {\n  name   = "sg-${i}"\n  vpc_id = var.vpc_id\n\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.${i % 256}.0.0/16"] # office\n  }\n\n  egress {\n    from_port        = 0\n    to_port          = 0\n    protocol         = "-1"\n    cidr_blocks      = ["0.0.0.0/0"]\n    ipv6_cidr_blocks = ["::/0"]\n  }\n\n  tags = merge(var.tags, { Name = "sg-${i}" })\n}\n`,
      );
    } else if (i % 4 === 1) {
      blocks.push(
        `resource "aws_db_instance" "db${i}" {\n  count                   = var.create ? 1 : 0\n  identifier              = "db-${i}"\n  engine                  = "postgres"\n  storage_encrypted       = true\n  backup_retention_period = 7\n  kms_key_id              = aws_kms_key.db.arn\n  vpc_security_group_ids  = [aws_security_group.sg${i - 1}.id]\n}\n`,
      );
    } else if (i % 4 === 2) {
      blocks.push(
        `resource "cloudflare_ruleset" "r${i}" {\n  zone_id = var.zone_id\n  kind    = "zone"\n  phase   = "http_request_cache_settings"\n  rules = [{\n    action     = "set_cache_settings"\n    expression = "starts_with(http.request.uri.path, \\"/p${i}\\")"\n    action_parameters = {\n      cache    = false\n      edge_ttl = { mode = "override_origin", default = 7200 }\n    }\n  }]\n}\n`,
      );
    } else {
      blocks.push(
        `resource "aws_s3_bucket_policy" "p${i}" {\n  bucket = aws_s3_bucket.b.id\n  policy = <<-EOF\n    {\n      "Statement": [{ "Effect": "Allow", "Principal": "*" }]\n    }\n  EOF\n}\n`,
      );
    }
  }
  return blocks.join("\n");
}

function medianMs(run: () => void, times = 9): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[times >> 1] ?? 0;
}

describe.skipIf(process.env["NORECUR_BENCH"] === undefined)("hclParser speed", () => {
  it(`parses ${RESOURCES} resources`, () => {
    const text = generate(RESOURCES);
    const result = hclParser.parse(text, "big.tf");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const json = JSON.stringify(result.documents[0]?.value, null, 2);
    const jsonMs = medianMs(() => JSON.parse(json));
    const hclMs = medianMs(() => hclParser.parse(text, "big.tf"));
    const locateMs = medianMs(() => {
      const parsed = hclParser.parse(text, "big.tf");
      if (parsed.ok) parsed.documents[0]?.locate(["resource", "aws_security_group", "sg0", "egress", 0, "cidr_blocks", 0]);
    });
    console.log(
      [
        `${RESOURCES} resources: ${(text.length / 1e6).toFixed(2)} MB of HCL, ${(json.length / 1e6).toFixed(2)} MB of equivalent JSON`,
        `JSON.parse            ${jsonMs.toFixed(1)} ms`,
        `hclParser.parse       ${hclMs.toFixed(1)} ms (x${(hclMs / jsonMs).toFixed(1)})`,
        `parse + first locate  ${locateMs.toFixed(1)} ms (x${(locateMs / jsonMs).toFixed(1)})`,
      ].join("\n"),
    );
    expect(hclMs).toBeGreaterThan(0);
  });
});
