import type { Finding, Policy } from "../types.js";
/** A GitHub check annotation, in the shape `@actions/core` takes (`core.error(message, properties)`). */
export interface Annotation {
    /** error, warning or notice. */
    level: "error" | "warning" | "notice";
    /** What is wrong, redacted. */
    message: string;
    /** Policy id and title. */
    title: string;
    /** File, relative to the repository root. */
    file: string;
    /** First line. */
    startLine: number;
    /** Last line. */
    endLine: number;
    /** First column; only when the finding is on one line (GitHub ignores columns otherwise). */
    startColumn?: number;
    /** Column just after the last character; only with `startColumn`. */
    endColumn?: number;
}
/** Which findings to annotate and how many. */
export interface AnnotationOptions {
    /** Lines the pull request added or changed, by file: findings there come first within a level. */
    changedLines?: ReadonlyMap<string, ReadonlySet<number>> | undefined;
    /** The policies that ran, for titles. */
    policies?: readonly Policy[] | undefined;
    /** Error annotations GitHub shows per step (10). */
    maxErrors?: number | undefined;
    /** Warning annotations GitHub shows per step (10). */
    maxWarnings?: number | undefined;
    /** Notice annotations GitHub shows per step (10). */
    maxNotices?: number | undefined;
}
/**
 * The findings worth an annotation, most important first, within GitHub's per-step limits
 * (10 errors, 10 warnings, 10 notices; GitHub drops the rest silently, so we choose which).
 * Within a level: higher severity first, then findings on lines the pull request changed,
 * then failing before undecided. Waived findings are never annotated. `omitted` counts the
 * findings left out for the limits or for having no line (repository-level), so a job summary
 * can say that they are listed there.
 */
export declare function selectAnnotations(findings: readonly Finding[], options?: AnnotationOptions): {
    annotations: Annotation[];
    omitted: number;
};
/**
 * An annotation as a workflow command line (`::error file=…,line=…::message`), for runs outside
 * the Action. Escaped as `@actions/core` does: `%`, CR and LF in the message; also `:` and `,`
 * in property values, which would otherwise end the value.
 */
export declare function workflowCommand(a: Annotation): string;
