/**
 * Findings norecur reports itself rather than through a policy (unreadable files, waiver
 * problems). No policy file describes them, so their title and fix live here, shared by the
 * SARIF rules and the Markdown reports.
 */
export declare const TOOL_RULES: Readonly<Record<string, {
    title: string;
    fix: string;
}>>;
/** Title and fix of a finding id no policy describes. */
export declare function toolRule(id: string): {
    title: string;
    fix: string;
};
