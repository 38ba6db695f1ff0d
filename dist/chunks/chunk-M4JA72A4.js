import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  NorecurError,
  SEVERITIES
} from "./chunk-EJRCV5Q7.js";

// src/cli/options.ts
function settingsFrom(paths, values, cwd) {
  const settings = { cwd, paths };
  if (values["fail-on"] !== void 0) settings.failOn = severity(values["fail-on"]);
  if (values.config !== void 0) settings.config = values.config;
  if (values.policies) settings.policyDirs = values.policies;
  if (values["no-builtin"]) settings.builtin = false;
  if (values.base !== void 0) settings.base = values.base;
  return settings;
}
function severity(value) {
  if (SEVERITIES.includes(value)) return value;
  throw new NorecurError("usage", `--fail-on must be one of ${SEVERITIES.join(", ")}, not "${value}"`);
}
function outputFormat(values, allowed) {
  const format = values.format ?? "text";
  if (!allowed.includes(format)) throw new NorecurError("usage", `--format must be one of ${allowed.join(", ")}, not "${format}"`);
  return format;
}
function useColor(isTTY, env) {
  return isTTY && !env["NO_COLOR"] && env["TERM"] !== "dumb";
}

export {
  settingsFrom,
  outputFormat,
  useColor
};
