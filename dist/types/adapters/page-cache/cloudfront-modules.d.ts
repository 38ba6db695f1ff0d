import type { Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * A CloudFront distribution made by a module whose code is not in the scanned files (a registry
 * or Git source such as `terraform-aws-modules/cloudfront/aws`): its behaviors cannot be read, so
 * it is one subject whose caching is unknown, not a distribution that silently passes. Local
 * modules (`./`, `../`) are read as the resources they declare.
 */
export declare function cloudfrontModuleSubjects(input: AdapterInput): Subject[];
/** What this module reads, and how. */
export declare const cloudfrontModulesReader: ProductReader;
