import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { adapterFormats, adapterJoinFormats, adapters } from "./adapters/index.js";
import type { ParsedDocument } from "./adapters/adapter.js";
import { findConfig, gitWorkTree } from "./config/find-config.js";
import { checkConfigAgainstPolicies, loadConfig } from "./config/load-config.js";
import { discover, readAgain } from "./discover/discover.js";
import { repositoryBotFiles } from "./discover/repository-bots.js";
import { bundledReadAhead } from "./discover/read-ahead.js";
import { formats } from "./discover/file-formats.js";
import { createCelEnv } from "./engine/cel-env.js";
import { PolicyStream } from "./engine/evaluate.js";
import { evaluateByKind, kindsRead } from "./engine/evaluate-by-kind.js";
import { parseBounded } from "./formats/bounded-parse.js";
import { getParser } from "./formats/index.js";
import { linkIncludes } from "./formats/includes/index.js";
import { includedUnrecognised } from "./formats/includes/adopt.js";
import type { Candidate, Narrowed, UnrecognisedText } from "./discover/discover.js";
import type { CompiledPolicy } from "./policy/compiled-policy.js";
import { loadPolicies } from "./policy/load-policies.js";
import { kubernetesKindsRead, kubernetesObjectsReadAs, type KindsRead } from "./policy/kubernetes-kinds-read.js";
import { documentsOfObjectsRead, type ObjectsRead } from "./stream/objects-read.js";
import { objectsRead } from "./discover/kubernetes-kinds.js";
import { policySources } from "./policy/policy-sources.js";
import { ownValue, prototypeGuard } from "./plain-data.js";
import { redactResult } from "./report/redact-result.js";
import { summarize, sortFindings } from "./result.js";
import type { Settings } from "./settings.js";
import type { FileRecord, Finding, PolicyCoverage, RunResult, Subject, SubjectKind, Target } from "./types.js";
import { waive } from "./waivers/waive.js";
import { mayHoldInlineWaivers } from "./waivers/inline-waivers.js";
import { byCodeUnits } from "./compare.js";
import { BUNDLED } from "./bundled.js";
import { yamlFromValues } from "./formats/yaml.js";
import { spawnParseWorker } from "./parse/spawn-worker.js";
import { YamlParsePool } from "./parse/yaml-pool.js";
import { streamPlan } from "./stream/stream-plan.js";
import { CandidateReader, type ReadDocuments } from "./stream/read-in-batches.js";

/**
 * One run: config → policies → discover → parse → adapt → evaluate → waive → result. The CLI, the
 * Action and library callers all come through here; exit codes are decided by the caller.
 */
