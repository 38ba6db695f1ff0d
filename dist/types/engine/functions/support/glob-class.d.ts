/**
 * Character classes in glob patterns (`[abc]`, `[a-z]`, `[!a]`, `[^a]`, `[[:alpha:]]`),
 * translated to RE2 class syntax so the segment matcher stays linear-time.
 */
/** A class read from a pattern: where it ends and its RE2 equivalent. */
export interface GlobClass {
    /** Index just after the closing `]`. */
    end: number;
    /** The class in RE2 syntax, e.g. `[^a-c]`. */
    source: string;
}
/**
 * Reads the class starting at `pattern[start] === "["`. Returns undefined when it has no
 * closing bracket, so the caller decides whether that is an error.
 * @throws Error for a class that could match `/`, an inverted range or an unknown POSIX class.
 */
export declare function readGlobClass(pattern: string, start: number): GlobClass | undefined;
