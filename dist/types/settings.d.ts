import type { HiddenPaths } from "./discover/hidden-paths.js";
import type { CompiledPolicy } from "./policy/compiled-policy.js";
import type { Severity, Waiver } from "./types.js";
/** Everything a run needs, built by the CLI, the Action or a library caller. */
export interface Settings {
    /** Files, directories or globs to check (default: `.`). */
    paths?: readonly string[];
    /** Directory paths are resolved against and reported relative to (default: process.cwd()). */
    cwd?: string;
    /** Config file; `false` to read none; default `.norecur.yml` in cwd when present. */
    config?: string | false;
    /** Extra policy directories, relative to cwd. */
    policyDirs?: readonly string[];
    /** Load the built-in pack (default true; the config may also switch it off). */
    builtin?: boolean;
    /** Lowest failing severity; overrides the config's `fail-on`. */
    failOn?: Severity;
    /** The run's clock (default: now); fixed in tests so date checks are deterministic. */
    now?: Date;
    /** Git revision the waivers file is compared with, to report extended waivers (e.g. the PR base). */
    base?: string;
    /**
     * Directory the config, the policy directories and the waivers file are read from instead of
     * cwd (e.g. a base revision's files, so that a pull request cannot weaken the rules judging it).
     */
    rulesRoot?: string;
    /** Which inline waivers may apply (default: all); a diff-aware run refuses those the change itself adds. */
    inlineWaivers?: (waiver: Waiver) => boolean;
    /**
     * Files that are not on disk but are checked like any other, e.g. GitHub settings read from the
     * API (`format: "github-settings"`). Paths are how findings name them.
     */
    virtualFiles?: ReadonlyArray<{
        path: string;
        format: string;
        text: string;
    }>;
    /**
     * The repository the scanned paths belong to (default: the git work tree holding them). A
     * policy fixture, or any tree meant as a repository of its own, names itself.
     */
    repositoryRoot?: string;
    /**
     * Paths treated as absent although they are on disk: not scanned, and no config, policy or
     * waivers file is read from them. `check --staged` hides what the git index does not hold when
     * it checks the working tree in place.
     */
    hidden?: HiddenPaths;
    /**
     * Whether a run may use a second core: large runs read their files there ahead of discovery
     * (`readAheadAfter`), and YAML files are parsed there when `NORECUR_PARALLEL=1` in the
     * environment asks (that no longer pays since files are judged in batches; docs/performance.md).
     * False keeps a run on one core, as `NORECUR_PARALLEL=0` does.
     */
    parallel?: boolean;
    /**
     * Documents per batch of the files judged as they are read (default 64; docs/streaming.md).
     * The findings are the same whatever the size.
     */
    batchSize?: number;
    /**
     * Bytes of text discovery holds before the files that stream are judged as it reads them,
     * when no file others join with has turned up (default 1 MiB; docs/streaming.md). The findings
     * are the same whatever the figure.
     */
    holdBytes?: number;
    /**
     * Files a directory walk will read before a worker reads them ahead of discovery on the second
     * core (default 16,384; docs/performance.md). The findings are the same whatever the figure.
     */
    readAheadAfter?: number;
    /** Use these compiled policies instead of loading any (used by `norecur test`). */
    policies?: readonly CompiledPolicy[];
}
