import { celFunc, CelScalar, listType } from "@bufbuild/cel";
import { domainMatches as admits, domainMatchesAny as admitsAny, wildcardCovers as reaches } from "../../functions/domain.js";
import { stringList } from "./support/cel-args.js";

const { BOOL, DYN, STRING } = CelScalar;

/* The domain functions as CEL declares them (their behaviour: ../../functions/domain.ts). */

export const domainMatches = celFunc("domainMatches", [STRING, STRING], BOOL, admits);

/** `domainMatchesAny(host, patterns)`, its list of patterns checked to hold strings only. */
export const domainMatchesAny = celFunc("domainMatchesAny", [STRING, listType(DYN)], BOOL, (host, patterns) => admitsAny(host, stringList("domainMatchesAny", "patterns", patterns)));

export const wildcardCovers = celFunc("wildcardCovers", [STRING, STRING], BOOL, reaches);
