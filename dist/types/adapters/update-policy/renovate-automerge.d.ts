import type { DocPath } from "../../types.js";
import type { AutomergeRule } from "./shape.js";
/**
 * Every place a Renovate configuration turns automerge on, with the update types it covers and
 * the release age it waits for: `:automerge*` presets, top-level `automerge` (minus the update
 * types a rule for every package turns back off, or disables), the `major` / `minor` / `patch` /
 * `pin` / `digest` objects, and `packageRules`. `path` is where the setting is written.
 */
export declare function renovateAutomerge(config: Record<string, unknown>, rules: ReadonlyArray<Record<string, unknown>>): Array<{
    rule: AutomergeRule;
    path: DocPath;
}>;
