export declare const REDACTED = "[redacted]";
/** True when a key name suggests its value is a secret. */
export declare function isSecretName(name: string): boolean;
/** Replaces credential-shaped substrings of a text. */
export declare function redactText(text: string): string;
/** A value about to be shown, read through `source` (a CEL expression or key path). */
export declare function redactValue(source: string, value: unknown): unknown;
