/**
 * `variables:` — named CEL expressions a policy defines once. Each `vars.NAME` in an expression is
 * replaced by the parenthesised definition before compiling, so a variable is exactly its
 * expression: unknown tracking, field checks and errors see the fields it reads.
 */
/** Expands `vars.NAME` references, or names the problem (an undefined name, a cycle). */
export type Expansion = {
    ok: true;
    source: string;
} | {
    ok: false;
    message: string;
};
/** Replaces `vars.NAME` outside string literals by `(definition)`, definitions expanded first. */
export declare function expandVariables(source: string, variables: Readonly<Record<string, string>>, seen?: readonly string[]): Expansion;
/** Expands variables inside the `{{ }}` holes of a message, leaving its text alone. */
export declare function expandTemplateVariables(message: string, variables: Readonly<Record<string, string>>): Expansion;
