import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  toolRule
} from "./chunk-2YLAO74A.js";
import {
  WAIVER_EXTENDED,
  WAIVER_HISTORY_UNAVAILABLE,
  check,
  describeDays,
  git,
  gitBytes,
  tryGit
} from "./chunk-AGQN5FQL.js";
import {
  redactText,
  yamlParser
} from "./chunk-BUIRFRZK.js";
import {
  NorecurError,
  SEVERITIES,
  sortFindings,
  summarize
} from "./chunk-EJRCV5Q7.js";

// src/diff/fingerprint.ts
import { createHash } from "node:crypto";
function findingFingerprint(finding, sourceLine) {
  const text = (sourceLine ?? "").replace(/\s+/g, " ").trim();
  return createHash("sha256").update([finding.policyId, finding.subject, finding.file, text].join("\0")).digest("hex").slice(0, 32);
}

// src/diff/classify.ts
var CONTEXT = 3;
var MAX_SCORED_PAIRS = 1e4;
var squash = (text) => text?.replace(/\s+/g, " ").trim();
function classifyFindings(head, base, sourceLines) {
  const matchedHead = /* @__PURE__ */ new Set();
  const matchedBase = /* @__PURE__ */ new Set();
  for (const subjectOf of [(f) => f.subject, (f) => f.subject.replace(/\[\d+\]/g, "[]")]) {
    const headGroups = group(head, sourceLines.head, subjectOf, matchedHead);
    const baseGroups = group(base, sourceLines.base, subjectOf, matchedBase);
    for (const [key, heads] of headGroups) {
      const bases = baseGroups.get(key);
      if (!bases) continue;
      for (const [h, b] of pair(heads, bases, head, base, sourceLines)) {
        matchedHead.add(h);
        matchedBase.add(b);
      }
    }
  }
  return {
    new: head.filter((_, i) => !matchedHead.has(i)),
    existing: head.filter((_, i) => matchedHead.has(i)),
    fixed: base.filter((_, i) => !matchedBase.has(i))
  };
}
function group(findings, read, subjectOf, matched) {
  const groups = /* @__PURE__ */ new Map();
  findings.forEach((finding, i) => {
    if (matched.has(i)) return;
    const key = findingFingerprint({ ...finding, subject: subjectOf(finding) }, finding.range ? read(finding.file, finding.range.line) : void 0);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}
function pair(heads, bases, head, base, lines) {
  if (heads.length === 1 && bases.length === 1) return [[heads[0] ?? 0, bases[0] ?? 0]];
  const candidates = [];
  if (heads.length * bases.length <= MAX_SCORED_PAIRS) {
    heads.forEach(
      (h, hi) => bases.forEach((b, bi) => {
        const hf = head[h];
        const bf = base[b];
        if (hf && bf) candidates.push({ h, b, score: agreement(hf, bf, lines), order: Math.abs(hi - bi) });
      })
    );
  } else {
    for (let i = 0; i < Math.min(heads.length, bases.length); i++) candidates.push({ h: heads[i] ?? 0, b: bases[i] ?? 0, score: 0, order: 0 });
  }
  candidates.sort((x, y) => y.score - x.score || x.order - y.order || x.h - y.h || x.b - y.b);
  const usedH = /* @__PURE__ */ new Set();
  const usedB = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const { h, b } of candidates) {
    if (usedH.has(h) || usedB.has(b)) continue;
    usedH.add(h);
    usedB.add(b);
    pairs.push([h, b]);
  }
  return pairs;
}
function agreement(h, b, lines) {
  let score = h.message === b.message ? 1 : 0;
  if (!h.range || !b.range) return score;
  for (let d = 1; d <= CONTEXT; d++) {
    for (const step of [-d, d]) {
      const hl = squash(lines.head(h.file, h.range.line + step));
      if (hl !== void 0 && hl === squash(lines.base(b.file, b.range.line + step))) score += 1;
    }
  }
  return score;
}

// src/diff/diff-run.ts
import { existsSync as existsSync2, mkdtempSync as mkdtempSync2, readFileSync as readFileSync4 } from "node:fs";
import { isAbsolute, join as join3, relative as relative2, resolve as resolve5 } from "node:path";

// src/git/changed-files.ts
import { posix } from "node:path";
function changedFiles(cwd, from, to, scope = "cwd") {
  const everywhere = scope === "repository";
  const args = ["diff", "--name-status", "-z", "-M", "--no-color", "--no-ext-diff", everywhere ? "--no-relative" : "--relative"];
  const out = git(cwd, [...args, from, ...to !== void 0 ? [to] : [], "--"]);
  const changes = parseNameStatus(out);
  if (to === void 0) {
    const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", ...everywhere ? ["--full-name", "--", ":/"] : []]);
    for (const file of untracked.split("\0")) if (file.length > 0) changes.push({ change: "added", file });
  }
  const prefix = everywhere ? git(cwd, ["rev-parse", "--show-prefix"]).trim() : "";
  const fromCwd = (file) => prefix === "" ? file : posix.relative(prefix, file);
  return changes.map((c) => ({ ...c, file: fromCwd(c.file), ...c.from !== void 0 ? { from: fromCwd(c.from) } : {} })).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function parseNameStatus(out) {
  const fields = out.split("\0");
  const changes = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i] ?? "";
    if (status.length === 0) {
      i += 1;
      continue;
    }
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const before = fields[i + 1] ?? "";
      const after = fields[i + 2] ?? "";
      changes.push(letter === "R" ? { change: "renamed", file: after, from: before } : { change: "added", file: after });
      i += 3;
      continue;
    }
    const file = fields[i + 1] ?? "";
    changes.push({ change: letter === "A" ? "added" : letter === "D" ? "deleted" : "modified", file });
    i += 2;
  }
  return changes;
}

// src/git/changed-lines.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/git/quoted-path.ts
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const body = [...text.slice(1, -1)];
  const bytes = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4).join(""));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/git/revision.ts
