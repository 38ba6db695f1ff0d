import type { Document, Subject } from "../types.js";
/** A parsed document together with the format its file was read as. */
export interface ParsedDocument {
    /** The document. */
    document: Document;
    /** Its file's format. */
    format: string;
}
/** What adapters read: every parsed document of the run and the scan roots. */
export interface AdapterInput {
    /** Documents in file order. */
    documents: readonly ParsedDocument[];
    /** Scan roots, relative to cwd. */
    roots: readonly string[];
    /**
     * Per scan root below its repository's root: the update-bot configuration files at that
     * repository root (paths relative to it), which the scan does not otherwise read.
     */
    repositoryBots?: Readonly<Record<string, readonly string[]>>;
}
/** Turns the documents of a run into subjects of one kind. */
export type Adapter = (input: AdapterInput) => Subject[];
