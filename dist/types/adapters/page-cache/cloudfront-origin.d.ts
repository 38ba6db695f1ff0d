import type { Origin } from "../normalized/source-map.js";
import type { PageCacheOrigin } from "./shape.js";
import { type Resource } from "./terraform.js";
/**
 * What a CloudFront behavior caches: the origin its `target_origin_id` names. An S3 bucket (an
 * `s3_origin_config`, an S3 domain or a bucket's domain attribute) holds files, a static site;
 * any other origin renders pages, as far as the files say. Origins built by a `dynamic` block or
 * named by an id that is not a literal are unknown.
 */
export declare function behaviorOrigin(distribution: Resource, behavior: Record<string, unknown>, here: (...rest: Array<string | number>) => Origin): {
    origin: PageCacheOrigin;
    at: Origin;
};
