/**
 * `npm run bench`: norecur's speed as ratios against a baseline measured in the same run, on
 * the same machine (shared CI machines are too noisy for absolute numbers to mean much).
 *
 * 1. Terraform: our HCL parser against JSON.parse of the same data (the cheapest parse there is).
 * 2. A repository of Kubernetes, Terraform and nginx files: `check` with every built-in policy
 *    against reading and YAML-parsing the Kubernetes files alone with js-yaml.
 *
 * Runs the committed bundle (dist/index.js), what users run. Sizes can be set with
 * NORECUR_BENCH_SCALE (default 1).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadAll } from "js-yaml";
import { check, parseFile } from "../dist/index.js";
import { deployment, nginxSite, terraformModule } from "./generate.mjs";

const scale = Number(process.env.NORECUR_BENCH_SCALE ?? 1);

async function median(run, times = 7) {
  await run();
  const samples = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[times >> 1];
}

const rows = [];
const report = (name, baseline, baseMs, measured, ms) => rows.push({ name, baseline, baseMs, measured, ms, ratio: ms / baseMs });

// 1. Terraform parsing.
{
  const resources = Math.round(5000 * scale);
  const text = terraformModule(resources);
  const parsed = parseFile("big.tf", text);
  if (!parsed.result.ok) throw new Error(`generated Terraform did not parse: ${JSON.stringify(parsed.result.errors[0])}`);
  const json = JSON.stringify(parsed.result.documents[0].value);
  const baseMs = await median(() => JSON.parse(json));
  const ms = await median(() => parseFile("big.tf", text));
  report(`Terraform, ${resources} resources (${(text.length / 1e6).toFixed(1)} MB)`, "JSON.parse of the same data", baseMs, "HCL parse with positions", ms);
}

// 2. A whole repository checked with the built-in pack.
{
  const root = mkdtempSync(join(tmpdir(), "norecur-bench-"));
  try {
    const deployments = Math.round(3000 * scale);
    mkdirSync(join(root, "k8s"));
    for (let i = 0; i < deployments; i++) writeFileSync(join(root, "k8s", `web-${i}.yaml`), deployment(i));
    mkdirSync(join(root, "terraform"));
    for (let i = 0; i < Math.round(20 * scale); i++) writeFileSync(join(root, "terraform", `m${i}.tf`), terraformModule(50));
    mkdirSync(join(root, "nginx"));
    for (let i = 0; i < Math.round(200 * scale); i++) writeFileSync(join(root, "nginx", `s${i}.conf`), nginxSite(i));
    writeFileSync(join(root, "renovate.json"), '{ "extends": ["config:recommended"] }\n');

    const baseMs = await median(() => {
      for (const name of readdirSync(join(root, "k8s"))) loadAll(readFileSync(join(root, "k8s", name), "utf8"));
    }, 5);
    let findings = 0;
    const ms = await median(async () => {
      const result = await check({ cwd: root, paths: ["."], config: false });
      findings = result.findings.length;
    }, 5);
    report(
      `repository: ${deployments} Deployments, ${Math.round(20 * scale)} .tf files, ${Math.round(200 * scale)} nginx sites (${findings} findings)`,
      "read + js-yaml parse of the Deployments only",
      baseMs,
      "check with every built-in policy",
      ms,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

for (const row of rows) {
  console.log(`${row.name}\n  baseline  ${row.baseline}: ${row.baseMs.toFixed(1)} ms\n  measured  ${row.measured}: ${row.ms.toFixed(1)} ms\n  ratio     ${row.ratio.toFixed(1)}x the baseline\n`);
}
