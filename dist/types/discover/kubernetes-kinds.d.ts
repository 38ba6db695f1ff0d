/** What the active policies read of a Kubernetes file's objects, decided on its lines. */
export type ObjectsRead = 
/** Nothing: every document is an object of a kind no policy reads (their kinds, one per document). */
{
    unread: string[];
}
/** Some documents only: the file's text with every line of the others blanked (comment lines kept). */
 | {
    text: string;
};
/**
 * What the active policies (`reads`) read of a Kubernetes file (its text, or its bytes as read),
 * when every document is an object written plainly (above) and some is of a kind none reads;
 * `undefined` when the file is to be parsed whole: every object is read, or the lines do not
 * show every kind plainly. A document no policy reads is blanked line by line rather than cut
 * out, so that every other line keeps its number and every other document its place in the
 * stream: the parser drops an empty document and keeps the others' indexes.
 */
export declare function objectsRead(content: string | Buffer, reads: ((kind: string) => boolean) & {
    readonly unread?: readonly string[];
}): ObjectsRead | undefined;
/** The kind of every non-empty document of a text or of its bytes, or undefined when a document is not plainly written. */
export declare function plainKinds(content: string | Buffer): string[] | undefined;
