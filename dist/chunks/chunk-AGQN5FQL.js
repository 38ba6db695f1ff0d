import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  discover,
  findConfig,
  getParser,
  gitWorkTree
} from "./chunk-YJFN527I.js";
import {
  celTimestamp,
  createCelEnv,
  evaluateCel,
  loadPolicies,
  parseCel,
  policySources,
  renderTemplate
} from "./chunk-KLKXLR7W.js";
import {
  INCLUDE_PRODUCTS,
  LineIndex,
  adapterFormats,
  adapters,
  byCodeUnits,
  checkConfigAgainstPolicies,
  compileGlob,
  createLookup,
  errorMessage,
  errorPath,
  expandPath,
  formatPath,
  formats,
  globMatcher,
  globProblem,
  linkIncludes,
  loadConfig,
  ownSchemaValidator,
  ownValue,
  prototypeGuard,
  readValidatedYaml,
  redactText,
  yamlParser
} from "./chunk-BUIRFRZK.js";
import {
  isUnknown,
  unknownReason
} from "./chunk-DARFTWNZ.js";
import {
  NorecurError,
  sortFindings,
  summarize
} from "./chunk-EJRCV5Q7.js";

// src/waivers/dates.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDay(text) {
  const match = DATE.exec(text);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return void 0;
  return time / DAY_MS;
}
function dayOf(now) {
  return Math.floor(now.getTime() / DAY_MS);
}
function daysLeft(expires, today) {
  const day = parseDay(expires);
  return day === void 0 ? Number.NaN : day - today;
}

// src/waivers/match-waiver.ts
function indexWaivers(waivers) {
  const inline = /* @__PURE__ */ new Map();
  const byPolicy = /* @__PURE__ */ new Map();
  waivers.forEach((waiver, order) => {
    if (waiver.origin === "inline") {
      const key = inlineKey(waiver.policy, waiver.file, waiver.line ?? waiver.range.line);
      push(inline, key, { order, waiver });
      return;
    }
    push(byPolicy, waiver.policy, {
      order,
      waiver,
      ...waiver.paths ? { paths: waiver.paths.map(compileGlob) } : {},
      ...waiver.subject !== void 0 ? { subject: subjectGlob(waiver.subject) } : {}
    });
  });
  return (finding) => {
    const found = [];
    if (finding.range !== void 0) found.push(...inline.get(inlineKey(finding.policyId, finding.file, finding.range.line)) ?? []);
    for (const scoped of byPolicy.get(finding.policyId) ?? []) if (covers(scoped, finding)) found.push(scoped);
    return found.sort((a, b) => a.order - b.order).map((s) => s.waiver);
  };
}
function covers(scoped, finding) {
  if (scoped.paths && !scoped.paths.some((glob) => glob.test(finding.file))) return false;
  const { subject } = scoped.waiver;
  if (subject !== void 0 && subject !== finding.subject && !(scoped.subject?.test(finding.subject) ?? false)) return false;
  return true;
}
function subjectGlob(subject) {
  try {
    return compileGlob(subject);
  } catch {
    return void 0;
  }
}
function inlineKey(policy, file, line) {
  return JSON.stringify([policy, file, line]);
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/waivers/waiver-state.ts
function waiverState(waiver, matched, today, rules) {
  const left = daysLeft(waiver.expires, today);
  if (left < 0) return { state: "expired", daysLeft: left };
  if (matched === 0) return { state: "stale", daysLeft: left };
  return { state: left <= rules.expiringWithinDays ? "expiring" : "active", daysLeft: left };
}
function describeDays(left) {
  if (left < 0) return `expired ${-left} day${left === -1 ? "" : "s"} ago`;
  if (left === 0) return "expires today";
  return `${left} day${left === 1 ? "" : "s"} left`;
}

// src/waivers/apply-waivers.ts
var WAIVER_EXPIRED = "waiver-expired";
var WAIVER_STALE = "waiver-stale";
var INCIDENT = "docomo-nexia-2023-03";
function applyWaivers(findings, waivers, options) {
  const matched = new Map(waivers.map((w) => [w, 0]));
  const covering = indexWaivers(waivers);
  const out = findings.map((finding) => {
    if (finding.status === "waived") return finding;
    const covered = covering(finding);
    for (const w of covered) matched.set(w, (matched.get(w) ?? 0) + 1);
    const live = covered.find((w) => daysLeft(w.expires, options.today) >= 0);
    if (!live) return finding;
    return {
      ...finding,
      status: "waived",
      waiver: {
        owner: live.owner,
        reason: live.reason,
        expires: live.expires,
        daysLeft: daysLeft(live.expires, options.today),
        source: `${live.file}:${live.range.line}`,
        ...live.ticket !== void 0 ? { ticket: live.ticket } : {}
      }
    };
  });
  const reports = waivers.map((waiver) => {
    const count = matched.get(waiver) ?? 0;
    return { waiver, ...waiverState(waiver, count, options.today, options.rules), matched: count };
  });
  for (const report of reports) {
    const { waiver } = report;
    const base = { file: waiver.file, range: waiver.range, subject: `waiver ${waiver.policy} ${waiver.file}:${waiver.range.line}`, incidents: [INCIDENT] };
    if (report.state === "expired") {
      const covered = report.matched === 0 ? "it covers no finding now: delete it" : `the ${report.matched} finding${report.matched === 1 ? "" : "s"} it covered fail again: fix them, or renew the waiver deliberately`;
      out.push({
        ...base,
        policyId: WAIVER_EXPIRED,
        severity: options.severities.get(waiver.policy) ?? "medium",
        status: "fail",
        message: `Waiver for ${waiver.policy} ${describeDays(report.daysLeft)} (${waiver.expires}), owner ${waiver.owner}: ${covered}.`
      });
    } else if (report.state === "stale") {
      out.push({
        ...base,
        policyId: WAIVER_STALE,
        severity: "low",
        status: "unknown",
        message: `Waiver for ${waiver.policy} (owner ${waiver.owner}, ${describeDays(report.daysLeft)}) matched no finding: delete it so dead exceptions do not pile up.`
      });
    }
  }
  return { findings: out, reports };
}

// src/waivers/extensions.ts
var WAIVER_EXTENDED = "waiver-extended";
function waiverKey(w) {
  return JSON.stringify([w.policy, [...w.paths ?? []].sort(), w.subject ?? null]);
}
function oldEntries(text) {
  const parsed = yamlParser.parse(text, "waivers");
  if (!parsed.ok) return [];
  const list = parsed.documents[0]?.value?.waivers;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const w = item;
    if (typeof w.policy !== "string" || typeof w.expires !== "string") return [];
    const paths = Array.isArray(w.paths) ? w.paths.filter((p) => typeof p === "string") : void 0;
    const subject = typeof w.subject === "string" ? w.subject : void 0;
    return [{ key: waiverKey({ policy: w.policy, paths, subject }), expires: w.expires }];
  });
}
function findExtensions(current, history) {
  const versions = [...history.versions];
  if (history.atBase !== void 0 && versions[versions.length - 1] !== history.atBase) versions.push(history.atBase);
  const latest = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const text of versions) {
    const seenHere = /* @__PURE__ */ new Map();
    for (const { key, expires } of oldEntries(text)) if ((seenHere.get(key) ?? "") < expires) seenHere.set(key, expires);
    for (const [key, expires] of seenHere) {
      const before = latest.get(key);
      if (before !== void 0 && expires > before) counts.set(key, (counts.get(key) ?? 0) + 1);
      if (before === void 0 || expires > before) latest.set(key, expires);
    }
  }
  return current.flatMap((waiver) => {
    const key = waiverKey(waiver);
    const previous = latest.get(key);
    if (previous === void 0 || waiver.expires <= previous) return [];
    return [{ waiver, previous, count: (counts.get(key) ?? 0) + 1 }];
  });
}
function extensionFinding(extension, base, shallow) {
  const { waiver, previous, count } = extension;
  const approved = waiver.approvedBy !== void 0 && waiver.approvedBy !== waiver.owner;
  const times = `${count === 1 ? "first extension" : `extended ${count} times`}${shallow ? " (at least: shallow clone)" : ""}`;
  const verdict = approved ? `approved by ${waiver.approvedBy ?? ""}` : "not approved: set approved-by (someone other than the owner) to accept it";
  return {
    policyId: WAIVER_EXTENDED,
    severity: "medium",
    status: approved ? "unknown" : "fail",
    message: `Waiver for ${waiver.policy} extended from ${previous} to ${waiver.expires} against ${base} (${times}), owner ${waiver.owner}; ${verdict}.`,
    file: waiver.file,
    range: waiver.range,
    subject: `waiver ${waiver.policy} ${waiver.file}:${waiver.range.line}`,
    incidents: ["docomo-nexia-2023-03"]
  };
}