function repoLocation(cwd) {
  if (tryGit(cwd, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    throw new NorecurError("usage", `${cwd} is not inside a git working tree (or git is not installed); --base needs the repository's history`);
  }
  return { root: git(cwd, ["rev-parse", "--show-toplevel"]).trim(), prefix: git(cwd, ["rev-parse", "--show-prefix"]).trim() };
}
function resolveCommit(cwd, ref, label = `--base ${ref}`) {
  const hash = tryGit(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])?.trim();
  if (!hash) throw new NorecurError("usage", `${label}: not a revision of this repository`);
  return hash;
}
function mergeBase(cwd, base, head = "HEAD") {
  const baseCommit = resolveCommit(cwd, base);
  const headCommit = resolveCommit(cwd, head, `${head} (compared with --base ${base})`);
  const found = tryGit(cwd, ["merge-base", baseCommit, headCommit])?.trim();
  if (!found) {
    const shallow = tryGit(cwd, ["rev-parse", "--is-shallow-repository"])?.trim() === "true";
    throw new NorecurError(
      "usage",
      `--base ${base}: no common ancestor with ${head}${shallow ? " (this is a shallow clone: fetch more history, e.g. actions/checkout with fetch-depth: 0)" : " (unrelated histories)"}`
    );
  }
  return found;
}

// src/git/changed-lines.ts
var HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function changedLines(cwd, base, head) {
  const from = mergeBase(cwd, base, head ?? "HEAD");
  const diff = git(cwd, [
    "-c",
    "core.quotePath=true",
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "-M",
    "--relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    from,
    ...head !== void 0 ? [head] : [],
    "--"
  ]);
  const lines = parseUnifiedZero(diff);
  if (head === void 0) {
    for (const file of git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0")) {
      if (file.length === 0) continue;
      const whole = wholeFile(join(cwd, file));
      if (whole.size > 0) lines.set(file, whole);
    }
  }
  return lines;
}
function parseUnifiedZero(diff) {
  const result = /* @__PURE__ */ new Map();
  let file;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of diff.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith("-")) oldLeft -= 1;
      else if (line.startsWith("+")) newLeft -= 1;
      continue;
    }
    if (line.startsWith("diff --git ")) {
      file = void 0;
    } else if (line.startsWith("+++ ")) {
      file = newSideName(line.slice(4));
    } else {
      const hunk = HUNK.exec(line);
      if (!hunk) continue;
      oldLeft = hunk[1] === void 0 ? 1 : Number(hunk[1]);
      const start = Number(hunk[2]);
      newLeft = hunk[3] === void 0 ? 1 : Number(hunk[3]);
      if (file === void 0 || newLeft === 0) continue;
      const set = result.get(file) ?? /* @__PURE__ */ new Set();
      for (let n = start; n < start + newLeft; n++) set.add(n);
      result.set(file, set);
    }
  }
  return result;
}
function newSideName(raw) {
  const name = unquoteGitPath(raw.replace(/\t$/, ""));
  if (name === "/dev/null") return void 0;
  return name.startsWith("b/") ? name.slice(2) : name;
}
function wholeFile(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return /* @__PURE__ */ new Set();
  }
  if (bytes.includes(0)) return /* @__PURE__ */ new Set();
  const text = bytes.toString("utf8");
  const count = text.length === 0 ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  return new Set(Array.from({ length: count }, (_, i) => i + 1));
}

