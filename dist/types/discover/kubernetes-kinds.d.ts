/**
 * The kinds of the objects of a Kubernetes file (its text, or its bytes as read), one per
 * document, when every document is an object written plainly (above) and `reads` takes none of
 * their kinds; `undefined` when the file must be parsed: some kind is read, or the lines do not
 * show every kind plainly.
 */
export declare function unreadKinds(content: string | Buffer, reads: (kind: string) => boolean): string[] | undefined;
/** The kind of every non-empty document of a text or of its bytes, or undefined when a document is not plainly written. */
export declare function plainKinds(content: string | Buffer): string[] | undefined;
