import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree } from "../helpers/tree.js";

/** Prints, at exit, which files of dist/vendor the process loaded. */
function loadWatcher(): string {
  const path = join(makeTree({}), "watch.cjs");
  writeFileSync(path, 'process.on("exit", () => process.stderr.write(`loaded: ${Object.keys(require.cache).filter((f) => f.includes("/dist/vendor/")).map((f) => f.split("/").pop()).sort().join(",")}\\n`));\n');
  return path;
}

const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: nginx:latest\n";

/** js-yaml 5 is a bundle of its own (dist/vendor/jsyaml.cjs), loaded for the files the line reader and js-yaml 4 leave. */
describe("js-yaml 5 in the bundles", () => {
  const cli = resolve("dist/cli.cjs");
  const run = (dir: string) => spawnSync(process.execPath, ["--require", loadWatcher(), cli, "check", ".", "--format", "json"], { cwd: dir, encoding: "utf8", env: { ...process.env, NORECUR_COMPILE_CACHE: "0" } });
  type Report = { findings: Array<{ policyId: string; file: string; range: { line: number; column: number }; status: string }> };

  it("is not loaded for plain manifests", () => {
    const checked = run(makeTree({ "k8s/web.yaml": deployment }));
    expect(checked.stderr).toBe("loaded: \n");
    expect((JSON.parse(checked.stdout) as Report).findings.map((f) => `${f.policyId} ${f.file}:${f.range.line}:${f.range.column}`)).toEqual(["NR-UPD-001 k8s/web.yaml:10:18"]);
  });

  it("is loaded for a file only it reads, and reads it: an invalid file's error, a flow mapping over lines placed", () => {
    const checked = run(
      makeTree({
        // Unclosed quote: js-yaml 5 gives the error and its position.
        "k8s/broken.yaml": 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "cfg\n',
        // A flow mapping over several lines, which the line reader leaves to it.
        "k8s/web.yaml": deployment.replace("        - name: app\n          image: nginx:latest\n", "        - {name: app,\n           image: nginx:latest}\n"),
      }),
    );
    expect(checked.stderr).toBe("loaded: jsyaml.cjs\n");
    const findings = (JSON.parse(checked.stdout) as Report).findings.map((f) => `${f.policyId} ${f.file}:${f.range.line}:${f.range.column} ${f.status}`);
    expect(findings).toContain("NR-UPD-001 k8s/web.yaml:10:19 fail");
    expect(findings.filter((f) => f.includes("broken.yaml"))).toHaveLength(1);
  });
});