// src/waivers/waiver-schema.ts
var waiverSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://norecur.dev/schemas/waivers.schema.json",
  title: "norecur waivers",
  type: "object",
  additionalProperties: false,
  required: ["version", "waivers"],
  properties: {
    version: { const: 1, description: "Version of this file's format." },
    waivers: {
      type: "array",
      description: "Exceptions to policies, each with an owner, a reason and an expiry.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["policy", "reason", "owner", "expires"],
        properties: {
          policy: { type: "string", pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", description: "Id of the waived policy." },
          paths: {
            type: "array",
            items: { type: "string", minLength: 1 },
            minItems: 1,
            description: "Globs of the files whose findings are waived, relative to the directory checked."
          },
          subject: { type: "string", minLength: 1, description: "Subject id (or glob) whose findings are waived, e.g. Deployment/shop/*." },
          reason: { type: "string", minLength: 1, description: "Why the exception is needed." },
          owner: { type: "string", minLength: 1, description: "Who answers for it (a person, not a team alias, is best)." },
          expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Last day it applies, YYYY-MM-DD (UTC)." },
          ticket: { type: "string", minLength: 1, description: "Ticket or link where it was discussed." },
          "approved-by": { type: "string", minLength: 1, description: "Who approved it; an extension without one fails the run." }
        }
      }
    }
  }
};

// src/waivers/load-waivers.ts
import { existsSync } from "node:fs";
import { relative } from "node:path";

// src/waivers/waiver-rules.ts
var MATCHES_EVERYTHING = /^[*/]+$/;
function ruleViolation(fields, context) {
  const waivable = context.waivable.get(fields.policy);
  if (waivable === void 0) return { key: "policy", message: `unknown policy "${fields.policy}"` };
  if (!waivable || context.rules.nonWaivable.includes(fields.policy)) {
    return { key: "policy", message: `policy ${fields.policy} is not waivable: fix the finding instead` };
  }
  const left = daysLeft(fields.expires, context.today);
  if (Number.isNaN(left)) return { key: "expires", message: `"${fields.expires}" is not a date (YYYY-MM-DD)` };
  if (left > context.rules.maxHorizonDays) {
    return { key: "expires", message: `${fields.expires} is ${left} days away, beyond the maximum horizon of ${context.rules.maxHorizonDays} days` };
  }
  for (const path of fields.paths ?? []) {
    const problem = globProblem(path);
    if (problem !== void 0) return { key: "paths", message: `"${path}": ${problem}` };
  }
  if (!context.rules.allowGlobal && fields.ownFile === void 0) {
    const paths = fields.paths ?? [];
    const scoped = paths.length > 0 || fields.subject !== void 0;
    if (!scoped) return { key: "policy", message: "a waiver needs a `paths` or `subject` scope (global waivers are off: waivers.allow-global)" };
    const wide = paths.find((p) => MATCHES_EVERYTHING.test(p));
    if (wide !== void 0) return { key: "paths", message: `"${wide}" matches every file (global waivers are off: waivers.allow-global)` };
    if (fields.subject !== void 0 && MATCHES_EVERYTHING.test(fields.subject)) {
      return { key: "subject", message: `"${fields.subject}" matches every subject (global waivers are off: waivers.allow-global)` };
    }
  }
  return void 0;
}

// src/waivers/load-waivers.ts
var validateWaivers = ownSchemaValidator(waiverSchema, "waivers");
function loadWaivers(rules, context, cwd) {
  const display = relative(cwd, rules.file).split("\\").join("/") || rules.file;
  if (!existsSync(rules.file)) {
    if (rules.explicit) throw new NorecurError("config", `waivers file not found: ${display}`);
    return [];
  }
  const { value, document } = readValidatedYaml(rules.file, display, validateWaivers(), "config");
  const raw = value.waivers;
  return raw.map((entry, i) => {
    const violation = ruleViolation(entry, context);
    if (violation) {
      const at = document.locate(["waivers", i, violation.key]);
      throw new NorecurError("config", `${display}:${at.line}:${at.column}: waivers[${i}].${violation.key}: ${violation.message}`);
    }
    const paths = entry.paths && rules.pathBase !== void 0 ? { paths: entry.paths.map((glob) => rebaseGlob(glob, rules.pathBase ?? { config: "", scanned: "" })) } : {};
    return toWaiver({ ...entry, ...paths }, { origin: "file", file: display, range: document.locate(["waivers", i]) });
  });
}
function toWaiver(raw, where) {
  return {
    policy: raw.policy,
    ...raw.paths ? { paths: raw.paths } : {},
    ...raw.subject !== void 0 ? { subject: raw.subject } : {},
    reason: raw.reason,
    owner: raw.owner,
    expires: raw.expires,
    ...raw.ticket !== void 0 ? { ticket: raw.ticket } : {},
    ...raw["approved-by"] !== void 0 ? { approvedBy: raw["approved-by"] } : {},
    ...where
  };
}
function rebaseGlob(glob, base) {
  if (base.config === "" || base.config === ".") return glob;
  if (!base.config.startsWith("..")) return `${base.config}/${glob}`;
  if (glob.startsWith("**")) return glob;
  const down = base.scanned.startsWith("..") ? "" : base.scanned;
  if (down !== "" && glob.startsWith(`${down}/`)) return glob.slice(down.length + 1);
  return `${base.config}/${glob}`;
}

