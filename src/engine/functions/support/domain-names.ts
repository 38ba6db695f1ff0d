/**
 * Domain names and allowlist patterns, compared label by label. Comparison is
 * case-insensitive and ignores one trailing dot (`Example.COM.` is `example.com`).
 */

/** What an allowlist entry admits. */
export type DomainPattern =
  | { kind: "any" }
  | { kind: "domain-and-subdomains"; base: string }
  | { kind: "subdomains"; base: string };

// Letters, digits, `-` and `_` (used by SRV and DKIM names); any non-ASCII character, so
// internationalised names written in Unicode compare too.
const LABEL = /^(?:[a-z0-9_-]|[^\x00-\x7f])+$/;

/**
 * Normalises a host name: lower case, without its trailing dot.
 * @throws Error when it is not a domain name (empty labels, spaces, ports, slashes, `*`, ...).
 */
export function normalizeDomain(fn: string, text: string): string {
  const lower = text.toLowerCase();
  const name = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  const labels = name.split(".");
  if (name === "" || name.length > 253 || !labels.every((label) => label.length <= 63 && LABEL.test(label))) {
    throw new Error(`${fn}: ${JSON.stringify(text)} is not a domain name`);
  }
  return name;
}

/**
 * Reads an allowlist entry: `*` (everything), `*.example.com` (subdomains only, at any depth),
 * `.example.com` (Squid's dstdomain style) or `example.com` (both: the domain and its subdomains).
 * @throws Error for a `*` anywhere but as the whole first label, or an invalid domain.
 */
export function parseDomainPattern(fn: string, text: string): DomainPattern {
  if (text === "*") return { kind: "any" };
  const wildcard = text.startsWith("*.");
  const base = wildcard ? text.slice(2) : text.startsWith(".") ? text.slice(1) : text;
  if (base.includes("*")) {
    throw new Error(`${fn}: ${JSON.stringify(text)}: a wildcard is only allowed as the whole first label, as in *.example.com`);
  }
  let name: string;
  try {
    name = normalizeDomain(fn, base);
  } catch {
    throw new Error(`${fn}: ${JSON.stringify(text)} is not a domain pattern`);
  }
  return wildcard ? { kind: "subdomains", base: name } : { kind: "domain-and-subdomains", base: name };
}

/** Whether `name` is `base` or one of its subdomains; both normalised. */
export function isWithin(name: string, base: string): boolean {
  return name === base || name.endsWith(`.${base}`);
}

/** Whether the pattern admits the (normalised) host. */
export function patternAdmits(pattern: DomainPattern, host: string): boolean {
  switch (pattern.kind) {
    case "any":
      return true;
    case "subdomains":
      return host !== pattern.base && isWithin(host, pattern.base);
    case "domain-and-subdomains":
      return isWithin(host, pattern.base);
  }
}

/**
 * Whether the pattern admits the (normalised) domain or any name under it. Every pattern admits
 * a whole subtree of names (minus its root for `*.`), and two subtrees meet exactly when one
 * root is within the other: so `*.dropbox.com`, `.com` and `content.dropbox.com` all reach
 * `dropbox.com`, while `dropbox.com.evil.net` does not.
 */
export function patternReaches(pattern: DomainPattern, domain: string): boolean {
  if (pattern.kind === "any") return true;
  return isWithin(domain, pattern.base) || isWithin(pattern.base, domain);
}
