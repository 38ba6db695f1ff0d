export declare const REDACTED = "[redacted]";
/** True when a key name suggests its value is a secret. */
export declare function isSecretName(name: string): boolean;
/** Replaces credential-shaped substrings of a text, and values written after a secret-sounding name. */
export declare function redactText(text: string): string;
/** {@link redactText} without the quick test; exported for the test that the quick test never skips a secret. */
export declare function redactEveryPattern(text: string): string;
/** A value about to be shown, read through `source` (a CEL expression or key path). */
export declare function redactValue(source: string, value: unknown): unknown;
/**
 * Strings anywhere in a plain value redacted, the scalar values of secret-named keys replaced,
 * and the value of an entry whose name field is secret-named (Kubernetes `env`, dotenv and INI
 * entries) replaced too.
 */
export declare function redactTree(value: unknown): unknown;