// src/git/materialize.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2, posix as posix2, resolve, sep } from "node:path";
var BATCH_BYTES = 32 * 1024 * 1024;
function materializeRevision(cwd, ref, paths = ["."], options = {}) {
  const location2 = repoLocation(cwd);
  const commit = resolveCommit(cwd, ref);
  const root = mkdtempSync(join2(tmpdir(), "norecur-rev-"));
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    const specs = paths.map((path) => repoPath(location2.prefix, path));
    const entries = listTree(cwd, commit, specs.includes("") ? [] : specs);
    const blobs = entries.filter((e) => e.type === "blob" && e.mode !== "120000");
    for (const batch of batches(blobs, options.batchBytes ?? BATCH_BYTES)) {
      const contents = readBlobs(cwd, [...new Set(batch.map((e) => e.object))], batch.reduce((n, e) => n + e.size, 0));
      for (const entry of batch) {
        const target = resolve(root, ...entry.file.split("/"));
        if (!target.startsWith(root + sep)) throw new NorecurError("usage", `${ref}: refusing to write ${JSON.stringify(entry.file)} outside the temporary directory`);
        mkdirSync(resolve(target, ".."), { recursive: true });
        writeFileSync(target, contents.get(entry.object) ?? Buffer.alloc(0));
      }
    }
    const skipped = entries.filter((e) => !(e.type === "blob" && e.mode !== "120000")).map((e) => ({ file: e.file, reason: e.mode === "120000" ? "symlink" : e.type === "commit" ? "submodule" : e.type }));
    const files2 = blobs.map((e) => e.file).sort();
    const here = resolve(root, ...location2.prefix.split("/").filter((s) => s.length > 0));
    mkdirSync(here, { recursive: true });
    return { commit, root, cwd: here, files: files2, skipped, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
function repoPath(prefix, path) {
  const inside = pathInRepository(prefix, path);
  if (inside === void 0) throw new NorecurError("usage", `${path}: not inside the repository, so it has no version at a base revision`);
  return inside;
}
function pathInRepository(prefix, path) {
  const joined = posix2.normalize(posix2.join(prefix, path.split("\\").join("/")));
  if (joined === "." || joined === "./") return "";
  if (joined.startsWith("../") || joined === ".." || posix2.isAbsolute(path.split("\\").join("/"))) return void 0;
  return joined.replace(/\/$/, "");
}
function listTree(cwd, commit, specs) {
  const out = git(cwd, ["ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--", ...specs]);
  return out.split("\0").filter((record) => record.length > 0).flatMap((record) => {
    const tab = record.indexOf("	");
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
    if (tab < 0 || mode === void 0 || type === void 0 || object === void 0) return [];
    return [{ mode, type, object, size: Number(size) || 0, file: record.slice(tab + 1) }];
  });
}
function batches(entries, limit) {
  const out = [];
  let current = [];
  let bytes = 0;
  for (const entry of entries) {
    if (current.length > 0 && bytes + entry.size > limit) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entry.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
function readBlobs(cwd, objects, bytes) {
  const contents = /* @__PURE__ */ new Map();
  if (objects.length === 0) return contents;
  const out = gitBytes(cwd, ["cat-file", "--batch"], `${objects.join("\n")}
`, bytes + objects.length * 128 + 1024);
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(10, at);
    if (newline < 0) break;
    const [object, type, size] = out.subarray(at, newline).toString("utf8").split(" ");
    if (object === void 0 || type === "missing" || size === void 0) {
      at = newline + 1;
      continue;
    }
    const length = Number(size);
    contents.set(object, out.subarray(newline + 1, newline + 1 + length));
    at = newline + 1 + length + 1;
  }
  return contents;
}

// src/diff/renames.ts
function renameFindings(findings, renames) {
  if (renames.size === 0) return [...findings];
  return findings.map((finding) => {
    const to = renames.get(finding.file);
    if (to === void 0) return finding;
    const from = finding.file;
    const follows = finding.subject.charAt(from.length);
    const subject = finding.subject.startsWith(from) && !/[\w./-]/.test(follows) ? to + finding.subject.slice(from.length) : finding.subject;
    return { ...finding, file: to, subject };
  });
}

// src/diff/rule-files.ts
import { dirname, relative, resolve as resolve2 } from "node:path";
var DEFAULT_CONFIG_NAMES = [".norecur.yml", ".norecur.yaml"];
var DEFAULT_WAIVERS = ".norecur/waivers.yml";
var POLICY_FILE = /(^|\.)policy\.ya?ml$/;
function ruleFiles(configFile, configText, options) {
  const configs = options.config === false ? [] : options.config !== void 0 ? [clean(options.config)] : [...DEFAULT_CONFIG_NAMES];
  const raw = configText !== void 0 ? lenient(configText) : {};
  const dir = configFile !== void 0 ? dirname(configFile) : ".";
  const fromConfig = (path) => relativeTo(dir, path);
  return {
    configs,
    policyDirs: [...(raw.policies ?? []).map(fromConfig), ...(options.policyDirs ?? []).map(clean)],
    waivers: raw.waivers !== void 0 ? fromConfig(raw.waivers) : DEFAULT_WAIVERS
  };
}
function isPolicyFile(file, dirs) {
  return dirs.some((dir) => {
    const below = dir === "." ? file : file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : void 0;
    if (below === void 0) return false;
    const parts = below.split("/");
    const name = parts[parts.length - 1] ?? "";
    return POLICY_FILE.test(name) && !parts.slice(0, -1).some((p) => p.startsWith(".") || p === "node_modules");
  });
}
function relativeTo(dir, path) {
  return clean(relative("/root", resolve2("/root", dir, path)));
}
function clean(path) {
  const out = path.split("\\").join("/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  return out === "" ? "." : out;
}
function lenient(text) {
  const parsed = yamlParser.parse(text, "config");
  if (!parsed.ok) return {};
  const value = parsed.documents[0]?.value;
  if (typeof value !== "object" || value === null) return {};
  const { policies, waivers } = value;
  const list = Array.isArray(policies) ? policies.filter((p) => typeof p === "string") : void 0;
  const file = typeof waivers === "object" && waivers !== null ? waivers.file : void 0;
  return { ...list ? { policies: list } : {}, ...typeof file === "string" ? { waivers: file } : {} };
}

// src/diff/rule-changes.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";
function ruleChanges(cwd, base, head, options = {}) {
  const from = mergeBase(cwd, base, head ?? "HEAD");
  const before = sideRules(options, (file) => tryGit(cwd, ["show", `${from}:./${file}`]));
  const after = sideRules(
    options,
    (file) => head !== void 0 ? tryGit(cwd, ["show", `${head}:./${file}`]) : existsSync(resolve3(cwd, file)) ? readFileSync2(resolve3(cwd, file), "utf8") : void 0
  );
  const kind = (file) => {
    if (before.configs.includes(file) || after.configs.includes(file)) return "config";
    if (file === before.waivers || file === after.waivers) return "waivers";
    if (isPolicyFile(file, before.policyDirs) || isPolicyFile(file, after.policyDirs)) return "policy";
    return void 0;
  };
  const changes = [];
  const add = (file, change) => {
    const k = kind(file);
    if (k) changes.push({ file, kind: k, change });
  };
  for (const changed of changedFiles(cwd, from, head, "repository")) {
    if (changed.change === "renamed") {
      add(changed.from ?? changed.file, "deleted");
      add(changed.file, "added");
    } else {
      add(changed.file, changed.change);
    }
  }
  return changes.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function sideRules(options, read) {
  const candidates = ruleFiles(void 0, void 0, options).configs;
  for (const file of candidates) {
    const text = read(file);
    if (text !== void 0) return ruleFiles(file, text, options);
  }
  return ruleFiles(void 0, void 0, options);
}

// src/diff/own-rules.ts
var CHANGE_RULES_INVALID = "change-rules-invalid";
async function ownRuleFindings(settings) {
  try {
    const own = await check({ ...settings, rulesRoot: settings.cwd ?? process.cwd() });
    return own.findings.filter((f) => f.policyId === WAIVER_EXTENDED || f.policyId === WAIVER_HISTORY_UNAVAILABLE);
  } catch (error) {
    if (!(error instanceof NorecurError)) throw error;
    return [
      {
        policyId: CHANGE_RULES_INVALID,
        severity: "high",
        status: "fail",
        message: `The rule files of this change cannot be loaded (${error.code} error): ${error.message}. Once merged, every run would stop.`,
        file: ".",
        subject: ".",
        incidents: []
      }
    ];
  }
}

// src/diff/source-lines.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve as resolve4 } from "node:path";
function lineReader(root, redirect = () => void 0) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (!cache.has(file)) {
      let lines;
      try {
        lines = readFileSync3(resolve4(redirect(file) ?? root, file), "utf8").split(/\r?\n/);
      } catch {
        lines = void 0;
      }
      cache.set(file, lines);
    }
    return cache.get(file)?.[line - 1];
  };
}

// src/diff/diff-run.ts
var GLOB_CHARS = /[*?[\]{}]/;
async function diffRun(settings) {
  const cwd = resolve5(settings.cwd ?? process.cwd());
  const rulesFrom = settings.rulesFrom ?? "base";
  const now = settings.now ?? /* @__PURE__ */ new Date();
  const forkedAt = mergeBase(cwd, settings.base);
  const trees = [];
  try {
    let rulesRoot = cwd;
    if (rulesFrom === "base") {
      const rules2 = materializeRules(cwd, resolveCommit(cwd, settings.base), ruleOptions(settings));
      trees.push(rules2);
      rulesRoot = rules2.cwd;
    }
    const { base: _ignored, rulesFrom: _rules, ...common } = settings;
    const shared = { ...common, now, rulesRoot, ...settings.paths ? { paths: settings.paths.map((p) => isAbsolute(p) ? relative2(cwd, p) : p) } : {} };
    const paths = shared.paths ?? [];
    const scope = paths.length > 0 && !paths.some((p) => GLOB_CHARS.test(p)) ? paths : ["."];
    const baseFiles = materializeRevision(cwd, forkedAt, scope);
    trees.push(baseFiles);
    const changed = changedLines(cwd, settings.base);
    const refusedWaivers = [];
    const refuseNew = (waiver) => {
      const fresh = changed.get(waiver.file)?.has(waiver.range.line) === true;
      if (fresh) refusedWaivers.push(waiver);
      return !fresh;
    };
    const checked = await check({ ...shared, cwd, ...rulesFrom === "head" ? { base: settings.base } : { inlineWaivers: refuseNew } });
    const rules = ruleChanges(cwd, settings.base, void 0, ruleOptions(settings));
    const own = rulesFrom === "base" && rules.length > 0 ? await ownRuleFindings({ ...shared, cwd, base: settings.base }) : [];
    const head = own.length === 0 ? checked : withFindings(checked, own);
    const base = await check({ ...shared, cwd: baseFiles.cwd, paths: basePaths(baseFiles.cwd, shared.paths) });
    const renames = new Map(changedFiles(cwd, forkedAt).flatMap((c) => c.change === "renamed" && c.from !== void 0 ? [[c.from, c.file]] : []));
    const oldName = new Map([...renames].map(([from, to]) => [to, from]));
    const ruleDisplays = new Set(head.waivers.filter((w) => w.waiver.origin === "file").map((w) => w.waiver.file));
    const readHead = lineReader(cwd, (file) => ruleDisplays.has(file) ? rulesRoot : void 0);
    const readBase = lineReader(baseFiles.cwd, (file) => ruleDisplays.has(file) ? rulesRoot : void 0);
    const diff = classifyFindings(head.findings, renameFindings(base.findings, renames), {
      head: readHead,
      base: (file, line) => readBase(oldName.get(file) ?? file, line)
    });
    return {
      head,
      base,
      diff,
      ruleChanges: rules,
      changedLines: changed,
      refusedWaivers,
      baseRef: settings.base,
      mergeBase: forkedAt,
      rulesFrom
    };
  } finally {
    for (const tree of trees) tree.cleanup();
  }
}
function materializeRules(cwd, commit, options) {
  const configs = ruleFiles(void 0, void 0, options).configs;
  const first = materializeRevision(cwd, commit, configs);
  try {
    const present = configs.find((c) => existsSync2(resolve5(first.cwd, c)));
    const rules = ruleFiles(present, present !== void 0 ? readFileSync4(resolve5(first.cwd, present), "utf8") : void 0, options);
    const { prefix } = repoLocation(cwd);
    const inside = (path) => pathInRepository(prefix, path) !== void 0;
    return materializeRevision(cwd, commit, [...configs, ...rules.policyDirs, rules.waivers].filter(inside));
  } finally {
    first.cleanup();
  }
}
function basePaths(root, paths) {
  if (paths === void 0 || paths.length === 0) return ["."];
  const present = paths.filter((p) => GLOB_CHARS.test(p) || existsSync2(resolve5(root, p)));
  if (present.length > 0) return present;
  const empty = mkdtempSync2(join3(root, ".norecur-nothing-"));
  return [relative2(root, empty)];
}
function withFindings(result, extra) {
  const findings = sortFindings([...result.findings, ...extra]);
  return { ...result, findings, summary: summarize(result.files, findings, result.coverage) };
}
function ruleOptions(settings) {
  return { ...settings.config !== void 0 ? { config: settings.config } : {}, ...settings.policyDirs ? { policyDirs: settings.policyDirs } : {} };
}

// src/report/safe-lines.ts
var CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
function escapeControl(text, options = {}) {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return options.keepNewlines ? c : "\\n";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
var COMMAND_START = /^(\s*)(::|##\[|##vso\[)/gm;
function guardCommandLines(report) {
  return report.replace(COMMAND_START, "$1\\$2");
}

// src/report/annotations.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "warning", info: "notice" };
function selectAnnotations(findings, options = {}) {
  const titles = new Map((options.policies ?? []).map((p) => [p.id, p.title]));
  const limit = { error: options.maxErrors ?? 10, warning: options.maxWarnings ?? 10, notice: options.maxNotices ?? 10 };
  const candidates = findings.map((finding, index) => ({ finding, index, level: levelOf(finding), changed: onChangedLine(finding, options.changedLines) })).filter((c) => c.finding.status !== "waived");
  candidates.sort(
    (a, b) => SEVERITIES.indexOf(b.finding.severity) - SEVERITIES.indexOf(a.finding.severity) || Number(b.changed) - Number(a.changed) || Number(a.finding.status === "unknown") - Number(b.finding.status === "unknown") || a.index - b.index
  );
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  let omitted = 0;
  for (const { finding, level } of candidates) {
    if (!finding.range || finding.file === "." || used[level] >= limit[level]) {
      omitted += 1;
      continue;
    }
    used[level] += 1;
    annotations.push(toAnnotation(finding, level, titles.get(finding.policyId) ?? toolRule(finding.policyId).title));
  }
  return { annotations, omitted };
}
function levelOf(finding) {
  return finding.status === "unknown" ? "warning" : LEVEL[finding.severity];
}
function onChangedLine(finding, changed) {
  const lines = changed?.get(finding.file);
  const r = finding.range;
  if (!lines || !r) return false;
  for (const line of lines) if (line >= r.line && line <= r.endLine) return true;
  return false;
}
function toAnnotation(finding, level, title) {
  const r = finding.range;
  const startLine = Math.max(1, r?.line ?? 1);
  const endLine = Math.max(startLine, r?.endLine ?? startLine);
  const message = escapeControl(redactText(finding.status === "unknown" ? `Could not be decided from the files alone (check it by hand): ${finding.message}` : finding.message), { keepNewlines: true });
  const annotation = { level, message, title: escapeControl(redactText(`${finding.policyId}: ${title}`)), file: escapeControl(finding.file), startLine, endLine };
  if (r && r.line === r.endLine && r.column >= 1) {
    annotation.startColumn = r.column;
    annotation.endColumn = Math.max(r.column, r.endColumn);
  }
  return annotation;
}
function workflowCommand(a) {
  const data = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (s) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const props = [
    ["file", a.file],
    ["line", a.startLine],
    ["endLine", a.endLine],
    ["col", a.startColumn],
    ["endColumn", a.endColumn],
    ["title", a.title]
  ];
  const list = props.filter((p) => p[1] !== void 0).map(([k, v]) => `${k}=${property(String(v))}`);
  return `::${a.level} ${list.join(",")}::${data(a.message)}`;
}

// src/report/json.ts
function formatJson(result) {
  const { policies: _policies, ...rest } = result;
  const safe = {
    ...rest,
    findings: result.findings.map((f) => ({
      ...f,
      message: redactText(f.message),
      ...f.waiver ? { waiver: { ...f.waiver, reason: redactText(f.waiver.reason) } } : {}
    })),
    waivers: result.waivers.map((w) => ({ ...w, waiver: { ...w.waiver, owner: redactText(w.waiver.owner), reason: redactText(w.waiver.reason) } }))
  };
  return `${JSON.stringify(safe, null, 2)}
`;
}

// src/report/markdown/budget.ts
var SUMMARY_LIMIT = 1024 * 1024;
var COMMENT_LIMIT = 65536;
function byteSize(text) {
  return Buffer.byteLength(text, "utf8");
}
function renderWithin(blocks, limit) {
  const lists = blocks.filter((b) => typeof b !== "string" && b.items.length > 0);
  let room = limit;
  for (const block of blocks) {
    if (typeof block === "string") room -= byteSize(block);
    else if (block.items.length > 0) room -= byteSize(block.head) + byteSize(block.more(block.items.length));
  }
  const shown = /* @__PURE__ */ new Map();
  for (const list of lists) {
    let count = 0;
    for (const item of list.items) {
      const size = byteSize(item);
      if (size > room) break;
      room -= size;
      count += 1;
    }
    shown.set(list, count);
    room = Math.max(room, 0);
  }
  let out = "";
  for (const block of blocks) {
    if (typeof block === "string") {
      out += block;
      continue;
    }
    if (block.items.length === 0) continue;
    const count = shown.get(block) ?? 0;
    out += block.head + block.items.slice(0, count).join("");
    if (count < block.items.length) out += block.more(block.items.length - count);
  }
  return cutAtLine(out, limit);
}
function cutAtLine(text, limit) {
  if (byteSize(text) <= limit) return text;
  const bytes = Buffer.from(text, "utf8").subarray(0, limit);
  const prefix = bytes.toString("utf8");
  const end = prefix.lastIndexOf("\n");
  return end < 0 ? "" : prefix.slice(0, end + 1);
}

// src/report/markdown/escape.ts
function escapeMarkdown(text) {
  return escapeControl(redactText(text).replace(/\r\n?|\n/g, " ")).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/@/g, "@&#8203;");
}
function codeBlock(code, language = "") {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}
${redactText(code).replace(/\n$/, "")}
${fence}`;
}
function inlineAuthored(text) {
  const flat = redactText(text).replace(/\s+/g, " ").trim();
  let out = "";
  let last = 0;
  for (const span of flat.matchAll(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g)) {
    out += flat.slice(last, span.index).replace(/</g, "&lt;") + span[0];
    last = span.index + span[0].length;
  }
  return (out + flat.slice(last).replace(/</g, "&lt;")).replace(/\|/g, "\\|");
}

// src/report/markdown/policy-help.ts
function incidentOneLiner(policy, catalogue) {
  const first = policy.incidents[0];
  if (!first) return void 0;
  const incident = catalogue.get(first.id);
  const more = policy.incidents.length > 1 ? ` (+${policy.incidents.length - 1} more)` : "";
  if (!incident) return `${first.id}: ${oneLine(first.lesson)}${more}`;
  return `${incident.title}${incident.date ? ` (${incident.date})` : ""}${more}`;
}
function policyHelpText(policy, catalogue) {
  const parts = [policy.title, "", policy.description.trim()];
  for (const ref of policy.incidents) {
    const incident = catalogue.get(ref.id);
    parts.push("", `Incident ${ref.id}${incident ? `: ${incident.title}` : ""}`);
    if (incident) parts.push(oneLine(incident.summary));
    parts.push(`Lesson: ${oneLine(ref.lesson)}`);
  }
  parts.push("", `Fix: ${oneLine(policy.remediation.summary)}`);
  if (policy.remediation.before) parts.push("", "Before:", policy.remediation.before.replace(/\n$/, ""));
  if (policy.remediation.after) parts.push("", "After:", policy.remediation.after.replace(/\n$/, ""));
  if (policy.references.length > 0) parts.push("", "References:", ...policy.references.map((r) => `- ${r}`));
  return redactText(parts.join("\n"));
}
function policyHelpMarkdown(policy, catalogue) {
  const parts = [`**${inlineAuthored(policy.title)}**`, "", redactText(policy.description.trim())];
  if (policy.incidents.length > 0) parts.push("", "#### Incidents");
  for (const ref of policy.incidents) {
    const incident = catalogue.get(ref.id);
    const head = incident ? `**${inlineAuthored(incident.title)}**${incident.date ? ` (${incident.date})` : ""}` : `**${inlineAuthored(ref.id)}**`;
    parts.push("", `- ${head}${incident ? `: ${inlineAuthored(incident.summary)}` : ""}`);
    parts.push(`  *Lesson:* ${inlineAuthored(ref.lesson)}`);
  }
  parts.push("", "#### Fix", "", inlineAuthored(policy.remediation.summary));
  if (policy.remediation.before) parts.push("", "Before:", "", codeBlock(policy.remediation.before));
  if (policy.remediation.after) parts.push("", "After:", "", codeBlock(policy.remediation.after));
  if (policy.references.length > 0) parts.push("", "#### References", "", ...policy.references.map((r) => `- ${inlineAuthored(r)}`));
  return parts.join("\n");
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/report/markdown/finding-row.ts
var FINDINGS_HEAD = "| Severity | Policy | Location | Finding | Fix |\n| --- | --- | --- | --- | --- |\n";
function findingRow(f, context) {
  const policy = context.policies.get(f.policyId);
  const incident = policy ? incidentOneLiner(policy, context.incidents) : void 0;
  const fix = policy ? policy.remediation.summary : toolRule(f.policyId).fix;
  const severity = f.status === "unknown" ? `unknown (${f.severity})` : f.status === "waived" ? `waived (${f.severity})` : `**${f.severity}**`;
  const finding = `${escapeMarkdown(f.message)}${incident ? `<br><sub>Incident: ${inlineAuthored(incident)}</sub>` : ""}`;
  return `| ${severity} | ${escapeMarkdown(f.policyId)} | ${location(f, context)} | ${finding} | ${inlineAuthored(fix)} |
`;
}
function location(f, context) {
  if (f.file === ".") return "repository";
  const text = escapeMarkdown(f.range ? `${f.file}:${f.range.line}:${f.range.column}` : f.file);
  const url = context.fileUrl?.(f.file, f.range?.line);
  return url ? `[${text}](${linkTarget(url)})` : text;
}
function linkTarget(url) {
  return url.replace(/[\s()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function byUrgency(findings) {
  const statusRank = { fail: 0, unknown: 1, waived: 2 };
  return findings.map((f, i) => ({ f, i })).sort((a, b) => statusRank[a.f.status] - statusRank[b.f.status] || SEVERITIES.indexOf(b.f.severity) - SEVERITIES.indexOf(a.f.severity) || a.i - b.i).map(({ f }) => f);
}

// src/report/markdown/rule-changes.ts
var KIND = { policy: "policy", config: "norecur config", waivers: "waivers file" };
function ruleChangesBlock(changes) {
  return {
    head: `
### Changes to policies, config and waivers (${changes.length})

Review these with the same care as code: they change what this and every later check accepts.

| File | Kind | Change |
| --- | --- | --- |
`,
    items: changes.map((c) => `| ${escapeMarkdown(c.file)} | ${KIND[c.kind]} | ${c.change} |
`),
    more: (n) => `
\u2026 and ${n} more.

`
  };
}

// src/report/markdown/summary.ts
function renderSummary(result, options) {
  const context = { policies: new Map(options.policies.map((p) => [p.id, p])), incidents: options.incidents, fileUrl: options.fileUrl };
  const blocks = [headline(result), totals(result), files(result, options)];
  if (options.diff) {
    const notWaived = (list) => byUrgency(list.filter((f) => f.status !== "waived"));
    blocks.push(findingList("New findings", notWaived(options.diff.new), context), findingList("Existing findings", notWaived(options.diff.existing), context), fixedList(options.diff.fixed));
  } else {
    blocks.push(findingList("Findings", byUrgency(result.findings.filter((f) => f.status !== "waived")), context));
  }
  blocks.push(waivedList(result.findings.filter((f) => f.status === "waived"), context), expiringList(result));
  if (options.ruleChanges && options.ruleChanges.length > 0) blocks.push(ruleChangesBlock(options.ruleChanges));
  blocks.push(unmatchedList(result));
  return renderWithin(blocks, options.maxBytes ?? SUMMARY_LIMIT);
}
function headline(result) {
  const s = result.summary;
  const failing = SEVERITIES.reduce((n, sev) => n + s.failures[sev], 0);
  const parts = SEVERITIES.slice().reverse().filter((sev) => s.failures[sev] > 0).map((sev) => `${s.failures[sev]} ${sev}`);
  const lead = failing === 0 ? "**No failing findings**" : `**${failing} failing** (${parts.join(", ")})`;
  return `## norecur

${lead}, ${s.unknown} unknown, ${s.waived} waived; failing at ${result.failOn} and above.

`;
}
function totals(result) {
  const count = (status, sev) => result.findings.filter((f) => f.status === status && f.severity === sev).length;
  const rows = SEVERITIES.slice().reverse().map((sev) => `| ${sev} | ${count("fail", sev)} | ${count("unknown", sev)} | ${count("waived", sev)} |
`);
  return `| Severity | Failing | Unknown | Waived |
| --- | ---: | ---: | ---: |
${rows.join("")}
`;
}
function files(result, options) {
  const s = result.summary;
  const reasons = /* @__PURE__ */ new Map();
  for (const file of result.files) if (file.status === "skipped") reasons.set(file.reason ?? "no reason", (reasons.get(file.reason ?? "no reason") ?? 0) + 1);
  const why = [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([reason, n]) => `${n} ${escapeMarkdown(reason)}`);
  const lines = [`Files: ${s.evaluated} evaluated, ${s.skipped} skipped${why.length > 0 ? ` (${why.slice(0, 5).join("; ")}${why.length > 5 ? "; \u2026" : ""})` : ""}, ${s.errored} errored.`];
  if (s.evaluated === 0) lines.push("**Nothing was checked**: no file matched any active policy.");
  if (options.diff) lines.push(`Compared with the base revision: ${options.diff.new.length} new, ${options.diff.existing.length} existing, ${options.diff.fixed.length} fixed.`);
  if (options.notAnnotated) lines.push(`${options.notAnnotated} finding${options.notAnnotated === 1 ? " was" : "s were"} not annotated (GitHub shows at most 10 error and 10 warning annotations per step); all are listed here.`);
  return `${lines.join("\n\n")}
`;
}
function findingList(title, findings, context) {
  return {
    head: `
### ${title} (${findings.length})

${FINDINGS_HEAD}`,
    items: findings.map((f) => findingRow(f, context)),
    more: (n) => `
\u2026 and ${n} more (the SARIF file and \`--format json\` list every finding).

`
  };
}
function fixedList(findings) {
  return {
    head: `
### Fixed by this change (${findings.length})

| Severity | Policy | Location | Finding |
| --- | --- | --- | --- |
`,
    items: findings.map((f) => `| ${f.severity} | ${escapeMarkdown(f.policyId)} | ${location(f, { fileUrl: void 0 })} | ${escapeMarkdown(f.message)} |
`),
    more: (n) => `
\u2026 and ${n} more.

`
  };
}
function waivedList(findings, context) {
  return {
    head: `
### Waived findings (${findings.length})

| Policy | Location | Owner | Expires | Reason |
| --- | --- | --- | --- | --- |
`,
    items: findings.map((f) => {
      const w = f.waiver;
      const expires = w ? `${w.expires} (${describeDays(w.daysLeft)})` : "";
      return `| ${escapeMarkdown(f.policyId)} | ${location(f, context)} | ${escapeMarkdown(w?.owner ?? "")} | ${expires} | ${escapeMarkdown(w?.reason ?? "")} |
`;
    }),
    more: (n) => `
\u2026 and ${n} more.

`
  };
}
function expiringList(result) {
  const expiring = result.waivers.filter((w) => w.state === "expiring");
  return {
    head: `
### Waivers expiring soon (${expiring.length})

| Policy | Expires | Owner | Where |
| --- | --- | --- | --- |
`,
    items: expiring.map((w) => `| ${escapeMarkdown(w.waiver.policy)} | ${w.waiver.expires} (${describeDays(w.daysLeft)}) | ${escapeMarkdown(w.waiver.owner)} | ${escapeMarkdown(`${w.waiver.file}:${w.waiver.range.line}`)} |
`),
    more: (n) => `
\u2026 and ${n} more.

`
  };
}
function unmatchedList(result) {
  const ids = result.summary.unmatchedPolicies;
  return {
    head: `
### Policies that matched nothing (${ids.length})

These policies found no file to look at: check \`paths\` and \`formats\` if you expected them to apply.

`,
    items: ids.map((id) => `- ${escapeMarkdown(id)}
`),
    more: (n) => `- \u2026 and ${n} more
`
  };
}

// src/report/sarif.ts
import { posix as posix3 } from "node:path";
var MAX_RESULTS = 25e3;
var MAX_TAGS = 10;
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "0.0" };
var LEVEL2 = { critical: "error", high: "error", medium: "warning", low: "warning", info: "note" };
function toSarif(result, context) {
  const unique = [...new Map([...context.policies].reverse().map((p) => [p.id, p])).values()];
  const policies = unique.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const rules = policies.map((p) => policyRule(p, context.incidents));
  const index = new Map(policies.map((p, i) => [p.id, i]));
  for (const finding of result.findings) {
    if (index.has(finding.policyId)) continue;
    index.set(finding.policyId, rules.length);
    rules.push(toolLevelRule(finding));
  }
  const fresh = context.diff ? new Set(context.diff.new.map(findingKey)) : void 0;
  const kept = mostUrgent(result.findings, context.maxResults ?? MAX_RESULTS);
  const left = result.findings.length - kept.length;
  const driver = { name: "norecur", version: context.version, semanticVersion: context.version, rules };
  if (context.informationUri) driver["informationUri"] = context.informationUri;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root (the git work tree); finding paths are relative to it." } } },
        results: kept.map((f) => withBaseline(toResult(f, index.get(f.policyId) ?? 0, context, result.repositoryPath), f, fresh)),
        ...left > 0 ? { invocations: [truncationNotice(left)] } : {}
      }
    ]
  };
}
function mostUrgent(findings, max) {
  if (findings.length <= max) return findings;
  const status = { fail: 0, unknown: 1, waived: 2 };
  const chosen = findings.map((f, i) => ({ f, i })).sort((a, b) => status[a.f.status] - status[b.f.status] || SEVERITIES.indexOf(b.f.severity) - SEVERITIES.indexOf(a.f.severity) || a.i - b.i).slice(0, Math.max(0, max)).sort((a, b) => a.i - b.i);
  return chosen.map(({ f }) => f);
}
function truncationNotice(left) {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: [
      { level: "warning", message: { text: `${left} less urgent finding${left === 1 ? " was" : "s were"} left out of this log: code scanning accepts at most ${MAX_RESULTS} results per run. --format json lists every finding.` } }
    ]
  };
}
function withBaseline(sarif, finding, fresh) {
  return fresh ? { ...sarif, baselineState: fresh.has(findingKey(finding)) ? "new" : "unchanged" } : sarif;
}
function findingKey(f) {
  return [f.policyId, f.file, f.range?.line ?? 0, f.range?.column ?? 0, f.subject, f.message].join("\0");
}
function policyRule(policy, incidents) {
  const rule = {
    id: policy.id,
    name: ruleName(policy.title),
    shortDescription: { text: redactText(policy.title) },
    fullDescription: { text: redactText(policy.description.replace(/\s+/g, " ").trim()) },
    help: { text: policyHelpText(policy, incidents), markdown: policyHelpMarkdown(policy, incidents) },
    defaultConfiguration: { level: LEVEL2[policy.severity] },
    properties: {
      tags: ["security", ...policy.incidents.map((i) => i.id), ...policy.controls.map((c) => `${c.framework} ${c.id}`)].slice(0, MAX_TAGS),
      "security-severity": SECURITY_SEVERITY[policy.severity],
      precision: "high",
      "problem.severity": LEVEL2[policy.severity] === "note" ? "recommendation" : LEVEL2[policy.severity]
    }
  };
  const link = policy.references.find((r) => /^https?:\/\//.test(r));
  if (link) rule["helpUri"] = link;
  return rule;
}
function toolLevelRule(finding) {
  const { title, fix: help } = toolRule(finding.policyId);
  return {
    id: finding.policyId,
    name: ruleName(finding.policyId.replace(/-/g, " ")),
    shortDescription: { text: title },
    fullDescription: { text: help },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: LEVEL2[finding.severity] },
    properties: { tags: ["security", "norecur-tool"], "security-severity": SECURITY_SEVERITY[finding.severity], precision: "very-high" }
  };
}
function toResult(finding, ruleIndex, context, repositoryPath) {
  const message = redactText(finding.message);
  const out = {
    ruleId: finding.policyId,
    ruleIndex,
    level: finding.status === "unknown" ? "warning" : LEVEL2[finding.severity],
    message: { text: finding.status === "unknown" ? `Could not be decided from the files alone (check it by hand): ${message}` : message },
    locations: [{ physicalLocation: physicalLocation(finding, repositoryPath) }],
    partialFingerprints: { "norecurFingerprint/v1": findingFingerprint(finding, finding.range ? context.sourceLine(finding.file, finding.range.line) : void 0) },
    properties: { severity: finding.severity, status: finding.status, subject: redactText(finding.subject), incidents: [...finding.incidents] }
  };
  if (finding.waiver) {
    const w = finding.waiver;
    const justification = `${w.reason} (owner ${w.owner}, expires ${w.expires}, ${w.source}${w.ticket ? `, ${w.ticket}` : ""})`;
    out["suppressions"] = [{ kind: "external", status: "accepted", justification: redactText(justification) }];
  }
  return out;
}
function physicalLocation(finding, repositoryPath) {
  const uri = finding.file === "." ? repositoryPath === void 0 ? "./" : `${fileUri(repositoryPath)}/` : fileUri(repositoryPath === void 0 ? finding.file : posix3.normalize(`${repositoryPath}/${finding.file}`));
  const artifactLocation = { uri, uriBaseId: "%SRCROOT%" };
  const r = finding.range;
  if (!r || finding.file === ".") return { artifactLocation };
  const startLine = Math.max(1, r.line);
  const startColumn = Math.max(1, r.column);
  const endLine = Math.max(startLine, r.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, r.endColumn) : Math.max(1, r.endColumn);
  return { artifactLocation, region: { startLine, startColumn, endLine, endColumn } };
}
function fileUri(file) {
  if (file === ".") return "./";
  const wellFormed = file.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return wellFormed.split("/").map(encodeURIComponent).join("/");
}
function ruleName(title) {
  const words = title.match(/[A-Za-z0-9]+/g) ?? [];
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("") || "Rule";
}

