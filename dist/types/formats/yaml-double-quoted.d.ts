/**
 * The text of a double-quoted scalar's part between its quotes on one line, its escapes read as
 * js-yaml 4 reads them (a code point past U+FFFF as a surrogate pair); undefined for an unknown
 * escape, a short or bad hex escape, a code point past U+10FFFF, or a backslash ending the part
 * (an escaped line break, which the caller leaves to js-yaml).
 */
export declare function unescapeDoubleQuoted(raw: string): string | undefined;