export async function check(settings: Settings = {}): Promise<RunResult> {
  const rebased = rebaseOutsideCwd(settings);
  if (rebased !== undefined) return reportFrom(await check(rebased.settings), rebased.prefix);
  const prototypeIntact = prototypeGuard();
  const cwd = resolve(settings.cwd ?? process.cwd());
  const now = settings.now ?? new Date();
  const rulesRoot = resolve(cwd, settings.rulesRoot ?? ".");
  const requestedPaths = settings.paths && settings.paths.length > 0 ? settings.paths : ["."];
  // The nearest config from the scanned path up to its repository root; read from the rules
  // directory (the base revision in a pull request), which mirrors cwd.
  const repositoryRoot = settings.repositoryRoot !== undefined ? resolve(cwd, settings.repositoryRoot) : undefined;
  const found = settings.config === undefined ? findConfig(cwd, requestedPaths[0] ?? ".", (dir) => mirrored(cwd, rulesRoot, dir), repositoryRoot, settings.hidden) : undefined;
  const config = loadConfig(rulesRoot, found ?? (settings.config === undefined ? false : settings.config), cwd);
  const env = createCelEnv({ now });

  const sources = policySources(config, { builtin: settings.builtin !== false, dirs: settings.policyDirs ?? [], cwd: rulesRoot });
  const loaded = settings.policies ?? loadPolicies(sources, env, rulesRoot, { deferBuiltin: true, ...(settings.hidden ? { hidden: settings.hidden } : {}) });
  checkConfigAgainstPolicies(config, new Map(loaded.map((p) => [p.policy.id, { params: p.policy.params }])));
  const disabled = new Set(config.disable.map((d) => d.id));
  const active = loaded.filter((p) => !disabled.has(p.policy.id));

  const wanted = wantedFormats(active);
  // What of a file no active policy reads, decided before it is parsed (discovery and files read again alike).
  const narrow = narrowing(kubernetesKindsRead(active));
  // Read from the policy as written: a deferred policy compiles only when it has a subject.
  const kinds = new Set(active.flatMap(kindsRead));
  // Kinds making a subject of every Kubernetes object: only of the objects some policy may select.
  const objects = new Map<string, ObjectsRead>();
  for (const kind of kinds) {
    const reads = kubernetesObjectsReadAs(active, kind as SubjectKind);
    if (reads !== undefined) objects.set(kind, reads);
  }
  const plan = streamPlan(kinds, objects);
  // YAML files parsed on a second core while discovery reads the rest, when NORECUR_PARALLEL=1 asks (docs/performance.md).
  const pool = BUNDLED && settings.parallel !== false ? YamlParsePool.forRun(spawnParseWorker) : undefined;

  const files: FileRecord[] = [];
  const findings: Finding[] = [];
  const scanned: Array<{ path: string; parser: string; text: string }> = [];
  // A file parsed again (for what a kind keeps of it) was recorded the first time: `record` false.
  // `transient`: the documents go in a batch, judged and let go (ParseOptions).
  const parse = (path: string, format: string, text: string, values?: unknown[], record = true, transient = false): ParsedDocument[] => {
    const fileRecords = record ? files : [];
    const errors = record ? findings : [];
    const parserId = formats[format]?.parser ?? format;
    const parser = getParser(parserId);
    if (!parser) {
      fileRecords.push({ path, format, status: "skipped", reason: `no parser for ${parserId}` });
      return [];
    }
    // Values a parse worker read (and measured against the depth bound) are made documents here, as the YAML parser makes its own.
    const parsed = values !== undefined && parserId === "yaml" ? yamlFromValues(text, path, values) : parseBounded(parser, text, path, transient ? { transient } : undefined);
    if (parsed.ok) {
      fileRecords.push({ path, format, status: "evaluated" });
      if (record && mayHoldInlineWaivers(parserId, text)) scanned.push({ path, parser: parserId, text });
      return parsed.documents.map((document) => ({ document, format }));
    } else if (parserId === "yaml" && TEMPLATE_PLACEHOLDER.test(text)) {
      // `name: etcd-{{cell}}`, or a docs snippet wrapped in `{% raw %}`: a template some tool
      // renders (not Helm's templates/ folder, which discovery skips already); what it becomes is
      // what gets deployed.
      fileRecords.push({ path, format, status: "skipped", reason: "template ({{ }} or {% %} tags that do not parse): render it and check the output" });
    } else {
      const first = parsed.errors[0];
      fileRecords.push({ path, format, status: "errored", reason: first?.message ?? "parse error" });
      errors.push(...parsed.errors.map((error) => parseErrorFinding(path, format, error.message, error.range)));
    }
    return [];
  };

  // A kind's subjects are judged by every policy reading the kind, a part at a time: first the
  // batches, as their files are read, then the documents kept to the end (docs/streaming.md).
  const policyStreams = (): Map<CompiledPolicy, PolicyStream> =>
    new Map(active.map((compiled) => [compiled, new PolicyStream(compiled, { ...defaults(compiled), ...(ownValue(config.params, compiled.policy.id) ?? {}) }, env.nowBinding)]));
  let streams = policyStreams();
  const reader = new CandidateReader(
    {
      plan,
      policies: () => [...streams.values()],
      batchSize: settings.batchSize,
      holdBytes: settings.holdBytes,
      parse: (candidate, values, how) => parse(candidate.path, candidate.format, candidate.text, values, how?.record ?? true, how?.transient ?? false),
      valuesFor: pool && ((path) => pool.valuesFor(path)),
      // Only files judged during discovery have been parsed when a restart comes.
      restart: () => {
        files.length = 0;
        findings.length = 0;
        scanned.length = 0;
        streams = policyStreams();
      },
      // Read again as discovery read it: without the objects no policy reads.
      readAgain: (candidate) => {
        const read = readAgain(candidate, cwd, config.maxFileBytes);
        const narrowed = "reason" in read ? undefined : narrow?.(candidate.format, read.text);
        return narrowed !== undefined && "text" in narrowed ? narrowed : read;
      },
      unreadable: (candidate, reason) => files.push({ path: candidate.path, format: candidate.format, status: "skipped", reason }),
    },
    requestedPaths.length === 1,
  );
  const discovery = discover({
    cwd,
    paths: requestedPaths,
    ignore: config.ignore,
    overrides: config.formats,
    wanted: (format) => wanted === "all" || wanted.has(format),
    narrow,
    ...(config.maxFileBytes !== undefined ? { maxBytes: config.maxFileBytes } : {}),
    ...(settings.hidden ? { hidden: settings.hidden } : {}),
    // Files read on the second core ahead of discovery (docs/performance.md).
    readAhead: settings.parallel === false ? undefined : bundledReadAhead(),
    readAheadAfter: settings.readAheadAfter,
    // Told where the Kustomizations are before any file is read, judging waits for theirs.
    named: { names: (name) => plan.firstByName(name), tell: (paths) => reader.listed(paths) },
    onCandidate: (c: Candidate, roots) => {
      reader.offer(c, roots);
      // The files read first are parsed on the main thread before any other.
      if (pool !== undefined && !reader.isReadFirst(c.path) && formats[c.format]?.parser === "yaml") pool.offer(c.path, c.text);
    },
  });
  pool?.flush();
  files.push(...discovery.skipped);

  const repositoryBots = kinds.has("repository") ? Object.fromEntries(discovery.roots.map((root) => [root, repositoryBotFiles(cwd, root, settings.repositoryRoot, settings.hidden)])) : {};
  const virtual = (settings.virtualFiles ?? []).filter((f) => wanted === "all" || wanted.has(f.format));
  let read: ReadDocuments;
  try {
    read = await reader.finish(discovery.candidates, discovery.roots);
  } finally {
    await pool?.close();
  }
  const { documents, orders, batches } = read;
  for (const candidate of virtual) documents.push(...parse(candidate.path, candidate.format, candidate.text));
  adoptIncludedFiles(discovery.unrecognised, documents, files, (path, format, text) => {
    documents.push(...parse(path, format, text));
  });

  // nginx and Squid includes expanded across the scanned files; see docs/formats/includes.md.
  const linked = linkIncludes(documents);
  const subjectsOf = (kind: string): Subject[] => {
    const kept = batches.withKept(kind, linked, orders);
    const reads = objects.get(kind);
    const documents = reads === undefined ? kept : documentsOfObjectsRead(kept, reads);
    return makesSubjects(kind as SubjectKind, documents) ? (adapters[kind as SubjectKind]?.({ documents, roots: discovery.roots, repositoryBots }) ?? []) : [];
  };
  evaluateByKind(active, subjectsOf, (compiled, subjects) => streams.get(compiled)?.add(subjects));
  const coverage: PolicyCoverage[] = [];
  for (const [compiled, stream] of streams) {
    const outcome = stream.finish();
    for (const finding of distinct(outcome.findings)) findings.push(finding);
    coverage.push({ policyId: compiled.policy.id, subjects: outcome.subjects });
  }

  const waived = waive({
    findings,
    rules: config.waivers,
    policies: loaded.map(({ policy }) => ({ id: policy.id, severity: policy.severity, waivable: policy.waivable !== false })),
    // Read first or in a batch, a file's inline waivers count alike; the report sorts them.
    scanned,
    cwd: rulesRoot,
    now,
    ...(settings.base !== undefined ? { base: settings.base } : {}),
    ...(settings.inlineWaivers ? { honourInline: settings.inlineWaivers } : {}),
    ...(settings.hidden ? { hidden: settings.hidden } : {}),
  });

  if (!prototypeIntact()) throw new Error("scanned data reached Object.prototype; the result cannot be trusted");
  files.sort((a, b) => byCodeUnits(a.path, b.path));
  const sorted = sortFindings(waived.findings);
  const judged = redactResult({
    version: 1,
    ...(config.source ? { config: config.source.display } : {}),
    ...repositoryPathOf(cwd, repositoryRoot),
    failOn: settings.failOn ?? config.failOn ?? "low",
    files,
    findings: sorted,
    coverage,
    waivers: waived.waivers,
    summary: summarize(files, sorted, coverage),
  });
  // The rules' own text, not scanned data: kept out of redaction so reporters show it as written.
  return { ...judged, policies: active.map((compiled) => compiled.policy) };
}

