/**
 * `node bench/kubernetes.mjs [counts...]` (default 1000 10000 50000): norecur against the
 * parse floor, measured in the same run on the same machine, written to bench/results.json
 * (the README's performance section is generated from it by `npm run build`).
 *
 * Corpora, generated at run time into a temp dir:
 * - Kubernetes: one-document Deployments, one `:latest` image in ten (1,000 per 10k).
 * - A mixed repository: Kubernetes, Terraform, nginx, WordPress, workflows and update bots,
 *   and a majority of files no policy reads (source files, Markdown pages).
 *
 * Sides, each in a fresh process (a CI job starts cold), interleaved, peak RSS from
 * process.resourceUsage(); the floor (js-yaml 4) and norecur run RUNS times, the others PEER_RUNS
 * times, and norecur's ratio to the floor is the median of the ratios of each round's two runs,
 * which a slow spell of the shared machine hits alike:
 * - floor (js-yaml 4): read every file + js-yaml 4 load of the YAML files + the `:latest`
 *   check in plain JS; the fastest parse of these files that reads what kubectl reads;
 * - floor (js-yaml 5): the same with js-yaml 5;
 * - norecur: `check` with every built-in policy, from the committed bundle (what users run);
 * - Spectral 6 (when bench/peers is installed: `node bench/peers.mjs`), linting the YAML files
 *   with the same one rule (bench/peers/no-latest.spectral.yaml); peak RSS from /usr/bin/time.
 * Wall times are whole processes (start-up included), read by the parent. Last, a pre-commit
 * run of 5 files from the CLI against `node -e 0`, and the same commit in a repository of
 * 10,005 files against a plain `check` of it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deployment, nginxSite, page, sourceFile, terraformModule, workflow, wpConfig } from "./generate.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const counts = process.argv.slice(2).map(Number);
if (counts.length === 0) counts.push(1000, 10000, 50000);
/** Runs of the floor (js-yaml 4) and of norecur per corpus: their ratio is what the bench is for. */
const RUNS = 7;
/** Runs of js-yaml 5 and Spectral, for comparison (Spectral takes a minute at 50,000 files). */
const PEER_RUNS = 3;

/** Reads every file under argv[1]; YAML files are loaded with the given js-yaml. */
const floor = (module) => `
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAll } from "${module}";
let found = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { walk(path); continue; }
    const text = readFileSync(path, "utf8");
    if (!/\\.ya?ml$/.test(entry.name)) continue;
    loadAll(text, (doc) => {
      for (const c of doc?.spec?.template?.spec?.containers ?? []) if (/:latest$/.test(c.image ?? "")) found++;
    });
  }
};
walk(process.argv[1]);
console.log(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, found }));
`;
const norecur = `
import { check } from "../dist/index.js";
const result = await check({ cwd: process.argv[1], paths: ["."], config: false });
console.log(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, found: result.findings.length }));
`;
const sides = { floor4: floor("js-yaml-4"), floor5: floor("js-yaml"), norecur };

const spectralBin = join(here, "peers", "node_modules", "@stoplight", "spectral-cli", "dist", "index.js");
const spectral = existsSync(spectralBin) && existsSync("/usr/bin/time") ? { spectral: true } : {};
if (!spectral.spectral) console.error("bench: Spectral is not installed (node bench/peers.mjs) or /usr/bin/time is missing; measuring without it");

/** One cold run of `code` over `root`: wall ms read from outside, peak MiB and what it found. */
function once(code, root) {
  if (code === true) return onceSpectral(root);
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", code, root], { cwd: here, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`a benchmark side failed: ${run.stderr}`);
  const out = JSON.parse(run.stdout.trim().split("\n").pop());
  return { ms, peakMiB: out.maxRssKiB / 1024, found: out.found };
}