// src/waivers/inline-waivers.ts
var WAIVER_INVALID = "waiver-invalid";
var COMMENT = {
  json5: /(^|\s)\/\/\s*norecur:waive\b(.*)$/,
  jsonc: /(^|\s)\/\/\s*norecur:waive\b(.*)$/,
  yaml: /(^|\s)#\s*norecur:waive\b(.*)$/
};
var KNOWN_KEYS = /* @__PURE__ */ new Set(["owner", "reason", "expires", "ticket", "approved-by"]);
var TOKEN = /\s*([A-Za-z-]+)=(?:"([^"]*)"|(\S+))/y;
var POLICY_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
function readInlineWaivers(file, parser, text, context) {
  const out = { waivers: [], problems: [] };
  const pattern = COMMENT[parser];
  if (!pattern || !text.includes("norecur:waive")) return out;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = pattern.exec(lineText);
    if (!match) return;
    const line = index + 1;
    const start = match.index + (match[1]?.length ?? 0);
    const range = { line, column: start + 1, endLine: line, endColumn: lineText.length + 1 };
    const ownLine = lineText.slice(0, start).trim() === "";
    const parsed = parseDirective(match[2] ?? "");
    const problem = typeof parsed === "string" ? parsed : ruleViolation({ ...parsed, ownFile: file }, context)?.message;
    if (problem !== void 0 || typeof parsed === "string") {
      out.problems.push({
        policyId: WAIVER_INVALID,
        severity: "medium",
        status: "fail",
        message: `inline waiver not accepted: ${problem ?? ""}`,
        file,
        range,
        subject: `${file}:${line}`,
        incidents: ["docomo-nexia-2023-03"]
      });
      return;
    }
    out.waivers.push({ ...toWaiver(parsed, { origin: "inline", file, range }), line: ownLine ? line + 1 : line });
  });
  return out;
}
function parseDirective(rest) {
  const body = rest.trim();
  const [policy] = body.split(/\s+/, 1);
  if (!policy || !POLICY_ID.test(policy)) return `expected a policy id after norecur:waive, e.g. "norecur:waive NR-UPD-001 owner=\u2026 expires=YYYY-MM-DD reason=\\"\u2026\\""`;
  const fields = {};
  const tail = body.slice(policy.length);
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < tail.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(tail);
    if (!token) return `cannot read "${tail.slice(at).trim()}" (fields are key=value, quote values with spaces)`;
    const key = token[1] ?? "";
    if (!KNOWN_KEYS.has(key)) return `unknown field "${key}" (known: ${[...KNOWN_KEYS].join(", ")})`;
    fields[key] = token[2] ?? token[3] ?? "";
  }
  const missing = ["owner", "expires", "reason"].filter((k) => !fields[k]);
  if (missing.length > 0) return `missing ${missing.join(", ")} (every waiver has an owner, a reason and an expiry)`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields["expires"] ?? "")) return `expires "${fields["expires"] ?? ""}" is not a date (YYYY-MM-DD)`;
  return {
    policy,
    owner: fields["owner"] ?? "",
    reason: fields["reason"] ?? "",
    expires: fields["expires"] ?? "",
    ...fields["ticket"] ? { ticket: fields["ticket"] } : {},
    ...fields["approved-by"] ? { "approved-by": fields["approved-by"] } : {}
  };
}

// src/waivers/git-revisions.ts
import { basename, dirname } from "node:path";

// src/git/git.ts
import { execFileSync } from "node:child_process";
var MAX_BUFFER = 256 * 1024 * 1024;
function git(cwd, args, input) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: MAX_BUFFER,
    ...input !== void 0 ? { input } : {}
  });
}
function gitBytes(cwd, args, input, expected = 0) {
  return execFileSync("git", args, {
    cwd,
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: Math.max(MAX_BUFFER, expected),
    ...input !== void 0 ? { input } : {}
  });
}
function tryGit(cwd, args) {
  try {
    return git(cwd, args);
  } catch {
    return void 0;
  }
}