// src/report/text.ts
function waiverLine(w) {
  return escapeControl(redactText(`waived by ${w.owner} until ${w.expires} (${describeDays(w.daysLeft)}): ${w.reason} [${w.source}]`));
}
var CODES = { red: 31, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1, underline: 4 };
var SEVERITY_STYLE = { critical: "magenta", high: "red", medium: "yellow", low: "blue", info: "gray" };
function formatText(result, context) {
  const paint = (style, text) => context.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const lines = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of result.findings) byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
  for (const [file, findings] of byFile) {
    lines.push(paint("underline", file === "." ? ". (repository)" : escapeControl(file)));
    for (const f of findings) {
      const where = f.range ? `${f.range.line}:${f.range.column}` : "-";
      const label = f.status === "unknown" ? paint("yellow", "unknown ") : f.status === "waived" ? paint("gray", "waived  ") : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8));
      lines.push(`  ${where.padEnd(8)} ${label} ${paint("bold", escapeControl(f.policyId).padEnd(12))} ${escapeControl(redactText(f.message))}`);
      if (f.waiver) lines.push(paint("gray", `${" ".repeat(33)}${waiverLine(f.waiver)}`));
    }
    lines.push("");
  }
  const s = result.summary;
  const failures = SEVERITIES.slice().reverse().filter((sev) => s.failures[sev] > 0).map((sev) => paint(SEVERITY_STYLE[sev], `${s.failures[sev]} ${sev}`));
  const total = SEVERITIES.reduce((n, sev) => n + s.failures[sev], 0);
  lines.push(`Config: ${result.config !== void 0 ? escapeControl(result.config) : "none (built-in defaults)"}`);
  lines.push(`Files: ${s.evaluated} evaluated, ${s.skipped} skipped, ${s.errored} errored`);
  const reasons = /* @__PURE__ */ new Map();
  for (const file of result.files) if (file.status === "skipped") reasons.set(file.reason ?? "", (reasons.get(file.reason ?? "") ?? 0) + 1);
  if (reasons.size > 0) {
    const parts = [...reasons].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([reason, n]) => `${n} ${escapeControl(reason)}`);
    lines.push(paint("gray", `Skipped: ${parts.join("; ")} (--format json lists each file)`));
  }
  lines.push(`Findings: ${total === 0 ? "none" : `${total} (${failures.join(", ")})`}${s.unknown ? `, ${s.unknown} unknown` : ""}${s.waived ? `, ${s.waived} waived` : ""}; failing at ${result.failOn} and above`);
  const expiring = result.waivers.filter((w) => w.state === "expiring");
  if (expiring.length > 0) {
    lines.push(paint("yellow", `Waivers expiring soon: ${expiring.length}`));
    for (const w of expiring) {
      lines.push(`  ${w.waiver.policy} ${describeDays(w.daysLeft)} (${w.waiver.expires}), owner ${escapeControl(redactText(w.waiver.owner))}, ${escapeControl(w.waiver.file)}:${w.waiver.range.line}`);
    }
  }
  if (s.unmatchedPolicies.length > 0) lines.push(paint("gray", `Policies that matched no subject: ${s.unmatchedPolicies.join(", ")}`));
  if (s.evaluated === 0) lines.push(paint("yellow", "Nothing was checked: no file matched any active policy."));
  return guardCommandLines(`${lines.join("\n")}
`);
}

export {
  findingFingerprint,
  classifyFindings,
  lineReader,
  diffRun,
  escapeControl,
  guardCommandLines,
  selectAnnotations,
  workflowCommand,
  formatJson,
  COMMENT_LIMIT,
  renderWithin,
  escapeMarkdown,
  FINDINGS_HEAD,
  findingRow,
  location,
  byUrgency,
  ruleChangesBlock,
  renderSummary,
  toSarif,
  formatText
};
