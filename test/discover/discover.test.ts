import { realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discover, readAgain } from "../../src/discover/discover.js";
import { detectFormat } from "../../src/discover/detect-format.js";
import { makeTree } from "../helpers/tree.js";
import { tempDir } from "../helpers/temp-dir.js";

const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

describe("detectFormat", () => {
  it.each([
    [".github/dependabot.yml", "version: 2\n", "dependabot"],
    [".github/workflows/ci.yaml", "on: push\n", "github-workflow"],
    ["renovate.json5", "{}", "renovate"],
    [".github/renovate.json", "{}", "renovate"],
    ["package.json", "{}", "package-json"],
    ["tsconfig.json", "{}", "jsonc"],
    ["k8s/deploy.yaml", DEPLOYMENT, "kubernetes"],
    ["k8s/deploy.json", '{"apiVersion":"v1","kind":"Namespace"}', "kubernetes"],
    ["k8s/list.json", '{\n  "kind": "List",\n  "apiVersion": "v1",\n  "items": []\n}', "kubernetes"],
    // The root's keys after nested ones, and braces and quotes inside strings.
    ["k8s/late.json", '{"metadata":{"name":"x","annotations":{"a":"{\\"kind\\": 1 }"}},"kind" : "ConfigMap","apiVersion":"v1"}', "kubernetes"],
    // An OpenAPI document or a JSON Schema of Kubernetes types names them deeper down: no manifest.
    ["api/swagger.json", '{"swagger":"2.0","definitions":{"v1Pod":{"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"}}}}}', "json"],
    ["schema/crd.json", '{"type":"object","properties":{"apiVersion":{},"kind":{}},"required":["apiVersion","kind"]}', "json"],
    ["k8s/escaped.json", '{"note":"\\"","kind":"ConfigMap","apiVersion":"v1"}', "kubernetes"],
    ["k8s/quoted.yaml", '"apiVersion": v1\n"kind": ConfigMap\n', "kubernetes"],
    // Saved with a byte order mark, as some Windows editors do; kubectl reads it.
    ["k8s/bom.yaml", `\uFEFF${DEPLOYMENT}`, "kubernetes"],
    ["k8s/kind-first.yaml", "\uFEFFkind: Namespace\napiVersion: v1\n", "kubernetes"],
    ["build/app.dockerfile", "\uFEFFFROM node:22\n", "dockerfile"],
    ["config/app.yaml", "name: app\n", "yaml"],
    ["data/x.json", "[]", "json"],
    ["README.md", "# hi", undefined],
  ])("%s is %s", (path, text, format) => {
    expect(detectFormat(path, () => text, [])).toBe(format);
  });

  it("applies config overrides first", () => {
    expect(detectFormat("deploy/app.tpl", () => DEPLOYMENT, [{ paths: ["deploy/*.tpl"], format: "kubernetes" }])).toBe("kubernetes");
  });

  it("does not read a file whose path alone decides", () => {
    let reads = 0;
    detectFormat(".github/dependabot.yml", () => {
      reads += 1;
      return "";
    }, []);
    expect(reads).toBe(0);
  });
});

