/** The result of expanding `$VAR` references: the text, or why it cannot be known statically. */
export type Expansion = {
    ok: true;
    text: string;
} | {
    ok: false;
};
/**
 * Longest expansion kept. Each `ARG` default may use the previous one twice
 * (`ARG A1=${A0}${A0}`), so a short file can describe gigabytes; an image reference is short.
 */
export declare const MAX_EXPANSION_LENGTH = 4096;
/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:+alt}` and
 * `${NAME+alt}` with the variables whose values are known (`undefined`: declared without a
 * default, so only the build decides). An escaped `$` stays literal. Any other form, or a
 * variable whose value is not known, or an expansion longer than {@link MAX_EXPANSION_LENGTH},
 * makes the whole text unknown.
 */
export declare function substitute(text: string, variables: ReadonlyMap<string, string | undefined>, escape: string): Expansion;
