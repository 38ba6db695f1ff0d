import { spawnSync } from "node:child_process";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { kubernetesObjectPolicy } from "../helpers/fixtures.js";
import { makeTree } from "../helpers/tree.js";

const deployment = (name: string, image: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;

/** Prints, at exit, which files of dist/vendor the process loaded. */
function loadWatcher(): string {
  const dir = makeTree({});
  const path = join(dir, "watch.cjs");
  writeFileSync(path, 'process.on("exit", () => process.stderr.write(`loaded: ${Object.keys(require.cache).filter((f) => f.includes("/dist/vendor/")).map((f) => f.split("/").pop()).sort().join(",")}\\n`));\n');
  return path;
}

/** The CEL interpreter is a bundle of its own (dist/vendor/cel.cjs), loaded only when a run needs it. */
describe("the CEL interpreter in the bundles", () => {
  const cli = resolve("dist/cli.cjs");

  it("is not loaded by a check the fast path decides, from the command line or the library", () => {
    const dir = makeTree({ "k8s/web.yaml": deployment("web", "nginx:latest"), "k8s/db.yaml": deployment("db", "postgres:16.4") });
    const watch = loadWatcher();
    const run = spawnSync(process.execPath, ["--require", watch, cli, "check", ".", "--format", "json"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("loaded: \n");
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ policyId: string; file: string }> }).findings;
    expect(findings.map((f) => `${f.policyId} ${f.file}`)).toEqual(["NR-UPD-001 k8s/web.yaml"]);

    // Terraform, whose policies call lowerAscii(), isAllAddresses() and the like (cel-native-calls.ts).
    const terraform = makeTree({
      "main.tf": 'resource "aws_security_group" "admin" {\n  ingress {\n    protocol    = "TCP"\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
      "renovate.json": '{ "extends": ["config:recommended"] }\n',
    });
    const judged = spawnSync(process.execPath, ["--require", watch, cli, "check", ".", "--format", "json"], { cwd: terraform, encoding: "utf8" });
    // (momoa, the JSON parser with positions, is loaded for renovate.json.)
    expect(judged.stderr).toMatch(/^loaded: /);
    expect(judged.stderr).not.toContain("cel.cjs");
    const terraformFindings = (JSON.parse(judged.stdout) as { findings: Array<{ policyId: string; file: string; message: string }> }).findings;
    expect(terraformFindings.map((f) => `${f.policyId} ${f.file}`)).toEqual(["NR-EXP-003 main.tf"]);
    expect(terraformFindings[0]?.message).toContain("admits the whole internet to ports 22-22");

    const library = `import { check } from ${JSON.stringify(resolve("dist/index.js"))}; const r = await check({ cwd: process.argv[1], paths: ["."], config: false }); console.log(r.findings.length);`;
    const viaLibrary = spawnSync(process.execPath, ["--require", watch, "--input-type=module", "-e", library, dir], { encoding: "utf8" });
    expect([viaLibrary.stdout, viaLibrary.stderr]).toEqual(["1\n", "loaded: \n"]);
  });

  it("is loaded for a policy of the repository's own, which the build did not parse, and judges with it", () => {
    const dir = makeTree({
      ".norecur.yml": "policies: [policies]\n",
      // Arithmetic, which the fast path leaves to the interpreter.
      "policies/one.policy.yaml": kubernetesObjectPolicy("T-ONE-001", "One container at most", "size(subject.spec.template.spec.containers) * 2 <= 2", "split it"),
      "k8s/web.yaml": deployment("web", "nginx:1.27").replace("          image: nginx:1.27\n", "          image: nginx:1.27\n        - name: sidecar\n          image: envoy:1.31\n"),
      "k8s/db.yaml": deployment("db", "postgres:16.4"),
    });
    const watch = loadWatcher();
    const run = spawnSync(process.execPath, ["--require", watch, cli, "check", ".", "--format", "json"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("loaded: cel.cjs\n");
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ policyId: string; file: string }> }).findings;
    expect(findings.map((f) => `${f.policyId} ${f.file}`)).toEqual(["T-ONE-001 k8s/web.yaml"]);

    // The library, an ES module, loads the same CommonJS bundle.
    const library = `import { check } from ${JSON.stringify(resolve("dist/index.js"))}; const r = await check({ cwd: process.argv[1], paths: ["."] }); console.log(r.findings.map((f) => f.policyId).join(","));`;
    const viaLibrary = spawnSync(process.execPath, ["--require", watch, "--input-type=module", "-e", library, dir], { encoding: "utf8" });
    expect([viaLibrary.stdout, viaLibrary.stderr]).toEqual(["T-ONE-001\n", "loaded: cel.cjs\n"]);
  });

  it("words a message showing a value only it makes", () => {
    // The check is decided without it; the message shows a list, which the fast path does not
    // give, so the interpreter evaluates the hole and makes plain data of its list.
    const policy = [
      "id: T-PORTS-001",
      "title: No ports",
      "severity: low",
      "description: Test policy.",
      "incidents: []",
      "target: { kind: kubernetes-object }",
      "assert:",
      "  - cel: \"!has(subject.spec.ports)\"",
      "    message: \"{{ subject.metadata.name }} exposes {{ subject.spec.ports.map(p, p.port) }}\"",
      "remediation: { summary: close them }",
      "",
    ].join("\n");
    const dir = makeTree({
      ".norecur.yml": "policies: [policies]\n",
      "policies/ports.policy.yaml": policy,
      "k8s/svc.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n    - port: 443\n",
    });
    const run = spawnSync(process.execPath, ["--require", loadWatcher(), cli, "check", ".", "--format", "json"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("loaded: cel.cjs\n");
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ policyId: string; message: string }> }).findings;
    expect(findings.filter((f) => f.policyId === "T-PORTS-001").map((f) => f.message)).toEqual(["web exposes [80,443]"]);
  });

  it("is not needed by a check the fast path decides, and is named when a broken install lacks it", () => {
    const install = makeTree({});
    for (const part of ["dist", "policies", "package.json"]) cpSync(part, join(install, part), { recursive: true });
    rmSync(join(install, "dist", "vendor", "cel.cjs"));
    const bin = join(install, "dist", "cli.cjs");

    const manifests = makeTree({ "k8s/web.yaml": deployment("web", "nginx:latest") });
    const checked = spawnSync(process.execPath, [bin, "check", ".", "--format", "json"], { cwd: manifests, encoding: "utf8", env: { ...process.env, NORECUR_COMPILE_CACHE: "0" } });
    expect([checked.status, checked.stderr]).toEqual([1, ""]);
    expect((JSON.parse(checked.stdout) as { findings: Array<{ policyId: string }> }).findings.map((f) => f.policyId)).toContain("NR-UPD-001");

    const own = makeTree({
      ".norecur.yml": "policies: [policies]\n",
      "policies/one.policy.yaml": kubernetesObjectPolicy("T-ONE-001", "One container at most", "size(subject.spec.template.spec.containers) * 2 <= 2", "split it"),
      "k8s/web.yaml": deployment("web", "nginx:1.27"),
    });
    const refused = spawnSync(process.execPath, [bin, "check", "."], { cwd: own, encoding: "utf8", env: { ...process.env, NORECUR_COMPILE_CACHE: "0" } });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`norecur: policy error: policies/one.policy.yaml:8:10: assert[0].cel: invalid CEL: the CEL interpreter could not be loaded from ${join(install, "dist", "vendor", "cel.cjs")} (MODULE_NOT_FOUND): reinstall norecur\n`);
  });
});
