import type { parse } from "@bufbuild/cel";
/** A parsed CEL expression, as `parse()` gives it. */
export type ParsedCel = ReturnType<typeof parse>;
/** Where one pre-parsed expression sits in the file of parsed expressions: byte offset and length. */
export type PreparsedSlice = readonly [offset: number, length: number];
/** Makes the expressions of a file the build wrote available to {@link parseCel}; each is read when first asked for. */
export declare function addPreparsed(index: Readonly<Record<string, PreparsedSlice>>, path: string): void;
/**
 * Parses a CEL expression, or decodes it when the build parsed it already.
 * @throws Error with the parser's message for a syntax error, as `parse()` does.
 */
export declare function parseCel(source: string): ParsedCel;
/** Whether `parsed` was decoded from the build's file of parsed expressions (see {@link parseCel}). */
export declare function wasPreparsed(parsed: ParsedCel): boolean;
/**
 * Runs `work` and returns, beside its result, every expression it parsed: one file of them
 * (`bytes`) and where each sits in it (`index`), for {@link addPreparsed}. Sorted, so a build
 * writes the same bytes every time.
 */
export declare function recordParses<T>(work: () => T): {
    result: T;
    index: Record<string, PreparsedSlice>;
    bytes: Buffer;
};