/** Spectral over the YAML files of `root`, its peak RSS from /usr/bin/time; exit 1 means it found something. */
function onceSpectral(root) {
  const rules = join(here, "peers", "no-latest.spectral.yaml");
  const start = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "maxrss=%M", process.execPath, spectralBin, "lint", "**/*.yaml", "-r", rules, "-f", "json", "-q"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`Spectral failed: ${run.stderr}`);
  const rss = /maxrss=(\d+)/.exec(run.stderr);
  return { ms, peakMiB: Number(rss?.[1] ?? 0) / 1024, found: JSON.parse(run.stdout || "[]").length };
}

/**
 * Median of RUNS runs of the floor and norecur, and of PEER_RUNS of the others, the sides
 * interleaved so that a slow spell of the machine hits all; norecur's ratio to the floor is the
 * median of each round's ratio.
 */
function measure(root) {
  const all = { ...sides, ...spectral };
  const samples = Object.fromEntries(Object.keys(all).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, code] of Object.entries(all)) if (i < PEER_RUNS || name === "floor4" || name === "norecur") samples[name].push(once(code, root));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const sides_ = Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [name, { ms: Math.round(median(runs.map((r) => r.ms))), peakMiB: Math.round(median(runs.map((r) => r.peakMiB))), found: runs[0].found }]),
  );
  const paired = samples.norecur.map((run, i) => run.ms / samples.floor4[i].ms);
  return { ...sides_, pairedRatio: median(paired), pairedRange: [Math.min(...paired), Math.max(...paired)] };
}

