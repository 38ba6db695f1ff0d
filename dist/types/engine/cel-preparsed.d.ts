import { parse } from "@bufbuild/cel";
/** A parsed CEL expression, as `parse()` gives it. */
export type ParsedCel = ReturnType<typeof parse>;
/** Makes pre-parsed expressions available to {@link parseCel}. */
export declare function addPreparsed(entries: Readonly<Record<string, string>>): void;
/**
 * Parses a CEL expression, or decodes it when the build parsed it already.
 * @throws Error with the parser's message for a syntax error, as `parse()` does.
 */
export declare function parseCel(source: string): ParsedCel;
/** Runs `work` and returns, beside its result, every expression it parsed, encoded for {@link addPreparsed}. */
export declare function recordParses<T>(work: () => T): {
    result: T;
    parsed: Record<string, string>;
};
