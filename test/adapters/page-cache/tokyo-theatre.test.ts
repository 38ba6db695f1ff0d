import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";
import type { Finding } from "../../../src/types.js";

const place = (f: Finding): string => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`;

// Only the page-cache policies: other policies of the pack judge other parts of the site.
const run = (dir: string) =>
  check({ cwd: resolve("examples/tokyo-theatre", dir), paths: ["."], builtin: false, policyDirs: [resolve("policies/cache")] });

describe("examples/tokyo-theatre", () => {
  it("broken: the plugin, nginx and CloudFront all store the form pages, at these lines", async () => {
    const result = await run("broken");
    expect(result.findings.filter((f) => f.status !== "fail")).toEqual([]);
    expect(result.findings.map(place)).toEqual([
      "NR-CACHE-001 nginx/sites-available/baikyaku.conf:34:9",
      "NR-CACHE-002 nginx/sites-available/baikyaku.conf:34:9",
      "NR-CACHE-003 nginx/sites-available/baikyaku.conf:36:32",
      "NR-CACHE-003 terraform/cdn.tf:9:17",
      "NR-CACHE-002 terraform/cdn.tf:15:25",
      "NR-CACHE-001 terraform/cdn.tf:54:3",
      "NR-CACHE-001 wordpress/wp-content/w3tc-config/master.php:47:27",
      "NR-CACHE-002 wordpress/wp-content/w3tc-config/master.php:52:30",
    ]);
    // The site's own form paths come from its .norecur.yml.
    const plugin = result.findings.find((f) => f.file.endsWith("master.php") && f.policyId === "NR-CACHE-001");
    expect(plugin?.message).toContain("/soudan/, /soudan/confirm/, /satei/, /satei/confirm/, /toiawase/, /toiawase/confirm/");
  });

  it("fixed: no page-cache finding, and every cache was looked at", async () => {
    const result = await run("fixed");
    expect(result.findings.map(place)).toEqual([]);
    for (const id of ["NR-CACHE-001", "NR-CACHE-004"]) {
      // The W3 Total Cache site, the nginx PHP location and the two CloudFront asset behaviors.
      expect(result.coverage.find((c) => c.policyId === id)?.subjects, id).toBe(4);
    }
  });
});
