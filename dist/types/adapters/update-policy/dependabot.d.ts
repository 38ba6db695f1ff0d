import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/** Dependabot directories are repository paths written `/x` or `x`; compare them in one form. */
export declare function slashPath(directory: string): string;
/**
 * A Dependabot configuration: the ecosystems and directories it keeps up to date, and the
 * settings that stop updates. An `ignore` entry for `dependency-name: "*"` with neither
 * `versions` nor `update-types` ignores every dependency, and `ignore` applies to security
 * updates too, except in an entry with `target-branch` (whose updates are version updates for
 * another branch). `open-pull-requests-limit: 0` stops version updates only: security updates
 * have a separate limit.
 */
export declare function dependabotSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
