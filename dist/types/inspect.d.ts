import { type SubjectKind } from "./types.js";
/** One field of a subject, as `norecur inspect` shows it. */
export interface InspectedField {
    /** `secondFactor`, `meta.product`. */
    field: string;
    /** A short rendering of the value (lists and objects summarised, secret-looking values redacted). */
    value: string;
    /** Where it was read: `file:line:col`. */
    from: string;
}
/** One subject an adapter produced from a file. */
export interface InspectedSubject {
    kind: SubjectKind;
    id: string;
    fields: InspectedField[];
}
/** What norecur makes of one file. */
export interface InspectedFile {
    path: string;
    /** The format it is read as. */
    format: string;
    status: "parsed" | "errored" | "skipped";
    /** Why it was skipped or could not be parsed. */
    reason?: string;
    /** Its documents: where each starts and its top-level keys (or its type). */
    documents: Array<{
        at: string;
        keys: string[];
    }>;
    /** The subjects of every kind whose main file it is. */
    subjects: InspectedSubject[];
}
/**
 * An author's view of files: the format each is read as, its documents, and the subjects every
 * kind produces from it with each field and where it came from. Reads every format, whatever the
 * policies target; never throws on bad input.
 */
export declare function inspect(options: {
    cwd: string;
    paths: readonly string[];
    config?: string | false;
}): InspectedFile[];
