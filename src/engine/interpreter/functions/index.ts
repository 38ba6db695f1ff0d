import type { CelFunc } from "@bufbuild/cel";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { blocks } from "./blocks.js";
import { cidrContains, cidrOverlaps, isAllAddresses, isCidr } from "./cidr.js";
import { addDays, date, daysBetween, daysSince, daysUntil } from "./dates.js";
import { domainMatches, domainMatchesAny, wildcardCovers } from "./domain.js";
import { globMatches, globMatchesAny } from "./glob.js";
import { regexFind } from "./regex-find.js";
import { isUnknown } from "./unknown.js";
import { known } from "./known.js";

/**
 * Every function norecur adds to CEL, sorted by name. Those that read the clock close over
 * the run's `now`, so this is built once per run. (`matches` is not here: it is CEL's own,
 * given the RE2 engine through `celEnv({ re2 })`.)
 */
export function engineFunctions(now: Timestamp): CelFunc[] {
  return [
    addDays,
    blocks,
    cidrContains,
    cidrOverlaps,
    date,
    daysBetween,
    daysSince(now),
    daysUntil(now),
    domainMatches,
    domainMatchesAny,
    globMatches,
    globMatchesAny,
    isAllAddresses,
    isCidr,
    isUnknown,
    known,
    regexFind,
    wildcardCovers,
  ];
}
