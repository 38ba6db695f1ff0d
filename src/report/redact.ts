/**
 * Secret-looking values never reach any output. Two signals: the name they were read
 * under (password, token, ...) and the shape of well-known credential formats.
 */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[-_]?key|private[-_]?key|credential|auth[-_]?key|salt|access[-_]?key)/i;

const SECRET_SHAPES: readonly RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, // Slack tokens
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, // JWT
];

export const REDACTED = "[redacted]";

/** True when a key name suggests its value is a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Replaces credential-shaped substrings of a text. */
export function redactText(text: string): string {
  let out = text;
  for (const shape of SECRET_SHAPES) out = out.replace(shape, REDACTED);
  return out;
}

/** A value about to be shown, read through `source` (a CEL expression or key path). */
export function redactValue(source: string, value: unknown): unknown {
  const lastName = source.split(/[.[\]'"\s]+/).filter(Boolean).pop() ?? "";
  if (isSecretName(lastName) && (typeof value === "string" || typeof value === "number")) return REDACTED;
  return typeof value === "string" ? redactText(value) : value;
}
