/**
 * `node bench/kubernetes.mjs [counts...]`: the Kubernetes corpus of the performance issue —
 * one-document Deployments, one `:latest` image in ten (1,000 per 10k) — generated at run time
 * into a temp dir, then measured in the same run:
 *
 * - the floor: read every file + js-yaml load + the `:latest` check in plain JS;
 * - `norecur check` with every built-in policy (the committed bundle, what users run).
 *
 * Each side runs in a child process so its peak RSS (process.resourceUsage().maxRSS) is its own.
 * Prints one JSON line per size: wall ms, peak MiB, and the ratios norecur / floor.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deployment } from "./generate.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const counts = process.argv.slice(2).map(Number);
if (counts.length === 0) counts.push(1000, 10000);

/** Runs `code` in a fresh node with `root` as argv[1]; the child prints {ms, maxRssKiB, found}. */
function child(code, root) {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", code, root], { cwd: here, encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").pop());
}

// Why plain code strings: each measurement must start from a cold process, like a CI job.
const floor = `
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
const start = performance.now();
const dir = join(process.argv[1], "k8s");
let found = 0;
for (const name of readdirSync(dir)) {
  const doc = load(readFileSync(join(dir, name), "utf8"));
  for (const c of doc?.spec?.template?.spec?.containers ?? []) if (/:latest$/.test(c.image ?? "")) found++;
}
console.log(JSON.stringify({ ms: performance.now() - start, maxRssKiB: process.resourceUsage().maxRSS, found }));
`;
const norecur = `
import { check } from "../dist/index.js";
const start = performance.now();
const result = await check({ cwd: process.argv[1], paths: ["."], config: false });
console.log(JSON.stringify({ ms: performance.now() - start, maxRssKiB: process.resourceUsage().maxRSS, findings: result.findings.length }));
`;

for (const count of counts) {
  const root = mkdtempSync(join(tmpdir(), "norecur-bench-k8s-"));
  try {
    mkdirSync(join(root, "k8s"));
    for (let i = 0; i < count; i++) writeFileSync(join(root, "k8s", `web-${i}.yaml`), deployment(i));
    const base = child(floor, root);
    const ours = child(norecur, root);
    console.log(
      JSON.stringify({
        files: count,
        floor: { ms: Math.round(base.ms), peakMiB: Math.round(base.maxRssKiB / 1024), latest: base.found },
        norecur: { ms: Math.round(ours.ms), peakMiB: Math.round(ours.maxRssKiB / 1024), findings: ours.findings },
        timeRatio: +(ours.ms / base.ms).toFixed(2),
        memoryRatio: +(ours.maxRssKiB / base.maxRssKiB).toFixed(2),
      }),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
