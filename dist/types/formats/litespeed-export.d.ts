import type { Parser } from "../types.js";
/**
 * LiteSpeed Cache for WordPress settings export (`LSCWP_cfg-<host>_-<date>.data`). Since v4 the
 * plugin writes one JSON array `["<option id>", <value>]` per line, blank lines between, the
 * first being `["_version","x.y"]`; older versions wrote base64 of one JSON object. Either way
 * the document is an object of option id → value; a repeated id keeps its last value, as the
 * plugin's import does. Positions point into the line the option was written on (a base64
 * export has none finer than the whole file).
 */
export declare const litespeedExportParser: Parser;
