import type { UnrecognisedText } from "../../discover/discover.js";
import type { Document } from "../../types.js";
import { type IncludeProduct } from "./lookup.js";
/** A file read because a configuration includes it, with the format of its includer. */
export interface AdoptedFile {
    path: string;
    format: IncludeProduct;
    read: UnrecognisedText;
}
/**
 * The files, among those discovery did not recognise, that some nginx or Squid configuration
 * includes: nginx reads `include global/server/fastcgi-cache.conf` whatever the file is called,
 * so norecur does too, with the includer's format. Files they include in turn are found by the
 * next call, once they are parsed; `parseAdopted` loops until no new file is named.
 */
export declare function includedUnrecognised(parsed: ReadonlyArray<{
    document: Document;
    format: string;
}>, unrecognised: ReadonlyMap<string, () => UnrecognisedText>): AdoptedFile[];
