/**
 * Domain names and allowlist patterns, compared label by label. Comparison is
 * case-insensitive and ignores one trailing dot (`Example.COM.` is `example.com`).
 */
/** What an allowlist entry admits. */
export type DomainPattern = {
    kind: "any";
} | {
    kind: "domain-and-subdomains";
    base: string;
} | {
    kind: "subdomains";
    base: string;
};
/**
 * Normalises a host name: lower case, without its trailing dot.
 * @throws Error when it is not a domain name (empty labels, spaces, ports, slashes, `*`, ...).
 */
export declare function normalizeDomain(fn: string, text: string): string;
/**
 * Reads an allowlist entry: `*` (everything), `*.example.com` (subdomains only, at any depth),
 * `.example.com` (Squid's dstdomain style) or `example.com` (both: the domain and its subdomains).
 * @throws Error for a `*` anywhere but as the whole first label, or an invalid domain.
 */
export declare function parseDomainPattern(fn: string, text: string): DomainPattern;
/** Whether `name` is `base` or one of its subdomains; both normalised. */
export declare function isWithin(name: string, base: string): boolean;
/** Whether the pattern admits the (normalised) host. */
export declare function patternAdmits(pattern: DomainPattern, host: string): boolean;
/**
 * Whether the pattern admits the (normalised) domain or any name under it. Every pattern admits
 * a whole subtree of names (minus its root for `*.`), and two subtrees meet exactly when one
 * root is within the other: so `*.dropbox.com`, `.com` and `content.dropbox.com` all reach
 * `dropbox.com`, while `dropbox.com.evil.net` does not.
 */
export declare function patternReaches(pattern: DomainPattern, domain: string): boolean;
