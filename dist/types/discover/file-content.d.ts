/** Largest file read by default, in bytes. */
export declare const MAX_BYTES: number;
/**
 * A regular file's content within the size limit, read once when first asked for and decoded only
 * when its text is: discovery decides on the bytes of some files it does not parse (a Kubernetes
 * file of objects no policy reads; a Helm template), and decoding a text of megabytes costs more
 * than reading it. The bytes may be a view of the buffer the run reads into, so they are only good
 * until the next file is read: a content is used and dropped before then. Bytes the read-ahead
 * worker read are taken the same way.
 */
export declare class FileContent {
    #private;
    private readonly path;
    private readonly maxBytes;
    /** `readAhead`: what the read-ahead worker read of the file, when it did (its bytes; a text in the tests). */
    constructor(path: string, maxBytes: number | undefined, readAhead?: Buffer | string);
    /** Its bytes, or its text when that is all there is; undefined when it cannot be read (see {@link failure}). */
    raw(): Buffer | string | undefined;
    /** Why it cannot be had, once asked for; undefined before, or when it can. */
    failure(): string | undefined;
    /** Its text ("" when it cannot be read); only the first `prefixBytes` bytes or so when given and not decoded yet. */
    text(prefixBytes?: number): string;
}