/** A `{{ name }}` placeholder of a template engine (Go templates, Jinja, Mustache), or a Jinja `{% raw %}` tag. */
const TEMPLATE_PLACEHOLDER = /\{\{[^{}\n]*\}\}|\{%-?\s*[a-z][^%\n]*%\}/;

/**
 * Files discovery did not recognise but an nginx or Squid configuration includes are parsed with
 * the includer's format (their skipped entry replaced), round after round for nested includes.
 */
function adoptIncludedFiles(
  unrecognised: ReadonlyMap<string, () => UnrecognisedText>,
  documents: readonly ParsedDocument[],
  files: FileRecord[],
  parse: (path: string, format: string, text: string) => void,
): void {
  const remaining = new Map(unrecognised);
  for (let adopted = includedUnrecognised(documents, remaining); adopted.length > 0; adopted = includedUnrecognised(documents, remaining)) {
    for (const file of adopted) {
      remaining.delete(file.path);
      const index = files.findIndex((f) => f.path === file.path && f.status === "skipped");
      if (index >= 0) files.splice(index, 1);
      if ("text" in file.read) parse(file.path, file.format, file.read.text);
      else files.push({ path: file.path, format: file.format, status: "skipped", reason: file.read.reason });
    }
  }
}

/**
 * One defect, one finding: the instances of a module called several times (or a file included
 * twice), and the instances of a resource with `count` or `for_each`, give the same finding at
 * the same place, worded alike but for the instance's address; it is reported once, saying how
 * many other instances share it. Likewise an unknown value that several checks of one policy
 * read is reported once, by the first check.
 */
