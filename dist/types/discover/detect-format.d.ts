/** A config entry forcing a format for some paths. */
export interface FormatOverride {
    /** Globs relative to the scan root. */
    paths: string[];
    /** Format id. */
    format: string;
}
/**
 * What a file's path alone says of its format: a format (config overrides first, then the
 * built-in detection order), none, or that its text must be sniffed from `from` in the
 * detection order on ({@link detectFormat} goes on from there).
 */
export type FormatByPath = {
    format: string | undefined;
} | {
    sniffFrom: number;
};
/** See {@link FormatByPath}. The answers of the built-in order are shared: one is kept for every file listed. */
export declare function formatByPath(path: string, overrides: readonly FormatOverride[]): FormatByPath;
/**
 * The format of a file: config overrides first, then the built-in detection order. `read`
 * is only called when a content sniff is needed, so most files are never opened here. `byPath`,
 * what {@link formatByPath} said of the same path, saves looking at the path again.
 */
export declare function detectFormat(path: string, read: (prefixBytes?: number) => string, overrides: readonly FormatOverride[], byPath?: FormatByPath): string | undefined;