// src/waivers/git-revisions.ts
function readFileHistory(file, ref) {
  const dir = dirname(file);
  const spec = `./${basename(file)}`;
  if (tryGit(dir, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    return { unavailable: "not a git repository (or git is not installed)" };
  }
  if (tryGit(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) === void 0) {
    throw new NorecurError("usage", `--base ${ref}: not a revision of this repository`);
  }
  const atBase = tryGit(dir, ["show", `${ref}:${spec}`]);
  const hashes = (tryGit(dir, ["log", "--format=%H", ref, "--", spec]) ?? "").split("\n").filter((h) => h.length > 0).reverse();
  const versions = hashes.map((hash) => tryGit(dir, ["show", `${hash}:${spec}`])).filter((text) => text !== void 0);
  const shallow = tryGit(dir, ["rev-parse", "--is-shallow-repository"])?.trim() === "true";
  return { atBase, versions, shallow };
}

// src/waivers/waive.ts
var WAIVER_HISTORY_UNAVAILABLE = "waiver-history-unavailable";
function waive(input) {
  const today = dayOf(input.now);
  const context = { rules: input.rules, today, waivable: new Map(input.policies.map((p) => [p.id, p.waivable])) };
  const fromFile = loadWaivers(input.rules, context, input.cwd);
  const inline = [];
  const extra = [];
  for (const file of input.scanned) {
    const found = readInlineWaivers(file.path, file.parser, file.text, context);
    inline.push(...found.waivers.filter((w) => input.honourInline?.(w) ?? true));
    extra.push(...found.problems);
  }
  const severities = new Map(input.policies.map((p) => [p.id, p.severity]));
  const applied = applyWaivers(input.findings, [...fromFile, ...inline], { today, rules: input.rules, severities });
  if (input.base !== void 0 && (fromFile.length > 0 || input.rules.explicit)) {
    const history = readFileHistory(input.rules.file, input.base);
    if ("unavailable" in history) {
      extra.push({
        policyId: WAIVER_HISTORY_UNAVAILABLE,
        severity: "medium",
        status: "unknown",
        message: `Waiver extensions were not checked against --base ${input.base}: ${history.unavailable}.`,
        file: ".",
        subject: ".",
        incidents: ["docomo-nexia-2023-03"]
      });
    } else {
      for (const extension of findExtensions(fromFile, history)) {
        extra.push(extensionFinding(extension, input.base, history.shallow));
        const report = applied.reports.find((r) => r.waiver === extension.waiver);
        if (report) report.extensions = extension.count;
      }
    }
  }
  const order = (a, b) => a.waiver.file < b.waiver.file ? -1 : a.waiver.file > b.waiver.file ? 1 : a.waiver.range.line - b.waiver.range.line;
  return { findings: [...applied.findings, ...extra], waivers: applied.reports.sort(order) };
}

// src/run.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { dirname as dirname2, isAbsolute, relative as relative2, resolve as resolve2 } from "node:path";

// src/discover/repository-bots.ts
import { lstatSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
var MAX_PACKAGE_JSON = 1024 * 1024;
function repositoryBotFiles(cwd, root, repositoryRoot) {
  const scanned = resolve(cwd, root);
  const repository = repositoryRoot !== void 0 ? resolve(cwd, repositoryRoot) : gitWorkTree(scanned);
  if (repository === void 0 || repository === scanned) return [];
  const candidates = [...formats["dependabot"]?.paths ?? [], ...formats["renovate"]?.paths ?? []];
  const found = candidates.filter((path) => isRegularFile(resolve(repository, path)));
  if (packageJsonHasRenovate(resolve(repository, "package.json"))) found.push("package.json");
  return found.sort();
}
function isRegularFile(path) {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
function packageJsonHasRenovate(path) {
  try {
    const stat = lstatSync(path);
    if (!stat.isFile() || stat.size > MAX_PACKAGE_JSON) return false;
    const value = JSON.parse(readFileSync(path, "utf8"));
    return typeof value === "object" && value !== null && Object.hasOwn(value, "renovate");
  } catch {
    return false;
  }
}

// src/engine/literal-guards.ts
var cache = /* @__PURE__ */ new WeakMap();
function literalGuard(program) {
  let check2 = cache.get(program);
  if (check2 === void 0) {
    const guards = program.syntax?.expr ? conjuncts(program.syntax.expr).flatMap((e) => guardOf(e) ?? []) : [];
    check2 = guards.length === 0 ? null : (values) => guards.some((g) => refutes(g, values[g.variable])) ? false : void 0;
    cache.set(program, check2);
  }
  return check2 ?? void 0;
}
function refutes(guard, root) {
  let node = root;
  for (const step of guard.path) {
    if (typeof node !== "object" || node === null || Array.isArray(node) || !Object.hasOwn(node, step)) return false;
    node = node[step];
  }
  return typeof node === "string" && !guard.values.has(node);
}
function conjuncts(expr) {
  const kind = expr.exprKind;
  if (kind.case === "callExpr" && kind.value.function === "_&&_") return kind.value.args.flatMap(conjuncts);
  return [expr];
}
function guardOf(expr) {
  const kind = expr.exprKind;
  if (kind.case !== "callExpr" || kind.value.target !== void 0 || kind.value.args.length !== 2) return void 0;
  const [left, right] = kind.value.args;
  if (left === void 0 || right === void 0) return void 0;
  if (kind.value.function === "_==_") {
    const field = fieldOf(left) ?? fieldOf(right);
    const literal = stringOf(fieldOf(left) ? right : left);
    return field && literal !== void 0 ? { ...field, values: /* @__PURE__ */ new Set([literal]) } : void 0;
  }
  if (kind.value.function === "@in") {
    const field = fieldOf(left);
    const list = right.exprKind.case === "listExpr" ? right.exprKind.value.elements.map(stringOf) : void 0;
    if (!field || !list || list.some((v) => v === void 0)) return void 0;
    return { ...field, values: new Set(list) };
  }
  return void 0;
}
function fieldOf(expr) {
  const path = [];
  let node = expr;
  while (node?.exprKind.case === "selectExpr" && !node.exprKind.value.testOnly) {
    path.unshift(node.exprKind.value.field);
    node = node.exprKind.value.operand;
  }
  if (node?.exprKind.case !== "identExpr" || path.length === 0) return void 0;
  const name = node.exprKind.value.name;
  return name === "subject" || name === "meta" ? { variable: name, path } : void 0;
}
function stringOf(expr) {
  const kind = expr?.exprKind;
  return kind?.case === "constExpr" && kind.value.constantKind.case === "stringValue" ? kind.value.constantKind.value : void 0;
}

// src/engine/read-paths.ts
var DATA_VARIABLES = /* @__PURE__ */ new Set(["subject", "item", "meta", "related", "document"]);
function readPaths(source) {
  const reads = [];
  const guards = [];
  let parsed;
  try {
    parsed = typeof source === "string" ? parseCel(source) : source;
  } catch {
    return { reads, guards };
  }
  const passthrough = /* @__PURE__ */ new Set();
  const constants = /* @__PURE__ */ new Map();
  const paramKeys = /* @__PURE__ */ new Map();
  const keysOf = (expr) => {
    const kind = expr?.exprKind;
    if (kind?.case === "constExpr" && kind.value.constantKind.case === "stringValue") return [kind.value.constantKind.value];
    if (kind?.case === "identExpr") return constants.get(kind.value.name) ?? (paramKeys.has(kind.value.name) ? [] : void 0);
    return void 0;
  };
  const read = (chain, depth) => {
    if (chain) reads.push({ ...chain, depth });
  };
  const chainOf = (expr, locals) => {
    if (expr === void 0) return void 0;
    const kind = expr.exprKind;
    switch (kind.case) {
      case "identExpr": {
        const { name } = kind.value;
        if (locals.has(name)) return locals.get(name);
        return DATA_VARIABLES.has(name) ? { variable: name, steps: [] } : void 0;
      }
      case "selectExpr": {
        const base = chainOf(kind.value.operand, locals);
        if (kind.value.testOnly) {
          read(base, "shallow");
          return void 0;
        }
        return base ? { variable: base.variable, steps: [...base.steps, kind.value.field] } : void 0;
      }
      case "callExpr": {
        const call = kind.value;
        if ((call.function === "_[_]" || call.function === "_[?_]") && call.args.length === 2 && call.target === void 0) {
          const base = chainOf(call.args[0], locals);
          const index = call.args[1]?.exprKind;
          const names = index?.case === "identExpr" ? constants.get(index.value.name) : void 0;
          if (names) return base ? { variable: base.variable, steps: [...base.steps, { oneOf: names }] } : void 0;
          const paramIndex = index?.case === "selectExpr" && !index.value.testOnly && index.value.operand?.exprKind.case === "identExpr" && index.value.operand.exprKind.value.name === "params" ? index.value.field : void 0;
          const param = index?.case === "identExpr" ? paramKeys.get(index.value.name) : paramIndex;
          if (param !== void 0) return base ? { variable: base.variable, steps: [...base.steps, { oneOfParam: param }] } : void 0;
          if (index?.case === "constExpr") {
            const constant = index.value.constantKind;
            const step = constant.case === "stringValue" ? constant.value : constant.case === "int64Value" ? Number(constant.value) : "*";
            return base ? { variable: base.variable, steps: [...base.steps, step] } : void 0;
          }
          visit(call.args[1], locals);
          return base ? { variable: base.variable, steps: [...base.steps, "*"] } : void 0;
        }
        if (call.function === "blocks" && call.target === void 0 && call.args.length === 1) {
          const base = chainOf(call.args[0], locals);
          if (base) return { variable: base.variable, steps: [...base.steps, { blocks: true }] };
          visit(call.args[0], locals);
          return void 0;
        }
        if (call.function === "known" && call.target === void 0 && call.args.length === 2) {
          visit(call.args[1], locals);
          return void 0;
        }
        if (call.function === "isUnknown" && call.target === void 0 && call.args.length === 1) {
          const guarded = chainOf(call.args[0], locals);
          if (guarded) guards.push({ ...guarded, depth: "deep" });
          return void 0;
        }
        if (call.function === "@in" && call.args.length === 2) {
          const container = chainOf(call.args[1], locals);
          if (container !== void 0) {
            if (keysOf(call.args[0]) === void 0) visit(call.args[0], locals);
            read(container, "membership");
            return void 0;
          }
        }
        visit(call.target, locals);
        for (const arg of call.args) visit(arg, locals);
        return void 0;
      }
      case "comprehensionExpr": {
        const c = kind.value;
        const range = chainOf(c.iterRange, locals);
        read(range, "elements");
        if (!range) visit(c.iterRange, locals);
        visit(c.accuInit, locals);
        const inner = new Map(locals);
        inner.set(c.iterVar, range ? { variable: range.variable, steps: [...range.steps, "*"] } : void 0);
        const literal = c.iterRange?.exprKind.case === "listExpr" ? c.iterRange.exprKind.value.elements.map((e) => keysOf(e)?.[0]) : void 0;
        if (literal && literal.every((k) => k !== void 0) && c.iterVar2 === "") constants.set(c.iterVar, literal);
        const range0 = c.iterRange?.exprKind;
        if (range0?.case === "selectExpr" && !range0.value.testOnly && range0.value.operand?.exprKind.case === "identExpr" && range0.value.operand.exprKind.value.name === "params" && c.iterVar2 === "") {
          paramKeys.set(c.iterVar, range0.value.field);
        }
        if (c.iterVar2 !== "") inner.set(c.iterVar2, void 0);
        inner.set(c.accuVar, void 0);
        visit(c.loopCondition, inner);
        passthrough.add(c.iterVar);
        visit(c.loopStep, inner);
        passthrough.delete(c.iterVar);
        constants.delete(c.iterVar);
        paramKeys.delete(c.iterVar);
        const after = new Map(locals);
        after.set(c.accuVar, void 0);
        visit(c.result, after);
        return range && c.accuInit?.exprKind.case === "listExpr" ? range : void 0;
      }
      case "listExpr":
        for (const element of kind.value.elements) {
          if (element.exprKind.case === "identExpr" && passthrough.has(element.exprKind.value.name)) continue;
          visit(element, locals);
        }
        return void 0;
      case "structExpr":
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === "mapKey") visit(entry.keyKind.value, locals);
          visit(entry.value, locals);
        }
        return void 0;
      default:
        return void 0;
    }
  };
  const visit = (expr, locals) => {
    read(chainOf(expr, locals), "deep");
  };
  visit(parsed.expr, /* @__PURE__ */ new Map());
  return { reads, guards };
}

// src/engine/unknown-reads.ts
function sameStep(a, b) {
  if (typeof a !== "object" || typeof b !== "object") return a === b;
  if ("blocks" in a || "blocks" in b) return "blocks" in a && "blocks" in b;
  if ("oneOfParam" in a || "oneOfParam" in b) return "oneOfParam" in a && "oneOfParam" in b && a.oneOfParam === b.oneOfParam;
  return a.oneOf.length === b.oneOf.length && a.oneOf.every((key, i) => key === b.oneOf[i]);
}
var cache2 = /* @__PURE__ */ new WeakMap();
function readsOf(program) {
  let found = cache2.get(program);
  if (!found) {
    const all = readPaths(program.syntax ?? program.source);
    const guarded = (read) => all.guards.some((g) => g.variable === read.variable && g.steps.length <= read.steps.length && g.steps.every((s, i) => sameStep(read.steps[i], s)));
    found = { reads: all.reads.filter((read) => !guarded(read)), guards: all.guards };
    cache2.set(program, found);
  }
  return found;
}
function unknownRead(program, bindings) {
  const found = firstUnknown(readsOf(program).reads, bindings);
  return found !== void 0 && decidedDespiteUnknowns(program, bindings, 0) !== void 0 ? void 0 : found;
}
function decidedDespiteUnknowns(program, bindings, depth) {
  if (firstUnknown(readsOf(program).reads, bindings) === void 0) {
    const result = program.evaluate(bindings);
    return result.ok && typeof result.value === "boolean" ? result.value : void 0;
  }
  const junction = depth < 16 ? program.junction() : void 0;
  if (junction === void 0) return void 0;
  const decisive = junction.op === "||";
  let undecided = false;
  for (const operand of junction.operands) {
    const value = decidedDespiteUnknowns(operand, bindings, depth + 1);
    if (value === decisive) return decisive;
    if (value === void 0) undecided = true;
  }
  return undecided ? void 0 : !decisive;
}
function guardedUnknown(program, bindings) {
  return firstUnknown(readsOf(program).guards, bindings);
}
function firstUnknown(reads, bindings) {
  for (const read of reads) {
    if (!holdsUnknown(bindings[read.variable])) continue;
    const hit = walk(bindings[read.variable], read, 0, [], bindings["params"]);
    if (hit) {
      const where = read.variable === "subject" || read.variable === "item" ? "" : `${formatPath([read.variable, ...hit.path])}: `;
      return { reason: `${where}${unknownReason(hit.marker)}`, path: hit.path, variable: read.variable };
    }
  }
  return void 0;
}
function walk(node, read, index, walked, params) {
  if (!holdsUnknown(node)) return void 0;
  if (isUnknown(node)) return { path: walked, marker: node };
  if (index === read.steps.length) {
    if (read.depth === "shallow") return void 0;
    if (read.depth === "membership") {
      const hit2 = Array.isArray(node) ? elementMarker(node) : void 0;
      return hit2 ? { path: [...walked, ...hit2.path], marker: hit2.marker } : void 0;
    }
    const hit = read.depth === "deep" ? locateUnknown(node) : elementMarker(node);
    return hit ? { path: [...walked, ...hit.path], marker: hit.marker } : void 0;
  }
  if (node === null || typeof node !== "object") return void 0;
  const step = read.steps[index];
  if (typeof step === "object" && "blocks" in step) {
    if (Array.isArray(node)) return walk(node, read, index + 1, walked, params);
    const next = read.steps[index + 1];
    if (next === "*" || next === 0) return walk(node, read, index + 2, walked, params);
    if (index + 1 < read.steps.length) return void 0;
    if (read.depth !== "deep") return void 0;
    const hit = locateUnknown(node);
    return hit ? { path: [...walked, ...hit.path], marker: hit.marker } : void 0;
  }
  if (typeof step === "object") {
    const param = "oneOfParam" in step ? params?.[step.oneOfParam] : void 0;
    const names = "oneOf" in step ? step.oneOf : typeof param === "string" ? [param] : Array.isArray(param) && param.every((k) => typeof k === "string") ? param : void 0;
    if (names === void 0) return walk(node, { ...read, steps: read.steps.map((s, i) => i === index ? "*" : s) }, index, walked, params);
    for (const key2 of names) {
      if (Array.isArray(node) || !Object.hasOwn(node, key2)) continue;
      const hit = walk(node[key2], read, index + 1, [...walked, key2], params);
      if (hit) return hit;
    }
    return void 0;
  }
  if (step === "*") {
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key2, child] of entries) {
      const hit = walk(child, read, index + 1, [...walked, key2], params);
      if (hit) return hit;
    }
    return void 0;
  }
  const key = String(step);
  if (!Object.hasOwn(node, key)) return void 0;
  return walk(node[key], read, index + 1, [...walked, Array.isArray(node) ? Number(key) : key], params);
}
function elementMarker(node) {
  if (node === null || typeof node !== "object") return void 0;
  const entries = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
  for (const [key, child] of entries) if (isUnknown(child)) return { path: [key], marker: child };
  return void 0;
}
function locateUnknown(value) {
  const path = [];
  let node = value;
  while (holdsUnknown(node)) {
    if (isUnknown(node)) return { path, marker: node };
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    const next = entries.find(([, child]) => holdsUnknown(child));
    if (next === void 0) return void 0;
    path.push(next[0]);
    node = next[1];
  }
  return void 0;
}
var holding = /* @__PURE__ */ new WeakMap();
function holdsUnknown(value) {
  if (value === null || typeof value !== "object") return false;
  const known = holding.get(value);
  if (known !== void 0) return known;
  holding.set(value, false);
  let holds = isUnknown(value);
  if (!holds) {
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
      if (holdsUnknown(child)) {
        holds = true;
        break;
      }
    }
  }
  holding.set(value, holds);
  return holds;
}

