import { celFunc, CelScalar, listType } from "@bufbuild/cel";
import { stringList } from "./support/cel-args.js";
import { normalizeDomain, parseDomainPattern, patternAdmits, patternReaches } from "./support/domain-names.js";

const { BOOL, DYN, STRING } = CelScalar;

/**
 * `domainMatches(host, pattern)`: whether an allowlist-style pattern admits the host.
 * `example.com` and `.example.com` admit the domain and its subdomains, `*.example.com` only
 * its subdomains, `*` everything. Case-insensitive; a trailing dot is ignored.
 */
export const domainMatches = celFunc("domainMatches", [STRING, STRING], BOOL, (host, pattern) =>
  patternAdmits(parseDomainPattern("domainMatches", pattern), normalizeDomain("domainMatches", host)),
);

/** `domainMatchesAny(host, patterns)`: whether at least one pattern of the list admits the host. */
export const domainMatchesAny = celFunc("domainMatchesAny", [STRING, listType(DYN)], BOOL, (host, patterns) => {
  const name = normalizeDomain("domainMatchesAny", host);
  return stringList("domainMatchesAny", "patterns", patterns).some((pattern) =>
    patternAdmits(parseDomainPattern("domainMatchesAny", pattern), name),
  );
});

/**
 * `wildcardCovers(pattern, domain)`: whether an allowlist entry admits the domain or any of its
 * subdomains, i.e. whether allowing the entry lets traffic reach (part of) that service.
 */
export const wildcardCovers = celFunc("wildcardCovers", [STRING, STRING], BOOL, (pattern, domain) =>
  patternReaches(parseDomainPattern("wildcardCovers", pattern), normalizeDomain("wildcardCovers", domain)),
);
