import type { Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * CloudFront (`aws_cloudfront_distribution` in Terraform), one subject per cache behavior.
 * CloudFront sends a request to the first ordered behavior whose `path_pattern` matches, else
 * to the default behavior, so the path patterns of earlier behaviors are exclusions of later
 * ones. A behavior caches when its maximum TTL is above 0; a minimum TTL above 0 caches even
 * responses saying `no-cache`, `no-store` or `private`. Cookies do not vary the cache unless
 * the cache key includes them, so only cookies in the key keep visitors' pages apart.
 */
export declare function cloudfrontSubjects(input: AdapterInput): Subject[];
/** What this module reads, and how. */
export declare const cloudfrontReader: ProductReader;