// src/engine/evaluate.ts
function evaluatePolicy(compiled, context) {
  const findings = [];
  if (!anyCandidate(compiled.policy.target, context)) return { findings, subjects: 0 };
  const base = { params: context.params, now: context.now };
  const related = compiled.related ? selectSubjects(compiled, compiled.related, context, base, findings).map((s) => ({
    kind: s.kind,
    id: s.id,
    file: s.file,
    format: s.format,
    meta: s.meta ?? {},
    value: s.value
  })) : [];
  const subjects = selectSubjects(compiled, compiled.target, context, base, findings);
  for (const subject of subjects) {
    const bindings = bindingsFor(subject, base, related);
    for (const assertion of compiled.assertions) findings.push(...checkAssertion(compiled, assertion, subject, bindings));
  }
  return { findings, subjects: subjects.length };
}
function anyCandidate(target, context) {
  const candidates = context.subjects.get(target.kind) ?? [];
  const formats2 = target.formats;
  return formats2 === void 0 ? candidates.length > 0 : candidates.some((subject) => formats2.includes(subject.format));
}
function bindingsFor(subject, base, related = []) {
  return {
    params: base.params,
    now: base.now,
    subject: subject.value,
    item: null,
    document: subject.document ? subject.document.value : null,
    file: { path: subject.file, format: subject.format },
    related,
    meta: subject.meta ?? {}
  };
}
function selectSubjects(compiled, target, context, base, findings) {
  const { formats: formats2, paths } = target.source;
  const inPaths = paths ? globMatcher(paths) : void 0;
  const out = [];
  const guard = target.where ? literalGuard(target.where) : void 0;
  for (const subject of context.subjects.get(target.source.kind) ?? []) {
    if (formats2 && !formats2.includes(subject.format)) continue;
    if (inPaths && !inPaths(subject.file)) continue;
    if (guard && guard({ subject: subject.value, meta: subject.meta ?? {} }) === false) continue;
    if (target.where) {
      const bindings = bindingsFor(subject, base);
      const unknown = unknownRead(target.where, bindings);
      if (unknown) {
        findings.push(unknownFinding(compiled, subject, placeUnknown(unknown, subject.path, subject.path), `target.where: ${unknownText(unknown.reason)}`));
        continue;
      }
      const verdict = decide(target.where, bindings);
      if (verdict !== true) {
        if (verdict !== false) findings.push(unknownFinding(compiled, subject, subject.path, `target.where: ${verdict}`));
        continue;
      }
    }
    if (!target.select) {
      out.push(subject);
      continue;
    }
    for (const pattern of target.select) {
      for (const match of expandPath(subject.value, pattern)) {
        out.push({ ...subject, id: `${subject.id}#${formatPath(match.path)}`, path: [...subject.path, ...match.path], value: match.value });
      }
    }
  }
  return out;
}
function decide(program, bindings) {
  const result = evaluateCel(program, bindings);
  if (!result.ok) return `could not evaluate: ${result.message}`;
  if (typeof result.value !== "boolean") return `expected a boolean, got ${typeof result.value}`;
  return result.value;
}
function checkAssertion(compiled, assertion, subject, bindings) {
  const where = `assert[${assertion.index}]`;
  if (assertion.when) {
    const unknown = unknownRead(assertion.when, bindings);
    if (unknown) return [unknownFinding(compiled, subject, placeUnknown(unknown, subject.path, subject.path), `${where}.when: ${unknownText(unknown.reason)}`)];
    const verdict = decide(assertion.when, bindings);
    if (verdict === false) return [];
    if (verdict !== true) return [unknownFinding(compiled, subject, subject.path, `${where}.when: ${verdict}`)];
  }
  const findings = [];
  const blocked = assertion.each && holdsUnknown(subject.value) ? unknownOnPattern(subject.value, assertion.each) : [];
  for (const marker of blocked) findings.push(unknownFinding(compiled, subject, [...subject.path, ...marker.path], `${where}: ${unknownText(marker.reason)}`));
  const items = assertion.each ? expandPath(subject.value, assertion.each).filter((item) => !blocked.some((marker) => startsWith(item.path, marker.path))) : [{ path: [], value: subject.value }];
  for (const item of items) {
    const itemBindings = assertion.each ? { ...bindings, item: item.value } : bindings;
    const at = [...subject.path, ...item.path];
    if (assertion.cel) {
      const unknown = unknownRead(assertion.cel, itemBindings);
      if (unknown) {
        findings.push(unknownFinding(compiled, subject, placeUnknown(unknown, subject.path, at), `${where}: ${unknownText(unknown.reason)}`));
        continue;
      }
      const verdict = decide(assertion.cel, itemBindings);
      const target = [...at, ...concrete(assertion.path)];
      const guarded = verdict === false ? guardedUnknown(assertion.cel, itemBindings) : void 0;
      if (guarded) {
        findings.push(unknownFinding(compiled, subject, placeUnknown(guarded, subject.path, at), `${where}: ${unknownText(guarded.reason)}`));
      } else if (verdict === false) findings.push(failFinding(compiled, assertion, subject, target, itemBindings));
      else if (verdict !== true) findings.push(unknownFinding(compiled, subject, target, `${where}: ${verdict}`));
    }
    if (assertion.schema && !assertion.schema(item.value)) {
      for (const error of assertion.schema.errors ?? []) {
        const errorAt = errorPath(error, item.value);
        const marker = unknownOnPath(item.value, errorAt);
        if (marker) {
          findings.push(unknownFinding(compiled, subject, [...at, ...marker.path], `${where}: ${unknownText(marker.reason)}`));
          continue;
        }
        const finding = failFinding(compiled, assertion, subject, [...at, ...errorAt], itemBindings);
        finding.message = `${finding.message} (${errorMessage(error)})`;
        findings.push(finding);
      }
    }
  }
  return findings;
}
function unknownOnPattern(value, pattern) {
  const found = [];
  for (let depth = 0; depth < pattern.length; depth++) {
    for (const node of expandPath(value, pattern.slice(0, depth))) {
      if (isUnknown(node.value) && !found.some((f) => startsWith(node.path, f.path))) found.push({ path: node.path, reason: unknownReason(node.value) });
    }
  }
  return found;
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}
function unknownOnPath(value, path) {
  let node = value;
  for (let i = 0; i <= path.length; i++) {
    if (isUnknown(node)) return { path: path.slice(0, i), reason: unknownReason(node) };
    const segment = path[i];
    if (segment === void 0 || node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return void 0;
}
function placeUnknown(unknown, subjectPath, itemPath) {
  if (unknown.variable === "subject") return [...subjectPath, ...unknown.path];
  if (unknown.variable === "item") return [...itemPath, ...unknown.path];
  return subjectPath;
}
function unknownText(reason) {
  return `depends on a value that cannot be known statically (${reason})`;
}
function placeOf(subject, path) {
  if (subject.trace) {
    const traced = subject.trace(path);
    return { file: traced.file, range: traced.range, path: traced.path };
  }
  return { file: subject.file, ...subject.document ? { range: subject.document.locate(path), path } : {} };
}
function concrete(path) {
  return (path ?? []).filter((s) => typeof s !== "object");
}
function failFinding(compiled, assertion, subject, path, bindings) {
  const { policy } = compiled;
  return {
    policyId: policy.id,
    severity: policy.severity,
    status: "fail",
    message: assertion.message ? renderTemplate(assertion.message, bindings) : policy.title,
    ...placeOf(subject, path),
    subject: subject.id,
    incidents: policy.incidents.map((i) => i.id)
  };
}
function unknownFinding(compiled, subject, path, reason) {
  const { policy } = compiled;
  return {
    policyId: policy.id,
    severity: policy.severity,
    status: "unknown",
    // Not "title: reason": a title ending in a word like "tokens" would read as an assignment to redact.
    message: `${policy.title} \u2014 ${reason}`,
    ...placeOf(subject, path),
    subject: subject.id,
    incidents: policy.incidents.map((i) => i.id)
  };
}

// src/formats/bounded-parse.ts
var MAX_NESTING = 256;
function parseBounded(parser, text, path) {
  let result;
  try {
    result = parser.parse(text, path);
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    const lines = new LineIndex(text);
    const at = deepBracket(text);
    return { ok: false, errors: [{ message: tooDeep, range: lines.range(at, Math.min(at + 1, text.length)) }] };
  }
  if (!result.ok) return result;
  for (const document of result.documents) {
    const deep = deepPath(document.value);
    if (deep !== void 0) return { ok: false, errors: [{ message: tooDeep, range: document.locate(deep) }] };
  }
  return result;
}
var tooDeep = `nested too deeply (more than ${MAX_NESTING} levels)`;
function deepPath(value) {
  const heights = /* @__PURE__ */ new WeakMap();
  const frames = [];
  const open = /* @__PURE__ */ new Set();
  const enter = (node) => {
    if (typeof node !== "object" || node === null || heights.has(node)) return true;
    if (open.has(node)) return false;
    open.add(node);
    frames.push({ node, children: Array.isArray(node) ? node : Object.values(node), next: 0, height: 0 });
    return true;
  };
  if (!enter(value)) return [];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame === void 0) break;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (!enter(child)) return pathToDeepest(value, heights);
      if (frames.length > MAX_NESTING + 1) return pathToDeepest(value, heights, frames.map((f) => f.node));
      continue;
    }
    frames.pop();
    open.delete(frame.node);
    let height = 0;
    for (const child of frame.children) if (typeof child === "object" && child !== null) height = Math.max(height, (heights.get(child) ?? 0) + 1);
    heights.set(frame.node, height);
  }
  if (typeof value !== "object" || value === null) return void 0;
  return (heights.get(value) ?? 0) > MAX_NESTING ? pathToDeepest(value, heights) : void 0;
}
function pathToDeepest(root, heights, chain) {
  const path = [];
  let node = root;
  for (let level = 0; level <= MAX_NESTING && typeof node === "object" && node !== null; level++) {
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    const wanted = chain?.[level + 1];
    let best;
    for (const entry of entries) {
      const [, child] = entry;
      if (wanted !== void 0 ? child === wanted : typeof child === "object" && child !== null && (best === void 0 || (heights.get(child) ?? Infinity) > (heights.get(best[1]) ?? Infinity))) best = entry;
      if (wanted !== void 0 && child === wanted) break;
    }
    if (best === void 0) break;
    path.push(best[0]);
    node = best[1];
  }
  return path;
}
function deepBracket(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123 || c === 40) depth++;
    else if (c === 93 || c === 125 || c === 41) depth--;
    if (depth > MAX_NESTING) return i;
  }
  return Math.max(0, text.length - 1);
}

