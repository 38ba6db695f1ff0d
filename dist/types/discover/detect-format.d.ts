/** A config entry forcing a format for some paths. */
export interface FormatOverride {
    /** Globs relative to the scan root. */
    paths: string[];
    /** Format id. */
    format: string;
}
/**
 * The format of a file: config overrides first, then the built-in detection order. `read`
 * is only called when a content sniff is needed, so most files are never opened here.
 */
export declare function detectFormat(path: string, read: () => string, overrides: readonly FormatOverride[]): string | undefined;
