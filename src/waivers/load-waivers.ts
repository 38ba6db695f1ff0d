import type { HiddenPaths } from "../discover/hidden-paths.js";
import { existsSync } from "node:fs";
import { relative } from "node:path";
import type { WaiverRules } from "../config/config.js";
import { NorecurError } from "../errors.js";
import { ownSchemaValidator } from "../schema/ajv.js";
import { readValidatedYaml } from "../schema/read-validated-yaml.js";
import type { Waiver } from "../types.js";
import { ruleViolation, type RuleContext } from "./waiver-rules.js";
import { waiverSchema } from "./waiver-schema.js";

/** One entry of the waivers file as written. */
export interface RawWaiver {
  policy: string;
  paths?: string[];
  subject?: string;
  reason: string;
  owner: string;
  expires: string;
  ticket?: string;
  "approved-by"?: string;
}

const validateWaivers = ownSchemaValidator(waiverSchema, "waivers");

/**
 * Reads the waivers file. A missing default file means no waivers; a file named in the config
 * must exist. Any waiver that breaks a rule stops the run with file, line and key: the waivers
 * file is norecur's own configuration, not a scanned file.
 */
export function loadWaivers(rules: WaiverRules, context: RuleContext, cwd: string, hidden?: HiddenPaths): Waiver[] {
  const display = relative(cwd, rules.file).split("\\").join("/") || rules.file;
  if (!existsSync(rules.file) || hidden?.(rules.file) === true) {
    if (rules.explicit) throw new NorecurError("config", `waivers file not found: ${display}`);
    return [];
  }
  const { value, document } = readValidatedYaml(rules.file, display, validateWaivers(), "config");
  const raw = (value as { waivers: RawWaiver[] }).waivers;
  return raw.map((entry, i) => {
    const violation = ruleViolation(entry, context);
    if (violation) {
      const at = document.locate(["waivers", i, violation.key]);
      throw new NorecurError("config", `${display}:${at.line}:${at.column}: waivers[${i}].${violation.key}: ${violation.message}`);
    }
    const paths = entry.paths && rules.pathBase !== undefined ? { paths: entry.paths.map((glob) => rebaseGlob(glob, rules.pathBase ?? { config: "", scanned: "" })) } : {};
    return toWaiver({ ...entry, ...paths }, { origin: "file", file: display, range: document.locate(["waivers", i]) });
  });
}

/** A written waiver with where it came from. */
export function toWaiver(raw: RawWaiver, where: Pick<Waiver, "origin" | "file" | "range">): Waiver {
  return {
    policy: raw.policy,
    ...(raw.paths ? { paths: raw.paths } : {}),
    ...(raw.subject !== undefined ? { subject: raw.subject } : {}),
    reason: raw.reason,
    owner: raw.owner,
    expires: raw.expires,
    ...(raw.ticket !== undefined ? { ticket: raw.ticket } : {}),
    ...(raw["approved-by"] !== undefined ? { approvedBy: raw["approved-by"] } : {}),
    ...where,
  };
}

/**
 * A waiver glob written relative to its config's directory, made relative to the directory
 * paths are reported from. Below it: prefixed (`app/` + `k8s/**`). Above it (a repository-root
 * config, a run from `deploy/`): the part that leads into the scanned directory is dropped
 * (`deploy/k8s/**` → `k8s/**`); a glob that starts with `**` applies everywhere; any other
 * names files outside the scan and keeps a `../` prefix that matches none of them.
 */
export function rebaseGlob(glob: string, base: { config: string; scanned: string }): string {
  if (base.config === "" || base.config === ".") return glob;
  if (!base.config.startsWith("..")) return `${base.config}/${glob}`;
  if (glob.startsWith("**")) return glob;
  const down = base.scanned.startsWith("..") ? "" : base.scanned;
  if (down !== "" && glob.startsWith(`${down}/`)) return glob.slice(down.length + 1);
  return `${base.config}/${glob}`;
}