// src/formats/includes/adopt.ts
function includedUnrecognised(parsed, unrecognised) {
  if (unrecognised.size === 0) return [];
  const adopted = /* @__PURE__ */ new Map();
  const stubs = [...unrecognised.keys()].map((file) => ({ file, index: 0, value: void 0, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) }));
  for (const product of Object.keys(INCLUDE_PRODUCTS)) {
    const documents = parsed.filter((p) => p.format === product).map((p) => p.document);
    const includers = documents.filter((d) => includePatterns(d.value).length > 0);
    if (includers.length === 0) continue;
    const lookup = createLookup(product, [...documents, ...stubs]);
    for (const includer of includers) {
      for (const pattern of includePatterns(includer.value)) {
        for (const found of lookup(pattern, includer.file)) {
          const read = unrecognised.get(found.file);
          if (read !== void 0 && !adopted.has(found.file)) adopted.set(found.file, { path: found.file, format: product, read: read() });
        }
      }
    }
  }
  return [...adopted.values()].sort((a, b) => byCodeUnits(a.path, b.path));
}
function includePatterns(value) {
  if (typeof value !== "object" || value === null || !("includes" in value) || !Array.isArray(value.includes)) return [];
  return value.includes.flatMap((include) => {
    if (typeof include === "string") return [include];
    if (typeof include === "object" && include !== null && "pattern" in include && typeof include.pattern === "string") return [include.pattern];
    return [];
  });
}

