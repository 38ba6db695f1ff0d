/**
 * A test that a file's text may hold one of `words` as a value, without parsing it. A YAML or
 * JSON value is written out in its text, but for escapes (`"Name\u0073pace"`, a `\` line
 * continuation in a double-quoted scalar): anchors, aliases and merge keys repeat text of the same
 * file, and folded plain or single-quoted lines join with a space, never into a word. So a text
 * without any of the words and without a backslash holds none of them.
 */
export declare function mayName(words: readonly string[]): (text: string) => boolean;
