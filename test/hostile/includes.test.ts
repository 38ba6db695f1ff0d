import { describe, expect, it } from "vitest";
import { resolveIncludes } from "../../src/formats/nginx/includes.js";
import { nginxParser } from "../../src/formats/nginx/index.js";
import { resolveSquid } from "../../src/formats/includes/squid.js";
import { squidParser } from "../../src/formats/squid.js";
import type { Document, Parser } from "../../src/types.js";

/** A diamond 30 levels deep: each level includes both files of the next, 2^30 paths without a cycle. */
function diamond(parser: Parser, include: (level: number) => string, body: string): Map<string, Document> {
  const files = new Map<string, Document>();
  for (let level = 0; level <= 30; level++) {
    for (const name of ["a", "b"]) {
      const file = `l${level}/${name}.conf`;
      const parsed = parser.parse(`${level < 30 ? include(level + 1) : ""}${body}`, file);
      if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
      const [document] = parsed.documents;
      if (document) files.set(file, document);
    }
  }
  return files;
}

const lookupIn = (files: Map<string, Document>) => (pattern: string) => {
  const level = /^l(\d+)\/\*\.conf$/.exec(pattern)?.[1];
  return level === undefined ? [] : [files.get(`l${level}/a.conf`), files.get(`l${level}/b.conf`)].filter((d): d is Document => d !== undefined);
};

describe("include expansion is bounded", () => {
  it("stops an nginx include diamond with a 'too large' entry instead of expanding 2^30 copies", () => {
    const files = diamond(nginxParser, (level) => `include l${level}/*.conf;\n`, "proxy_cache_valid 1m;\n");
    const started = performance.now();
    const resolved = resolveIncludes(files.get("l0/a.conf") as Document, lookupIn(files));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(resolved.unresolved.some((u) => u.reason === "too large")).toBe(true);
    expect(resolved.directives.length).toBeLessThan(200_000);
  });

  it("stops a Squid include diamond the same way", () => {
    const files = diamond(squidParser, (level) => `include l${level}/*.conf\n`, "http_access deny all\n");
    const started = performance.now();
    const resolved = resolveSquid(files.get("l0/a.conf") as Document, lookupIn(files));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(resolved.unresolved.some((u) => u.reason === "too large")).toBe(true);
    expect(resolved.http_access.length).toBeLessThan(200_000);
  });
});