function distinct(found: readonly Finding[]): Finding[] {
  const groups = new Map<string, { first: Finding; words: string; byModule: string; others: number; ofResource: boolean }>();
  for (const finding of found) {
    // An unknown value that several checks of a policy read is one unknown, whichever check read it.
    const words = finding.status === "unknown" ? finding.message.replace(CHECK_NAME, " — ") : finding.message;
    // Each pattern is tried only on a message holding the text it needs (most hold neither).
    const byModule = words.includes("module.") ? words.replace(MODULE_INSTANCE, "module.*.") : words;
    const byResource = byModule.includes("[") ? byModule.replace(RESOURCE_KEY, "$1[*]") : byModule;
    const key = JSON.stringify([finding.policyId, finding.status, finding.file, finding.range?.line, finding.range?.column, byResource]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: finding, words, byModule, others: 0, ofResource: false });
    else if (group.words !== words) {
      group.others += 1;
      if (group.byModule !== byModule) group.ofResource = true;
    }
  }
  return [...groups.values()].map(({ first, others, ofResource }) =>
    others === 0
      ? first
      : { ...first, message: `${first.message} (The same in ${others} other instance${others === 1 ? "" : "s"} of the ${ofResource ? "resource" : "module"}.)` },
  );
}

/** The check an unknown message names (`— assert[2].when: `), which differs between checks reading the same value. */
const CHECK_NAME = / — (?:assert\[\d+\](?:\.when)?|target\.where|related\.where): /;

