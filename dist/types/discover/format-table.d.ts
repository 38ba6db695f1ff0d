export declare const FORMAT_TABLE_START = "<!-- format-table:start (generated from src/discover/file-formats.ts by npm run build) -->";
export declare const FORMAT_TABLE_END = "<!-- format-table:end -->";
/** The README's table of formats, in detection order, generated from the format registry. */
export declare function renderFormatTable(): string;
