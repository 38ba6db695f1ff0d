import type { FileRecord } from "../types.js";
import { type FormatOverride } from "./detect-format.js";
import type { HiddenPaths } from "./hidden-paths.js";
import { type ReadAheadStart } from "./read-ahead.js";
/** What discovery needs to know. */
export interface DiscoverOptions {
    /** Directory paths are reported relative to. */
    cwd: string;
    /** Files, directories or globs, relative to `cwd`. */
    paths: readonly string[];
    /** Globs (relative to `cwd`) never scanned. */
    ignore: readonly string[];
    /** Config format overrides, tried first. */
    overrides: readonly FormatOverride[];
    /** Whether some active policy reads this format: files of other formats are not parsed. */
    wanted: (format: string) => boolean;
    /**
     * What no active policy reads of a file of a wanted format, judged on its bytes as read (or its
     * text, when that is all there is): all of it (`skip`: why; a Kubernetes file of
     * CustomResourceDefinitions only), so that it is neither decoded nor parsed; or some of it
     * (`text`: the text to parse instead, those parts blanked). Undefined to parse it as it is.
     */
    narrow?: ((format: string, content: Buffer | string) => Narrowed | undefined) | undefined;
    /** Largest file read, in bytes (default 10 MiB). */
    maxBytes?: number;
    /** Paths treated as absent although they are on disk (Settings.hidden). */
    hidden?: HiddenPaths;
    /** Starts a worker reading files ahead of discovery on the second core (read-ahead.ts), when there are enough. */
    readAhead?: ReadAheadStart | undefined;
    /** Files a walk will read before the read-ahead starts (default READ_AHEAD_AFTER). */
    readAheadAfter?: number | undefined;
    /**
     * Told of each file to parse as soon as it is read, with the scan roots so far. Within one
     * path given, files come in path order (the order of \`Discovery.candidates\`); the files of
     * several paths come path by path.
     */
    onCandidate?: (candidate: Candidate, roots: readonly string[]) => void;
    /**
     * Files whose name alone says something to the caller (a `kustomization.yaml`): once a walk is
     * listed, before any of its files is read, `tell` gets the paths (relative to cwd, forward
     * slashes) of the listed files whose base name `names` takes.
     */
    named?: {
        names: (name: string) => boolean;
        tell: (paths: readonly string[]) => void;
    } | undefined;
}
/** What {@link DiscoverOptions.narrow} leaves of a file. */
export type Narrowed = {
    skip: string;
} | {
    text: string;
};
/** A file to parse. */
export interface Candidate {
    /** Path relative to cwd, forward slashes. */
    path: string;
    /**
     * The absolute path it was read from when that is not its path under cwd (a link's target,
     * inside the root), to read it again. Not kept for every other file: every candidate of a run
     * lives until discovery ends, and so did the absolute path of each (about 70 bytes; 1.2 MiB
     * of the peak of a run over 50,000 files).
     */
    realPath: string | undefined;
    /** Format chosen for it. */
    format: string;
    /** Its text (BOM included; parsers handle it). */
    text: string;
}
/** What discovery found: files to parse, and every other file with the reason it was skipped. */
export interface Discovery {
    /** Scan roots (directories given, or `.` for files and globs), relative to cwd. */
    roots: string[];
    /** Files to parse, sorted by path. */
    candidates: Candidate[];
    /** Skipped files and directories, with reasons. */
    skipped: FileRecord[];
    /**
     * Files skipped for having no known format, by path, each with a way to read it: a file an
     * nginx or Squid configuration includes is read with its includer's format whatever its name.
     */
    unrecognised: Map<string, () => UnrecognisedText>;
}
/** The text of a file discovery did not recognise, or why it cannot be read. */
export type UnrecognisedText = {
    text: string;
} | {
    reason: string;
};
/**
 * Expands the paths into files, honouring `.gitignore` files and the config's ignore globs,
 * never following a symlink out of its root, and choosing a format per file.
 */
export declare function discover(options: DiscoverOptions): Discovery;
/** A candidate's text read again (from `cwd`, the directory discovery ran from), or why it cannot be had now. */
export declare function readAgain(candidate: Candidate, cwd: string, maxBytes: number | undefined): UnrecognisedText;
