import type { CelFunc } from "@bufbuild/cel";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Every function norecur adds to CEL, sorted by name. Those that read the clock close over
 * the run's `now`, so this is built once per run. (`matches` is not here: it is CEL's own,
 * given the RE2 engine through `celEnv({ re2 })`.)
 */
export declare function engineFunctions(now: Timestamp): CelFunc[];