describe("discover", () => {
  const all = { ignore: [], overrides: [], wanted: () => true };

  it("honours nested .gitignore files and config ignores, and accounts for every file", () => {
    const root = makeTree({
      ".gitignore": "build/\n*.secret.yaml\n",
      "build/out.yaml": DEPLOYMENT,
      "k8s/a.yaml": DEPLOYMENT,
      "k8s/b.secret.yaml": DEPLOYMENT,
      "k8s/sub/.gitignore": "local.yaml\n",
      "k8s/sub/local.yaml": DEPLOYMENT,
      "k8s/sub/kept.yaml": DEPLOYMENT,
      "vendor/x.yaml": DEPLOYMENT,
      "notes.md": "# notes",
    });
    const found = discover({ ...all, cwd: root, paths: ["."], ignore: ["vendor/**"] });
    expect(found.candidates.map((c) => [c.path, c.format])).toEqual([
      ["k8s/a.yaml", "kubernetes"],
      ["k8s/sub/kept.yaml", "kubernetes"],
    ]);
    expect(Object.fromEntries(found.skipped.map((s) => [s.path, s.reason]))).toEqual({
      ".gitignore": "no known format",
      "build/": "ignored by .gitignore",
      "k8s/b.secret.yaml": "ignored by .gitignore",
      "k8s/sub/.gitignore": "no known format",
      "k8s/sub/local.yaml": "ignored by .gitignore",
      "notes.md": "no known format",
      "vendor/": "ignored by config",
    });
  });

  it("skips files no active policy reads, without parsing them", () => {
    const root = makeTree({ "a.yaml": "x: 1\n", ".github/dependabot.yml": "version: 2\n" });
    const found = discover({ ...all, cwd: root, paths: ["."], wanted: (f) => f === "dependabot" });
    expect(found.candidates.map((c) => c.path)).toEqual([".github/dependabot.yml"]);
    expect(found.skipped).toEqual([{ path: "a.yaml", format: "yaml", status: "skipped", reason: "no active policy reads yaml files" }]);
  });

  it("never follows a symlink out of the scan root", () => {
    const outside = tempDir("norecur-outside-");
    writeFileSync(join(outside, "secret.yaml"), DEPLOYMENT);
    const root = makeTree({ "in.yaml": DEPLOYMENT });
    symlinkSync(join(outside, "secret.yaml"), join(root, "link.yaml"));
    symlinkSync(outside, join(root, "linkdir"));
    symlinkSync(join(root, "in.yaml"), join(root, "alias.yaml"));
    const found = discover({ ...all, cwd: root, paths: ["."] });
    expect(found.candidates.map((c) => c.path)).toEqual(["alias.yaml", "in.yaml"]);
    expect(found.skipped.filter((s) => s.reason?.includes("outside")).map((s) => s.path)).toEqual(["link.yaml", "linkdir"]);
  });

  it("expands globs relative to cwd and reports directory roots", () => {
    const root = makeTree({ "k8s/a.yaml": DEPLOYMENT, "k8s/b.yml": DEPLOYMENT, "other/c.yaml": DEPLOYMENT });
    expect(discover({ ...all, cwd: root, paths: ["k8s/*.yaml"] }).candidates.map((c) => c.path)).toEqual(["k8s/a.yaml"]);
    expect(discover({ ...all, cwd: root, paths: ["other"] }).roots).toEqual(["other"]);
  });

  it("considers a file once when the paths given overlap, and once in a single walk with links", () => {
    const root = makeTree({ "k8s/a.yaml": DEPLOYMENT, "k8s/b.yml": DEPLOYMENT, "other/c.yaml": DEPLOYMENT });
    symlinkSync(join(root, "k8s", "a.yaml"), join(root, "other", "a-link.yaml"));
    const once = discover({ ...all, cwd: root, paths: ["."] }).candidates.map((c) => c.path);
    expect(once).toEqual(["k8s/a.yaml", "k8s/b.yml", "other/a-link.yaml", "other/c.yaml"]);
    expect(discover({ ...all, cwd: root, paths: ["k8s", ".", "k8s/a.yaml", "k8s/*.yml"] }).candidates.map((c) => c.path)).toEqual(once);
  });

  it("reads a file again at its path, and a link's text at its target", () => {
    const root = makeTree({ "k8s/a.yaml": DEPLOYMENT, "other/c.yaml": DEPLOYMENT });
    symlinkSync(join(root, "k8s", "a.yaml"), join(root, "other", "a-link.yaml"));
    const found = discover({ ...all, cwd: root, paths: ["."] }).candidates;
    expect(found.map((c) => [c.path, c.realPath])).toEqual([
      ["k8s/a.yaml", undefined],
      ["other/a-link.yaml", realpathSync(join(root, "k8s", "a.yaml"))],
      ["other/c.yaml", undefined],
    ]);
    const changed = DEPLOYMENT.replace("web", "web-2");
    writeFileSync(join(root, "k8s", "a.yaml"), changed);
    expect(found.map((c) => readAgain(c, root, undefined))).toEqual([{ text: changed }, { text: changed }, { text: DEPLOYMENT }]);
  });

  it("matches path-selected formats relative to the directory given", () => {
    const root = makeTree({ "shop/.github/dependabot.yml": "version: 2\n" });
    expect(discover({ ...all, cwd: root, paths: ["shop"] }).candidates.map((c) => [c.path, c.format])).toEqual([
      ["shop/.github/dependabot.yml", "dependabot"],
    ]);
  });

  it("skips Helm templates with a reason instead of reporting parse errors", () => {
    const root = makeTree({ "chart/templates/deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n" });
    expect(discover({ ...all, cwd: root, paths: ["."] }).skipped.map((s) => s.reason)).toEqual([
      "template (Helm/Go): render it and check the output",
    ]);
  });

  it("reads HTML templates under templates/ (Twig, Jinja): their {{ }} values are unknown, not a reason to skip", () => {
    const root = makeTree({ "app/templates/base.html": '<meta http-equiv="Content-Security-Policy" content="{{ csp }}">\n', "app/templates/form.twig": "<form>{{ form }}</form>\n" });
    const found = discover({ ...all, cwd: root, paths: ["."] });
    expect(found.candidates.map((c) => [c.path, c.format])).toEqual([
      ["app/templates/base.html", "html"],
      ["app/templates/form.twig", "html"],
    ]);
    expect(found.skipped).toEqual([]);
  });

  it("refuses a path that does not exist", () => {
    const root = makeTree({});
    expect(() => discover({ ...all, cwd: root, paths: ["missing"] })).toThrow("no such file or directory: missing");
  });
});

