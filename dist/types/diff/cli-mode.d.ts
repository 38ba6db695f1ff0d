import type { RulesFrom } from "./diff-run.js";
/** What `check`'s diff options ask for. */
export type DiffMode = {
    kind: "plain";
} | {
    kind: "diff";
    base: string;
    rulesFrom: RulesFrom;
    newOnly: boolean;
}
/** `--base` outside a git repository: the run goes on unclassified, and says so. */
 | {
    kind: "no-history";
    note: string;
};
/** The `--base`, `--new-only` and `--rules-from` options, checked together. */
export declare function diffMode(values: {
    base?: string;
    "new-only"?: boolean;
    "rules-from"?: string;
}, cwd: string): DiffMode;