// src/report/redact-result.ts
var PATH_KEYS = /* @__PURE__ */ new Set(["file", "path", "source"]);
function redactResult(result) {
  return redactStrings(result, void 0);
}
function redactStrings(value, key) {
  if (typeof value === "string") return key !== void 0 && PATH_KEYS.has(key) ? value : redactText(value);
  if (Array.isArray(value)) return key !== void 0 && PATH_KEYS.has(key) ? value : value.map((item) => redactStrings(item, void 0));
  if (typeof value !== "object" || value === null) return value;
  const out = {};
  for (const [name, inner] of Object.entries(value)) {
    Object.defineProperty(out, name, { value: redactStrings(inner, name), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// src/run.ts
async function check(settings = {}) {
  const rebased = rebaseOutsideCwd(settings);
  if (rebased !== void 0) return reportFrom(await check(rebased.settings), rebased.prefix);
  const prototypeIntact = prototypeGuard();
  const cwd = resolve2(settings.cwd ?? process.cwd());
  const now = settings.now ?? /* @__PURE__ */ new Date();
  const rulesRoot = resolve2(cwd, settings.rulesRoot ?? ".");
  const requestedPaths = settings.paths && settings.paths.length > 0 ? settings.paths : ["."];
  const found = settings.config === void 0 ? findConfig(cwd, requestedPaths[0] ?? ".", (dir) => mirrored(cwd, rulesRoot, dir)) : void 0;
  const config = loadConfig(rulesRoot, found ?? (settings.config === void 0 ? false : settings.config), cwd);
  const env = createCelEnv({ now });
  const sources = policySources(config, { builtin: settings.builtin !== false, dirs: settings.policyDirs ?? [], cwd: rulesRoot });
  const loaded = settings.policies ?? loadPolicies(sources, env, rulesRoot, { deferBuiltin: true });
  checkConfigAgainstPolicies(config, new Map(loaded.map((p) => [p.policy.id, { params: p.policy.params }])));
  const disabled = new Set(config.disable.map((d) => d.id));
  const active = loaded.filter((p) => !disabled.has(p.policy.id));
  const wanted = wantedFormats(active);
  const discovery = discover({
    cwd,
    paths: requestedPaths,
    ignore: config.ignore,
    overrides: config.formats,
    wanted: (format) => wanted === "all" || wanted.has(format),
    ...config.maxFileBytes !== void 0 ? { maxBytes: config.maxFileBytes } : {}
  });
  const files = [...discovery.skipped];
  const findings = [];
  const documents = [];
  const scanned = [];
  const parse = (path, format, text) => {
    const parserId = formats[format]?.parser ?? format;
    const parser = getParser(parserId);
    if (!parser) {
      files.push({ path, format, status: "skipped", reason: `no parser for ${parserId}` });
      return;
    }
    const parsed = parseBounded(parser, text, path);
    if (parsed.ok) {
      files.push({ path, format, status: "evaluated" });
      scanned.push({ path, parser: parserId, text });
      for (const document of parsed.documents) documents.push({ document, format });
    } else if (parserId === "yaml" && TEMPLATE_PLACEHOLDER.test(text)) {
      files.push({ path, format, status: "skipped", reason: "template ({{ }} placeholders that do not parse): render it and check the output" });
    } else {
      const first = parsed.errors[0];
      files.push({ path, format, status: "errored", reason: first?.message ?? "parse error" });
      findings.push(...parsed.errors.map((error) => parseErrorFinding(path, format, error.message, error.range)));
    }
  };
  const virtual = (settings.virtualFiles ?? []).filter((f) => wanted === "all" || wanted.has(f.format));
  for (const candidate of [...discovery.candidates, ...virtual]) parse(candidate.path, candidate.format, candidate.text);
  adoptIncludedFiles(discovery.unrecognised, documents, files, parse);
  const kinds = new Set(active.flatMap(({ policy }) => [policy.target.kind, ...policy.related ? [policy.related.kind] : []]));
  const subjects = /* @__PURE__ */ new Map();
  const linked = linkIncludes(documents);
  const repositoryBots = kinds.has("repository") ? Object.fromEntries(discovery.roots.map((root) => [root, repositoryBotFiles(cwd, root, settings.repositoryRoot)])) : {};
  for (const kind of kinds) subjects.set(kind, adapters[kind]?.({ documents: linked, roots: discovery.roots, repositoryBots }) ?? []);
  const coverage = [];
  const celNow = celTimestamp(now);
  for (const compiled of active) {
    const params = { ...defaults(compiled), ...ownValue(config.params, compiled.policy.id) ?? {} };
    const outcome = evaluatePolicy(compiled, { subjects, params, now: celNow });
    findings.push(...distinct(outcome.findings));
    coverage.push({ policyId: compiled.policy.id, subjects: outcome.subjects });
  }
  const waived = waive({
    findings,
    rules: config.waivers,
    policies: loaded.map(({ policy }) => ({ id: policy.id, severity: policy.severity, waivable: policy.waivable !== false })),
    scanned,
    cwd: rulesRoot,
    now,
    ...settings.base !== void 0 ? { base: settings.base } : {},
    ...settings.inlineWaivers ? { honourInline: settings.inlineWaivers } : {}
  });
  if (!prototypeIntact()) throw new Error("scanned data reached Object.prototype; the result cannot be trusted");
  files.sort((a, b) => byCodeUnits(a.path, b.path));
  const sorted = sortFindings(waived.findings);
  const judged = redactResult({
    version: 1,
    ...config.source ? { config: config.source.display } : {},
    ...repositoryPathOf(cwd),
    failOn: settings.failOn ?? config.failOn ?? "low",
    files,
    findings: sorted,
    coverage,
    waivers: waived.waivers,
    summary: summarize(files, sorted, coverage)
  });
  return { ...judged, policies: active.map((compiled) => compiled.policy) };
}
var TEMPLATE_PLACEHOLDER = /\{\{[^{}\n]*\}\}/;
function adoptIncludedFiles(unrecognised, documents, files, parse) {
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
function distinct(found) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of found) {
    const words = finding.status === "unknown" ? finding.message.replace(CHECK_NAME, " \u2014 ") : finding.message;
    const byModule = words.replace(MODULE_INSTANCE, "module.*.");
    const key = JSON.stringify([finding.policyId, finding.status, finding.file, finding.range?.line, finding.range?.column, byModule.replace(RESOURCE_KEY, "$1[*]")]);
    const group = groups.get(key);
    if (group === void 0) groups.set(key, { first: finding, words, byModule, others: 0, ofResource: false });
    else if (group.words !== words) {
      group.others += 1;
      if (group.byModule !== byModule) group.ofResource = true;
    }
  }
  return [...groups.values()].map(
    ({ first, others, ofResource }) => others === 0 ? first : { ...first, message: `${first.message} (The same in ${others} other instance${others === 1 ? "" : "s"} of the ${ofResource ? "resource" : "module"}.)` }
  );
}
var CHECK_NAME = / — (?:assert\[\d+\](?:\.when)?|target\.where|related\.where): /;
var RESOURCE_KEY = /(\b[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;
var MODULE_INSTANCE = /(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)+/g;
function rebaseOutsideCwd(settings) {
  if (settings.rulesRoot !== void 0 || (settings.virtualFiles?.length ?? 0) > 0) return void 0;
  const cwd = resolve2(settings.cwd ?? process.cwd());
  const paths = settings.paths && settings.paths.length > 0 ? settings.paths : ["."];
  const absolute = paths.map((p) => resolve2(cwd, p));
  const outside = (path) => {
    const rel = relative2(cwd, path);
    return rel.startsWith("..") || isAbsolute(rel);
  };
  if (!absolute.every(outside) || !absolute.every((p) => existsSync2(p))) return void 0;
  const first = absolute[0];
  const base = gitWorkTree(first) ?? (statSync(first).isDirectory() ? first : dirname2(first));
  if (!absolute.every((p) => p === base || !relative2(base, p).startsWith(".."))) return void 0;
  const fromBase = (path) => relative2(base, resolve2(cwd, path)).split("\\").join("/") || ".";
  return {
    prefix: relative2(cwd, base).split("\\").join("/"),
    settings: {
      ...settings,
      cwd: base,
      paths: absolute.map(fromBase),
      ...typeof settings.config === "string" ? { config: resolve2(cwd, settings.config) } : {},
      ...settings.policyDirs ? { policyDirs: settings.policyDirs.map((d) => resolve2(cwd, d)) } : {},
      ...settings.repositoryRoot !== void 0 ? { repositoryRoot: resolve2(cwd, settings.repositoryRoot) } : {}
    }
  };
}
function reportFrom(result, prefix) {
  const path = (p) => p === "." || p === "./" ? prefix : `${prefix}/${p}`;
  return {
    ...result,
    ...result.config !== void 0 ? { config: path(result.config) } : {},
    files: result.files.map((f) => ({ ...f, path: path(f.path) })),
    findings: result.findings.map((f) => ({ ...f, file: path(f.file) })),
    waivers: result.waivers.map((w) => ({ ...w, waiver: { ...w.waiver, file: path(w.waiver.file) } }))
  };
}
function repositoryPathOf(cwd) {
  const tree = gitWorkTree(cwd);
  const rel = tree === void 0 ? "" : relative2(tree, cwd).split("\\").join("/");
  return rel === "" ? {} : { repositoryPath: rel };
}
function mirrored(cwd, rulesRoot, dir) {
  const rel = relative2(cwd, dir);
  return rulesRoot === cwd || rel.startsWith("..") || isAbsolute(rel) ? dir : resolve2(rulesRoot, rel);
}
function defaults(compiled) {
  return Object.fromEntries(Object.entries(compiled.policy.params).map(([name, spec]) => [name, spec.default]));
}
function wantedFormats(policies) {
  const wanted = /* @__PURE__ */ new Set();
  const add = (target) => {
    const readable = target.formats ?? adapterFormats[target.kind];
    if (readable === void 0) return false;
    for (const format of readable) wanted.add(format);
    return true;
  };
  for (const { policy } of policies) {
    if (!add(policy.target)) return "all";
    if (policy.related && !add(policy.related)) return "all";
  }
  return wanted;
}
function parseErrorFinding(file, format, message, range) {
  return {
    policyId: "parse-error",
    severity: "high",
    status: "fail",
    message: `cannot be read as ${format}: ${message}`,
    file,
    ...range ? { range } : {},
    subject: file,
    incidents: []
  };
}

export {
  git,
  gitBytes,
  tryGit,
  parseBounded,
  describeDays,
  WAIVER_EXPIRED,
  WAIVER_STALE,
  WAIVER_EXTENDED,
  waiverSchema,
  WAIVER_INVALID,
  WAIVER_HISTORY_UNAVAILABLE,
  check
};
