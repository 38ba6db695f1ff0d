import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

async function findings(prefix: string, files: Record<string, string>): Promise<string[]> {
  const result = await check({ cwd: makeTree(files), paths: ["."] });
  return result.findings.filter((f) => f.policyId.startsWith(prefix)).map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`);
}

// Fixtures run with default parameters; these are the exceptions a .norecur.yml writes down.
describe("allow lists from .norecur.yml", () => {
  it("NR-WEB-001 lets listed hosts load without integrity, subdomains included", async () => {
    const page = [
      "<form method=post><input name=q></form>",
      '<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
      '<script src="https://static.shop.example.jp/app.js"></script>',
      '<script src="https://cdn.form-assist.example.net/assist.js"></script>',
    ].join("\n");
    const config = 'params:\n  NR-WEB-001:\n    allowedHosts: ["googletagmanager.com", "*.shop.example.jp"]\n';
    expect(await findings("NR-WEB-001", { "index.html": page, ".norecur.yml": config })).toEqual(["NR-WEB-001 index.html:4:9"]);
  });

  it("NR-VEND-001 accepts a writable deploy key listed as owner/repo:title", async () => {
    const snapshot = JSON.stringify(
      {
        version: 1,
        source: "api",
        fetchedAt: "2026-11-30T03:00:00.000Z",
        repositories: [
          {
            full_name: "acme/shop",
            default_branch: "main",
            outside_collaborators: [],
            deploy_keys: [
              { id: 1, title: "release-bot", read_only: false },
              { id: 2, title: "vendor", read_only: false },
            ],
          },
        ],
      },
      null,
      2,
    );
    const config = 'params:\n  NR-VEND-001:\n    writableDeployKeys: ["acme/shop:release-bot"]\n';
    const found = await findings("NR-VEND-001", { ".norecur/github-settings.json": `${snapshot}\n`, ".norecur.yml": config });
    // Line 19 is the vendor key's `"read_only": false`; the listed release-bot key passes.
    expect(found).toEqual(["NR-VEND-001 .norecur/github-settings.json:19:24"]);
  });
});
