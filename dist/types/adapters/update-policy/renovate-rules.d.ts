/** Update types Renovate raises for ordinary dependencies. */
export declare const UPDATE_TYPES: string[];
/** `:name` and `default:name` are the same built-in preset. */
export declare function presetName(entry: unknown): string | undefined;
/** The strings of a list; anything else is no list. */
export declare function strings(value: unknown): string[];
/** A packageRule that applies to every package (it may still narrow update types or managers). */
export declare function appliesToAllPackages(rule: Record<string, unknown>): boolean;