function write(root, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function kubernetesCorpus(count) {
  const files = {};
  for (let i = 0; i < count; i++) files[`k8s/web-${i}.yaml`] = deployment(i);
  return files;
}

/** About 10,000 files, 60% of them read by no policy. */
function mixedCorpus() {
  const files = { ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n" };
  for (let i = 0; i < 3000; i++) files[`deploy/k8s/web-${i}.yaml`] = deployment(i);
  for (let i = 0; i < 40; i++) files[`infra/modules/m${i}/main.tf`] = terraformModule(25);
  for (let i = 0; i < 300; i++) files[`nginx/sites-available/site${i}.conf`] = nginxSite(i);
  for (let i = 0; i < 100; i++) files[`sites/s${i}/wp-config.php`] = wpConfig(i);
  for (let i = 0; i < 200; i++) files[`.github/workflows/ci-${i}.yml`] = workflow(i);
  for (let i = 0; i < 5000; i++) files[`src/pkg${i % 50}/handler${i}.ts`] = sourceFile(i);
  for (let i = 0; i < 1000; i++) files[`docs/p${i}.md`] = page(i);
  return files;
}

const corpora = [...counts.map((count) => ({ name: `kubernetes-${count}`, files: count, make: () => kubernetesCorpus(count) })), { name: "mixed", files: 9641, make: mixedCorpus }];
const rows = [];
for (const corpus of corpora) {
  const root = mkdtempSync(join(tmpdir(), "norecur-bench-"));
  try {
    write(root, corpus.make());
    const { pairedRatio, pairedRange, ...m } = measure(root);
    const row = {
      corpus: corpus.name,
      files: corpus.files,
      ...m,
      timeRatio: { floor4: +pairedRatio.toFixed(2), floor5: +(m.norecur.ms / m.floor5.ms).toFixed(2), ...(m.spectral ? { spectral: +(m.norecur.ms / m.spectral.ms).toFixed(2) } : {}) },
      // The spread of the rounds' ratios: on a shared machine it is as telling as the median.
      timeRatioRange: { floor4: pairedRange.map((ratio) => +ratio.toFixed(2)) },
      memoryRatio: { floor4: +(m.norecur.peakMiB / m.floor4.peakMiB).toFixed(2) },
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * A pre-commit run: `norecur check --staged` in a repository whose commit changes 5 manifests,
 * from the CLI, against `node -e 0` (the cost of starting Node at all), each a fresh process,
 * interleaved, median of PRECOMMIT_RUNS. The staged run reads the index (in place, as nothing
 * is left unstaged) and asks git what the commit changes, as a pre-commit hook does. It is
 * measured with the command line's code cache (warmed by the first run, as a hook's first run
 * on a machine warms it) and without.
 */
const PRECOMMIT_RUNS = 11;
function precommit() {
  const root = mkdtempSync(join(tmpdir(), "norecur-bench-"));
  try {
    const { names } = stagedRepository(root, 0);
    // The package's bin, which a hook runs (`norecur check --staged`).
    const cli = join(here, "..", "dist", "cli.cjs");
    const time = (args, env = process.env) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env });
      if (run.status !== 0) throw new Error(`a pre-commit side failed: ${run.stderr}`);
      return performance.now() - start;
    };
    const node = [];
    const norecur = [];
    // Without the command line's code cache: what the first run on a machine costs.
    const cold = [];
    for (let i = 0; i < PRECOMMIT_RUNS; i++) {
      node.push(time(["-e", "0"]));
      norecur.push(time([cli, "check", "--staged"]));
      cold.push(time([cli, "check", "--staged"], { ...process.env, NORECUR_COMPILE_CACHE: "0" }));
    }
    const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
    const row = { files: names.length, staged: true, runs: PRECOMMIT_RUNS, nodeMs: Math.round(median(node)), norecurMs: Math.round(median(norecur)), uncachedMs: Math.round(median(cold)) };
    return { ...row, ratio: +(row.norecurMs / row.nodeMs).toFixed(2) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * A git repository of `others` committed Deployments (under k8s/) plus 5 manifests at its root,
 * and a commit being made that changes those 5, staged with `git add`.
 */
function stagedRepository(root, others) {
  const names = [1, 2, 3, 4, 5].map((i) => `web-${i}.yaml`);
  const git = (...args) => {
    const run = spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...args], { cwd: root, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  };
  git("init", "-q");
  write(root, kubernetesCorpus(others));
  for (const [i, name] of names.entries()) writeFileSync(join(root, name), deployment(i + 1));
  git("add", "-A");
  git("commit", "-q", "-m", "manifests");
  // The commit being made changes every manifest.
  for (const [i, name] of names.entries()) writeFileSync(join(root, name), deployment(i + 1).replace("replicas: 2", "replicas: 3"));
  git("add", "-A");
  return { names };
}

/**
 * The same commit in a repository of 10,005 files: a staged run checks the whole repository
 * (cross-file policies see it all), so it is measured against a plain `check` of the same
 * tree, interleaved, median of LARGE_RUNS.
 */
const LARGE_RUNS = 5;
function largeStaged() {
  const root = mkdtempSync(join(tmpdir(), "norecur-bench-"));
  try {
    stagedRepository(root, 10000);
    // The package's bin, which a hook runs (`norecur check --staged`).
    const cli = join(here, "..", "dist", "cli.cjs");
    const time = (args) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
      if (run.status !== 0 && run.status !== 1) throw new Error(`a large staged side failed: ${run.stderr}`);
      return performance.now() - start;
    };
    const staged = [];
    const check = [];
    for (let i = 0; i < LARGE_RUNS; i++) {
      staged.push(time(["check", "--staged"]));
      check.push(time(["check", "."]));
    }
    const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
    const row = { files: 10005, staged: 5, runs: LARGE_RUNS, stagedMs: Math.round(median(staged)), checkMs: Math.round(median(check)) };
    return { ...row, ratio: +(row.stagedMs / row.checkMs).toFixed(2) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const staged = precommit();
console.log(JSON.stringify({ precommit: staged }));
const large = largeStaged();
console.log(JSON.stringify({ largeStaged: large }));

const results = {
  command: `node bench/kubernetes.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  date: new Date().toISOString().slice(0, 10),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`, node: process.version },
  runs: RUNS,
  peerRuns: PEER_RUNS,
  rows,
  precommit: staged,
  largeStaged: large,
};
writeFileSync(join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
