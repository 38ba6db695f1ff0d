/**
 * `domainMatches(host, pattern)`: whether an allowlist-style pattern admits the host.
 * `example.com` and `.example.com` admit the domain and its subdomains, `*.example.com` only
 * its subdomains, `*` everything. Case-insensitive; a trailing dot is ignored.
 */
export declare function domainMatches(host: string, pattern: string): boolean;
/** `domainMatchesAny(host, patterns)`: whether at least one pattern of the list admits the host. */
export declare function domainMatchesAny(host: string, patterns: readonly string[]): boolean;
/**
 * `wildcardCovers(pattern, domain)`: whether an allowlist entry admits the domain or any of its
 * subdomains, i.e. whether allowing the entry lets traffic reach (part of) that service.
 */
export declare function wildcardCovers(pattern: string, domain: string): boolean;
