import type { Policy } from "../types.js";
export declare const TABLE_START = "<!-- policy-table:start (generated from policies/ by npm run build) -->";
export declare const TABLE_END = "<!-- policy-table:end -->";
/** The README's table of built-in policies, generated from their metadata, never kept by hand. */
export declare function renderPolicyTable(policies: readonly Policy[]): string;
/** Replaces a generated block (markers included) inside a README text. */
export declare function replaceBetween(readme: string, startMarker: string, endMarker: string, block: string): string;
