/** Most alternatives one pattern may expand to (`{a,b}{c,d}` is four). */
export declare const MAX_GLOB_ALTERNATIVES = 256;
/**
 * Expands `{a,b}` alternation into separate patterns, like micromatch. A group without a comma
 * (`{a}`) stays literal and comes out escaped. Brace ranges (`{1..9}`) are refused: they are
 * the classic way to make a glob engine build something enormous. Expansion is capped at
 * {@link MAX_GLOB_ALTERNATIVES}, since nested groups multiply.
 * @throws Error for unbalanced braces, ranges, or too many alternatives.
 */
export declare function expandBraces(pattern: string): string[];
