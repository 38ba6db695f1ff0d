import type { Origin } from "../normalized/source-map.js";
import type { PageCacheOrigin } from "./shape.js";
import { type Resource } from "./terraform.js";
/**
 * What a Cloudflare zone's cache rules store pages of: the proxied DNS records of the same
 * module (`cloudflare_record` with `proxied = true`) name the origins. When every one points at
 * a static host (an S3 website, Pages) the zone serves files: `static`. A record pointing
 * anywhere else is `application`; with no proxied record in the files, or with one whose
 * `proxied` is not a literal pointing at anything else, `unknown`.
 */
export declare function zoneOrigin(resources: readonly Resource[], cache: Resource): {
    origin: PageCacheOrigin;
    at?: Origin;
};
