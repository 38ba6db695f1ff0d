import type { DocPath, ParseOptions, ParseResult, Parser } from "../types.js";
/**
 * Deepest nesting of a parsed value that the rest of the pipeline accepts. Adapters, the CEL
 * engine and the reporters walk values recursively; configuration files nest a dozen levels,
 * so a value deeper than this is hostile or broken and is reported rather than walked.
 */
export declare const MAX_NESTING = 256;
/**
 * Runs a parser so that no input can exhaust the stack past it: a parsed document nested
 * deeper than {@link MAX_NESTING} becomes a positioned parse error "nested too deeply", and a
 * parser that exhausts the stack itself gives the same error, placed where the brackets of the
 * text first go deeper than the bound.
 */
export declare function parseBounded(parser: Parser, text: string, path: string, options?: ParseOptions): ParseResult;
/** Marks a result whose values its parser measured within {@link MAX_NESTING}: {@link parseBounded} does not walk them again. */
export declare function withinBound(result: ParseResult): ParseResult;
/**
 * The path of a node deeper than the bound, or undefined. Heights are computed bottom-up with an
 * explicit stack and remembered per object, so shared subtrees (YAML aliases) are measured once
 * however often they are reused; a value that contains itself counts as too deep.
 */
export declare function deepPath(value: unknown): DocPath | undefined;