/** A resource instance's key after its address, `aws_x.y[0]` or `aws_x.y["key"]`. */
const RESOURCE_KEY = /(\b[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;

/** A module instance's address prefix, `module.name.` or `module.name["key"].`, repeated for nested calls. */
const MODULE_INSTANCE = /(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/g;

/**
 * `norecur check /elsewhere/repo` from an unrelated directory: the run is made from the scanned
 * tree's repository root (its directory outside a repository), so include lookups, default
 * ignores and format patterns see the paths the repository sees instead of `../../…` ones;
 * reported paths are then made relative to the directory norecur runs in again. Not for runs
 * with a separate rules directory or virtual files, which name paths of their own.
 */
function rebaseOutsideCwd(settings: Settings): { settings: Settings; prefix: string } | undefined {
  if (settings.rulesRoot !== undefined || (settings.virtualFiles?.length ?? 0) > 0) return undefined;
  const cwd = resolve(settings.cwd ?? process.cwd());
  const paths = settings.paths && settings.paths.length > 0 ? settings.paths : ["."];
  const absolute = paths.map((p) => resolve(cwd, p));
  const outside = (path: string): boolean => {
    const rel = relative(cwd, path);
    return rel.startsWith("..") || isAbsolute(rel);
  };
  if (!absolute.every(outside) || !absolute.every((p) => existsSync(p))) return undefined;
  const first = absolute[0] as string;
  const base = gitWorkTree(first) ?? (statSync(first).isDirectory() ? first : dirname(first));
  if (!absolute.every((p) => p === base || !relative(base, p).startsWith(".."))) return undefined;
  const fromBase = (path: string): string => relative(base, resolve(cwd, path)).split("\\").join("/") || ".";
  return {
    prefix: relative(cwd, base).split("\\").join("/"),
    settings: {
      ...settings,
      cwd: base,
      paths: absolute.map(fromBase),
      ...(typeof settings.config === "string" ? { config: resolve(cwd, settings.config) } : {}),
      ...(settings.policyDirs ? { policyDirs: settings.policyDirs.map((d) => resolve(cwd, d)) } : {}),
      ...(settings.repositoryRoot !== undefined ? { repositoryRoot: resolve(cwd, settings.repositoryRoot) } : {}),
    },
  };
}

/** A result made from `prefix`, its paths relative to the directory norecur runs in. */
function reportFrom(result: RunResult, prefix: string): RunResult {
  const path = (p: string): string => (p === "." || p === "./" ? prefix : `${prefix}/${p}`);
  return {
    ...result,
    ...(result.config !== undefined ? { config: path(result.config) } : {}),
    files: result.files.map((f) => ({ ...f, path: path(f.path) })),
    findings: result.findings.map((f) => ({ ...f, file: path(f.file) })),
    waivers: result.waivers.map((w) => ({ ...w, waiver: { ...w.waiver, file: path(w.waiver.file) } })),
  };
}

/** Where cwd sits in its git work tree, when below its root (SARIF URIs are repository-relative). */
function repositoryPathOf(cwd: string, repositoryRoot: string | undefined): { repositoryPath?: string } {
  const tree = repositoryRoot ?? gitWorkTree(cwd);
  const rel = tree === undefined ? "" : relative(tree, cwd).split("\\").join("/");
  return rel === "" ? {} : { repositoryPath: rel };
}

/** `dir` of the checkout, in the rules directory that mirrors it (itself when they are the same). */
function mirrored(cwd: string, rulesRoot: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rulesRoot === cwd || rel.startsWith("..") || isAbsolute(rel) ? dir : resolve(rulesRoot, rel);
}

/**
 * What of a file is parsed, when some of it may not be: of a Kubernetes file, nothing when no
 * active policy reads the kinds of its objects, or the text without the documents of kinds none
 * reads. Undefined when every object may be read.
 */
function narrowing(kindsRead: KindsRead | undefined): ((format: string, content: string | Buffer) => Narrowed | undefined) | undefined {
  if (kindsRead === undefined) return undefined;
  return (format, content) => {
    if (format !== "kubernetes") return undefined;
    const read = objectsRead(content, kindsRead);
    if (read === undefined) return undefined;
    return "unread" in read ? { skip: `no active policy reads ${[...new Set(read.unread)].join(", ")} objects` } : { text: read.text };
  };
}

function defaults(compiled: CompiledPolicy): Record<string, unknown> {
  return Object.fromEntries(Object.entries(compiled.policy.params).map(([name, spec]) => [name, spec.default]));
}

/**
 * Whether `kind`'s adapter has anything to make subjects of: a document of a format it turns into
 * subjects (`adapterFormats`; any document for `document`), or nothing to read at all (the
 * repository). An adapter given none makes none, and is not called: a run of Kubernetes
 * manifests used to run the Terraform, page-cache, identity and response-header adapters over
 * nothing, their code compiled for it (5-8 ms of every such run).
 */
function makesSubjects(kind: SubjectKind, documents: readonly ParsedDocument[]): boolean {
  const formats = adapterFormats[kind];
  if (formats === undefined) return documents.length > 0;
  if (formats.length === 0) return true;
  return documents.some((document) => formats.includes(document.format));
}

/**
 * The formats some active policy can look at, and the formats their adapters join in; files of
 * any other format are not parsed.
 */
function wantedFormats(policies: readonly CompiledPolicy[]): Set<string> | "all" {
  const wanted = new Set<string>();
  const add = (target: Target): boolean => {
    const readable = target.formats ?? adapterFormats[target.kind];
    if (readable === undefined) return false;
    const joins = adapterJoinFormats[target.kind];
    for (const format of readable) {
      wanted.add(format);
      for (const joined of (joins && Object.hasOwn(joins, format) ? joins[format] : undefined) ?? []) wanted.add(joined);
    }
    return true;
  };
  for (const { policy } of policies) {
    if (!add(policy.target)) return "all";
    if (policy.related && !add(policy.related)) return "all";
  }
  return wanted;
}

function parseErrorFinding(file: string, format: string, message: string, range: Finding["range"]): Finding {
  return {
    policyId: "parse-error",
    severity: "high",
    status: "fail",
    message: `cannot be read as ${format}: ${message}`,
    file,
    ...(range ? { range } : {}),
    subject: file,
    incidents: [],
  };
}
