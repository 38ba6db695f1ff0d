import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/errors.ts
var NorecurError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "NorecurError";
  }
  code;
};

// src/types.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
var SUBJECT_KINDS = [
  "document",
  "kubernetes-object",
  "repository",
  "terraform-resource",
  "page-cache",
  "update-policy",
  "identity-policy",
  "egress-policy",
  "response-headers"
];

// src/result.ts
function sortFindings(findings) {
  const key = (f) => [f.file, f.range?.line ?? 0, f.range?.column ?? 0, f.policyId, f.message];
  return [...findings].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i += 1) {
      const x = ka[i];
      const y = kb[i];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}
function summarize(files, findings, coverage) {
  const failures = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const finding of findings) if (finding.status === "fail") failures[finding.severity] += 1;
  return {
    evaluated: files.filter((f) => f.status === "evaluated").length,
    skipped: files.filter((f) => f.status === "skipped").length,
    errored: files.filter((f) => f.status === "errored").length,
    failures,
    unknown: findings.filter((f) => f.status === "unknown").length,
    waived: findings.filter((f) => f.status === "waived").length,
    unmatchedPolicies: coverage.filter((c) => c.subjects === 0).map((c) => c.policyId)
  };
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}

// src/exit-code.ts
var ExitCode = {
  /** No failing finding at or above the threshold. */
  Clean: 0,
  /** Failing findings at or above the threshold. */
  Findings: 1,
  /** Usage, config or policy error. */
  Usage: 2,
  /** Nothing was checked: no file matched any active policy. */
  NothingChecked: 3
};
function exitCodeFor(result, options) {
  const threshold = severityRank(result.failOn);
  const failing = result.findings.some((f) => f.status === "fail" && severityRank(f.severity) >= threshold);
  if (failing) return ExitCode.Findings;
  if (result.summary.evaluated === 0 && !options.allowEmpty) return ExitCode.NothingChecked;
  return ExitCode.Clean;
}

export {
  __require,
  __commonJS,
  __toESM,
  NorecurError,
  SEVERITIES,
  SUBJECT_KINDS,
  sortFindings,
  summarize,
  severityRank,
  ExitCode,
  exitCodeFor
};
