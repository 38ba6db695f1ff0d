import type { Parser } from "../../types.js";
/** One build stage: a `FROM` instruction. */
export interface DockerfileStage {
    /** The image reference as written, `$VAR`s and all. */
    from: string;
    /**
     * The reference with the global `ARG` defaults substituted, or `{ $expr: from }` when it
     * depends on an `ARG` without a default (only the build decides it).
     */
    image: string | {
        $expr: string;
    };
    /** The name given with `AS`, when there is one. */
    name?: string;
    /** The `--platform` flag, as written. */
    platform?: string;
    /** The earlier stage this one builds on (`FROM build`), instead of an image. */
    stage?: string;
}
/** The value of a `dockerfile` document. */
export interface Dockerfile {
    /** `ARG`s before the first `FROM` (the only ones `FROM` can use): their defaults as written, or null when declared without one. */
    args: Record<string, string | null>;
    /** Build stages in order. */
    stages: DockerfileStage[];
}
/**
 * Dockerfiles (and Containerfiles): `FROM` lines with their exact positions, the global `ARG`
 * defaults they may use, and multi-stage builds (a stage named with `AS` and used by a later
 * `FROM` is not an image). Continuations, `# escape=` and heredocs are honoured so that only
 * real instructions are read. Other instructions are skipped.
 */
export declare const dockerfileParser: Parser;
/**
 * `Dockerfile.prod`, `web.Dockerfile` and the like are recognised by content (a `FROM` line),
 * so that neighbours such as `Dockerfile.dockerignore` are not read as Dockerfiles.
 */
export declare function sniffDockerfile(text: string): boolean;
