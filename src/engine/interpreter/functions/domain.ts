import { celFunc, CelScalar, listType } from "@bufbuild/cel";
import { domainMatches as admits, wildcardCovers as reaches } from "../../functions/domain.js";
import { normalizeDomain, parseDomainPattern, patternAdmits } from "../../functions/support/domain-names.js";
import { stringList } from "./support/cel-args.js";

const { BOOL, DYN, STRING } = CelScalar;

/* The domain functions as CEL declares them (their behaviour: ../../functions/domain.ts). */

export const domainMatches = celFunc("domainMatches", [STRING, STRING], BOOL, admits);

/** `domainMatchesAny(host, patterns)`: whether at least one pattern of the list admits the host. */
export const domainMatchesAny = celFunc("domainMatchesAny", [STRING, listType(DYN)], BOOL, (host, patterns) => {
  const name = normalizeDomain("domainMatchesAny", host);
  return stringList("domainMatchesAny", "patterns", patterns).some((pattern) => patternAdmits(parseDomainPattern("domainMatchesAny", pattern), name));
});

export const wildcardCovers = celFunc("wildcardCovers", [STRING, STRING], BOOL, reaches);
