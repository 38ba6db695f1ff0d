export declare const PERFORMANCE_START = "<!-- performance:start (generated from bench/results.json by npm run build) -->";
export declare const PERFORMANCE_END = "<!-- performance:end -->";
/** The README's performance table, from the last `npm run bench` committed as bench/results.json. */
export declare function renderPerformanceSection(file?: string): string;
