/**
 * Secret-looking values never reach any output. Two signals: the name they were read
 * under (password, token, ...) and the shape of well-known credential formats.
 */
const SECRET_WORDS = "pass(?:word|wd|phrase)?|secret|token|api[-_]?key|private[-_]?key|credential|auth[-_]?key|salt|access[-_]?key|client[-_]?secret";
const SECRET_NAME = new RegExp(`(${SECRET_WORDS})`, "i");
/** Names that contain a secret word but hold settings about secrets, not secrets. */
const NOT_SECRET_NAME = /(polic(y|ies)|length|expir|rotation|required|enabled|reset|history|min|max|file|path|type|ttl|age|mode|hash(es|ing)?|attempts|lockout)$/i;

const SECRET_SHAPES: readonly RegExp[] = [
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g, // AWS access key ids
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g, // GitLab tokens
  /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g, // Stripe secret and restricted keys
  /\bwhsec_[A-Za-z0-9]{24,}\b/g, // Stripe webhook secrets
  /\bxox[abposre]-[A-Za-z0-9-]{10,}\b/g, // Slack tokens
  /\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g, // Slack webhooks
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API keys
  /\bnpm_[A-Za-z0-9]{36}\b/g, // npm tokens
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, // JWT
];

/** `scheme://user:password@host`: the password goes, the rest stays readable. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"'<>]*:)([^\s@/"'<>]+)(@)/gi;

/** `define('DB_PASSWORD', 'value')` in PHP. */
const DEFINE = new RegExp(`(define\\s*\\(\\s*(['"])[^'"]*(?:${SECRET_WORDS})[^'"]*\\2\\s*,\\s*)(['"])((?:(?!\\3)[^\\n])*)\\3`, "gi");

/**
 * `name: value`, `name = value`, `"name": "value"`, `'name' => 'value'` and `--name=value`, where the name says secret: how parse-error excerpts and messages quote
 * a configuration line. The value (to the end of the quotes, or the next space or delimiter)
 * is replaced.
 */
const ASSIGNMENT = new RegExp(
  `([A-Za-z0-9_.-]*(?:${SECRET_WORDS})[A-Za-z0-9_.-]*)(["']?\\s*(?:=>|:|=)\\s*)(?:"([^"\\n]*)"|'([^'\\n]*)'|([^\\s"',;)}\\]]+))`,
  "gi",
);

export const REDACTED = "[redacted]";

/** True when a key name suggests its value is a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/**
 * Text every redaction needs somewhere: a credential format's fixed part, `://` before a URL
 * password, `define` of PHP, or a secret-sounding word before a value. A text without any is
 * returned as it is, without running the patterns above: a result holds tens of thousands of
 * short strings (statuses, formats, subject ids), and a check of 10,000 files spent 40 ms here.
 * Tested on the text in lower case, with the alternatives in lower case: the same as a
 * case-insensitive test, but for a few characters that only lower-case to ASCII (the Kelvin
 * sign), where it says yes more often, and two thirds of the time on a message of 170
 * characters (a case-insensitive alternation folds every character it tries). It can only say
 * yes more often than the patterns would.
 */
const MAY_HOLD_SECRET = new RegExp(
  `a(?:kia|sia|gpa|ida|roa|npa|nva|ipa|iza)|gh[pousr]_|github_pat_|glpat-|[sr]k_(?:live|test)_|whsec_|xox[abposre]-|hooks\\.slack\\.com|npm_|private key|eyj|://|define|${SECRET_WORDS}`,
);

/** Replaces credential-shaped substrings of a text, and values written after a secret-sounding name. */
export function redactText(text: string): string {
  return MAY_HOLD_SECRET.test(text.toLowerCase()) ? redactEveryPattern(text) : text;
}

/** {@link redactText} without the quick test; exported for the test that the quick test never skips a secret. */
export function redactEveryPattern(text: string): string {
  let out = text;
  for (const shape of SECRET_SHAPES) out = out.replace(shape, REDACTED);
  out = out.replace(URL_PASSWORD, `$1${REDACTED}$3`);
  out = out.replace(DEFINE, `$1$3${REDACTED}$3`);
  return out.replace(ASSIGNMENT, (match, name: string, between: string, double: string | undefined, single: string | undefined, bare: string | undefined, offset: number, whole: string) => {
    const value = double ?? single ?? bare ?? "";
    if (!isSecretName(name) || value === "" || value === REDACTED || /^\[?redacted\]?$/i.test(value)) return match;
    // `bitnami/sealed-secrets-controller:v0.24`: an image's last path component and its tag, not
    // a setting and its value (which a space, a quote or `=` would separate).
    if (between === ":" && whole[offset - 1] === "/") return match;
    // A switch is not a secret: `null passwords = yes` says how passwords are handled.
    if (/^(yes|no|true|false|on|off)[:.]?$/i.test(value)) return match;
    const quote = double !== undefined ? '"' : single !== undefined ? "'" : "";
    return `${name}${between}${quote}${REDACTED}${quote}`;
  });
}

/** A value about to be shown, read through `source` (a CEL expression or key path). */
export function redactValue(source: string, value: unknown): unknown {
  if (readsSecretName(source) && (typeof value === "string" || typeof value === "number")) return REDACTED;
  return redactTree(value);
}

/** Whether the last name an expression reads says secret, by expression: messages repeat a few hundred of them. */
const secretSources = new Map<string, boolean>();

function readsSecretName(source: string): boolean {
  let secret = secretSources.get(source);
  if (secret === undefined) {
    secret = isSecretName(source.split(/[.[\]'"\s]+/).filter(Boolean).pop() ?? "");
    // Bounded: a caller showing values under arbitrary paths cannot grow it without end.
    if (secretSources.size < 10_000) secretSources.set(source, secret);
  }
  return secret;
}

/** Fields that name a setting whose value sits in a sibling field (`{ name: DB_PASSWORD, value: … }`). */
const NAME_FIELDS = ["name", "key", "id", "variable"];
const VALUE_FIELDS = new Set(["value", "default", "raw", "text"]);

/**
 * Strings anywhere in a plain value redacted, the scalar values of secret-named keys replaced,
 * and the value of an entry whose name field is secret-named (Kubernetes `env`, dotenv and INI
 * entries) replaced too.
 */
export function redactTree(value: unknown): unknown {
  if (typeof value === "string") return redactText(value);
  if (Array.isArray(value)) return value.map(redactTree);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const named = NAME_FIELDS.some((field) => Object.hasOwn(record, field) && typeof record[field] === "string" && isSecretName(record[field]));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const scalar = typeof inner === "string" || typeof inner === "number";
    const redacted = scalar && (isSecretName(key) || (named && VALUE_FIELDS.has(key))) ? REDACTED : redactTree(inner);
    Object.defineProperty(out, key, { value: redacted, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
