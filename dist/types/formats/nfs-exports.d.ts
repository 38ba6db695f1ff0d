import type { Parser } from "../types.js";
/** An option value: a flag, a number (`anonuid`), a string (`fsid`), or the `sec=` flavours. */
export type ExportOption = boolean | number | string | string[];
/** One client of an export line. */
export interface ExportClient {
    /** The host, `*.domain`, `a.b.c.d/nn`, `@netgroup`, or `*` for everyone. */
    host: string;
    /** Whether everyone may mount: `*`, `0.0.0.0/0`, `::/0`, an empty host, or a bare `(options)`. */
    world: boolean;
    /**
     * The client was written as a bare `(options)` token, usually by a space slipped in before
     * the parenthesis (`/srv host (rw)`): exports(5) reads it as these options for every host.
     */
    worldFromSpace: boolean;
    /** The line names no client at all, which exportfs reads as `*` with the default options. */
    implicit: boolean;
    /** Every option after the exports(5) defaults, the line's `-defaults` and the client's own are applied. */
    options: Record<string, ExportOption>;
    /** The options written on the line (`-defaults` first, then the client's), in order. */
    written: string[];
}
/** One export line. */
export interface NfsExport {
    /** Exported directory, quotes removed. */
    path: string;
    /** Options written after the path with a leading `-`. */
    defaults: string[];
    /** Clients in the order written. */
    clients: ExportClient[];
}
/** The value of an `nfs-exports` document. */
export interface NfsExports {
    exports: NfsExport[];
}
/**
 * `/etc/exports` and `/etc/exports.d/*.exports`: `<path> [-defaults] <client>(<options>) ...`.
 * A `\` at the end of a line continues it; `#` at the start of a word starts a comment; a path
 * may be quoted. Unknown options are kept as written (exportfs rejects them when it loads the
 * file, so a policy can too); malformed words are errors.
 */
export declare const nfsExportsParser: Parser;
