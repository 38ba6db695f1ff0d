import type { HiddenPaths } from "../discover/hidden-paths.js";
import type { WaiverRules } from "../config/config.js";
import type { Waiver } from "../types.js";
import { type RuleContext } from "./waiver-rules.js";
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
/**
 * Reads the waivers file. A missing default file means no waivers; a file named in the config
 * must exist. Any waiver that breaks a rule stops the run with file, line and key: the waivers
 * file is norecur's own configuration, not a scanned file.
 */
export declare function loadWaivers(rules: WaiverRules, context: RuleContext, cwd: string, hidden?: HiddenPaths): Waiver[];
/** A written waiver with where it came from. */
export declare function toWaiver(raw: RawWaiver, where: Pick<Waiver, "origin" | "file" | "range">): Waiver;
/**
 * A waiver glob written relative to its config's directory, made relative to the directory
 * paths are reported from. Below it: prefixed (`app/` + `k8s/**`). Above it (a repository-root
 * config, a run from `deploy/`): the part that leads into the scanned directory is dropped
 * (`deploy/k8s/**` → `k8s/**`); a glob that starts with `**` applies everywhere; any other
 * names files outside the scan and keeps a `../` prefix that matches none of them.
 */
export declare function rebaseGlob(glob: string, base: {
    config: string;
    scanned: string;
}): string;
