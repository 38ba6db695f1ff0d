import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * A Renovate configuration (a Renovate file, or the `renovate` key of the root package.json):
 * whether it runs, its vulnerability alerts, which managers it leaves on, and the rules that
 * automerge updates, with the release age each waits for. Of the presets, only the built-in
 * `:disableRenovate`, `:disableVulnerabilityAlerts`, `:automerge*` and the `ignorePaths` of
 * `:ignoreModulesAndTests` (which `config:recommended` and its relatives extend) are read.
 */
export declare function renovateSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
