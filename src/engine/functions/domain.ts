import { normalizeDomain, parseDomainPattern, patternAdmits, patternReaches } from "./support/domain-names.js";

/* norecur's domain functions (docs/functions.md) as plain functions; see cidr.ts. */

/**
 * `domainMatches(host, pattern)`: whether an allowlist-style pattern admits the host.
 * `example.com` and `.example.com` admit the domain and its subdomains, `*.example.com` only
 * its subdomains, `*` everything. Case-insensitive; a trailing dot is ignored.
 */
export function domainMatches(host: string, pattern: string): boolean {
  return patternAdmits(parseDomainPattern("domainMatches", pattern), normalizeDomain("domainMatches", host));
}

/** `domainMatchesAny(host, patterns)`: whether at least one pattern of the list admits the host. */
export function domainMatchesAny(host: string, patterns: readonly string[]): boolean {
  const name = normalizeDomain("domainMatchesAny", host);
  return patterns.some((pattern) => patternAdmits(parseDomainPattern("domainMatchesAny", pattern), name));
}

/**
 * `wildcardCovers(pattern, domain)`: whether an allowlist entry admits the domain or any of its
 * subdomains, i.e. whether allowing the entry lets traffic reach (part of) that service.
 */
export function wildcardCovers(pattern: string, domain: string): boolean {
  return patternReaches(parseDomainPattern("wildcardCovers", pattern), normalizeDomain("wildcardCovers", domain));
}