describe("discover with a path named explicitly", () => {
  it("scans it even when the config ignores it for whole-tree runs", () => {
    const root = makeTree({ "examples/shop/k8s/a.yaml": DEPLOYMENT, "examples/other/b.yaml": DEPLOYMENT });
    const options = { ignore: ["examples/**"], overrides: [], wanted: () => true, cwd: root };
    expect(discover({ ...options, paths: ["."] }).candidates).toEqual([]);
    expect(discover({ ...options, paths: ["examples/shop"] }).candidates.map((c) => c.path)).toEqual(["examples/shop/k8s/a.yaml"]);
  });

  it("tells the files a walk lists whose names a caller watches for, before reading any of them", () => {
    const root = makeTree({
      ".gitignore": "build/\n",
      "build/kustomization.yaml": "resources: []\n",
      "k8s/base/deploy.yaml": DEPLOYMENT,
      "k8s/base/kustomization.yaml": "resources: [deploy.yaml]\n",
      "k8s/overlay/Kustomization": "resources: [../base]\n",
      "kustomization.yaml.md": "# not one",
    });
    const events: string[] = [];
    discover({
      ignore: [],
      overrides: [],
      wanted: () => true,
      cwd: root,
      paths: ["k8s", "."],
      named: { names: (name) => /^(kustomization\.ya?ml|Kustomization)$/.test(name), tell: (paths) => events.push(`listed ${paths.join(" ")}`) },
      onCandidate: (candidate) => events.push(`read ${candidate.path}`),
    });
    // Each path given is a walk of its own; a file ignored by .gitignore is never listed.
    expect(events.slice(0, 2)).toEqual(["listed k8s/base/kustomization.yaml k8s/overlay/Kustomization", "read k8s/base/deploy.yaml"]);
    expect(events.filter((event) => event.startsWith("listed"))).toEqual([
      "listed k8s/base/kustomization.yaml k8s/overlay/Kustomization",
      "listed k8s/base/kustomization.yaml k8s/overlay/Kustomization",
    ]);
  });
});
