/** Markers around the README's Action reference, regenerated from action.yml by the build. */
export declare const ACTION_TABLE_START = "<!-- action-table:start (generated from action.yml by npm run build) -->";
export declare const ACTION_TABLE_END = "<!-- action-table:end -->";
/** Markdown tables of the Action's inputs (with defaults) and outputs, from the text of action.yml. */
export declare function renderActionTables(actionYml: string): string;
