import { execFileSync } from "node:child_process";
import { mkdirSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { toSarif, type SarifContext } from "../../src/report/sarif.js";
import { check } from "../../src/run.js";
import { captureIo, makeTree } from "../helpers/tree.js";

const DEPLOYMENT = (image: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ${image}\n`;
const DEPENDABOT = "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n";
const PACKAGE = '{ "name": "shop", "version": "1.0.0", "dependencies": { "express": "^4.19.2" } }\n';

/** A real git work tree holding `files`. */
function gitRepo(files: Record<string, string>): string {
  const root = realpathSync(makeTree(files));
  execFileSync("git", ["init", "-q", root]);
  return root;
}

async function run(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(cwd);
  const code = await main(["check", ...args], io, "0.0.0");
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("one repository per run, however norecur is invoked", () => {
  it("from a subdirectory applies the root config and its waivers", async () => {
    const root = gitRepo({
      ".norecur.yml": "disable:\n  - id: NR-UPD-002\n    reason: The platform team's central Renovate updates this repository.\n",
      "package.json": PACKAGE,
      "deploy/k8s/api.yaml": DEPLOYMENT("registry.example.com/api:latest"),
    });
    const result = await check({ cwd: join(root, "deploy"), paths: ["k8s"] });
    expect(result.config).toBe("../.norecur.yml");
    expect(result.findings.map((f) => `${f.policyId} ${f.file}`)).toEqual(["NR-UPD-001 k8s/api.yaml"]);
  });

  it("from a subdirectory with something to update, counts the update bot at the repository root", async () => {
    const root = gitRepo({ ".github/dependabot.yml": DEPENDABOT, "deploy/Dockerfile": "FROM nginx:1.27.2\n", "deploy/k8s/api.yaml": DEPLOYMENT("nginx:1.27.0") });
    expect((await run(join(root, "deploy"), ["."])).out).not.toContain("NR-UPD-002");
    const without = gitRepo({ "deploy/Dockerfile": "FROM nginx:1.27.2\n" });
    expect((await run(join(without, "deploy"), ["."])).out).toContain("NR-UPD-002");
  });

  it("from a subdirectory holding nothing to update, reports no missing update bot", async () => {
    const root = gitRepo({ ".github/dependabot.yml": DEPENDABOT, "package.json": PACKAGE, "deploy/k8s/api.yaml": DEPLOYMENT("nginx:1.27.0") });
    const { code, out } = await run(join(root, "deploy"), ["k8s"]);
    expect(out).not.toContain("NR-UPD-002");
    expect(code).toBe(0);
  });

  it("reads an absolute path from an unrelated directory, by its path in its own repository", async () => {
    const root = gitRepo({ "deploy/api.yaml": DEPLOYMENT("nginx:latest") });
    const elsewhere = realpathSync(makeTree({ "notes.txt": "elsewhere\n" }));
    const result = await check({ cwd: elsewhere, paths: [join(root, "deploy", "api.yaml")] });
    expect(result.files.find((f) => f.path.endsWith("deploy/api.yaml"))).toMatchObject({ status: "evaluated", format: "kubernetes" });
    expect(result.findings.map((f) => f.policyId)).toEqual(["NR-UPD-001"]);
  });

  it("judges a repository named from an unrelated directory as it is judged from its root, paths reported from where norecur runs", async () => {
    const root = gitRepo({
      "nginx.conf": "events {}\nhttp {\n  include sites/*.conf;\n}\n",
      "sites/shop.conf": "server {\n  server_name shop.example;\n  include global/logging;\n  location ~ \\.php$ { fastcgi_pass php; }\n}\n",
      "global/logging": "access_log off;\n",
      "src/test/resources/test-realm.json": '{ "realm": "test", "bruteForceProtected": false, "requiredActions": [] }\n',
    });
    const elsewhere = realpathSync(makeTree({ "notes.txt": "elsewhere\n" }));
    const inside = await check({ cwd: root, paths: ["."] });
    const outside = await check({ cwd: elsewhere, paths: [root] });
    const prefix = `${relative(elsewhere, root)}/`;
    const show = (r: typeof inside, strip: string) => r.findings.map((f) => `${f.policyId} ${f.status} ${f.file.slice(strip.length)}:${f.range?.line}`);
    expect(show(outside, prefix)).toEqual(show(inside, ""));
    // The include is read (its access_log off is the finding), the test realm is skipped by default.
    expect(show(inside, "")).toEqual(["NR-LOG-102 fail global/logging:1"]);
    expect(outside.files.find((f) => f.path === `${prefix}global/logging`)).toMatchObject({ status: "evaluated", format: "nginx" });
  });

  it("uses the nearest of two nested configs, and the waivers beside it", async () => {
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const root = gitRepo({
      ".norecur.yml": "fail-on: critical\n",
      "package.json": PACKAGE,
      ".github/dependabot.yml": DEPENDABOT,
      "apps/shop/.norecur.yml": "fail-on: high\n",
      "apps/shop/.norecur/waivers.yml": `version: 1\nwaivers:\n  - policy: NR-UPD-001\n    paths: ["k8s/**"]\n    reason: Vendor image, pinned by the vendor's chart.\n    owner: alice@example.com\n    expires: ${expires}\n`,
      "apps/shop/k8s/api.yaml": DEPLOYMENT("vendor/api:latest"),
    });
    const outer = await check({ cwd: root, paths: ["apps/shop"] });
    expect(outer.config).toBe("apps/shop/.norecur.yml");
    expect(outer.failOn).toBe("high");
    expect(outer.findings.map((f) => `${f.policyId} ${f.status}`)).toEqual(["NR-UPD-001 waived"]);
    const home = realpathSync(tmpdir());
    const fromElsewhere = await check({ cwd: home, paths: [join(root, "apps/shop")] });
    expect(fromElsewhere.failOn).toBe("high");
    expect(fromElsewhere.findings.map((f) => f.status)).toEqual(["waived"]);
  });

  it("exits 3 on a tree with nothing to check, and 0 with --allow-empty", async () => {
    const root = gitRepo({ "README.md": "# Notes\n" });
    expect((await run(root, ["."])).code).toBe(3);
    expect((await run(root, [".", "--allow-empty"])).code).toBe(0);
  });

  it("writes SARIF URIs relative to the repository root from a subdirectory", async () => {
    const root = gitRepo({ "package.json": PACKAGE, "services/api/k8s/api.yaml": DEPLOYMENT("nginx:latest") });
    mkdirSync(join(root, "services", "api"), { recursive: true });
    const result = await check({ cwd: join(root, "services", "api"), paths: ["k8s"] });
    const sarif = toSarif(result, { version: "0.0.0", policies: [], incidents: new Map(), sourceLine: () => undefined } as unknown as SarifContext) as unknown as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }> }> };
    const uris = sarif.runs[0]?.results.map((r) => `${r.ruleId} ${r.locations[0]?.physicalLocation.artifactLocation.uri}`);
    expect(uris).toEqual(["NR-UPD-001 services/api/k8s/api.yaml"]);
  });
});
