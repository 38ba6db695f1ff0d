import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * Auth0 Guardian (`auth0_guardian`): `policy = "never"` asks nobody, `"confidence-score"` only
 * when Auth0 judges a login risky. Every enabled factor is recorded with its kind (the phone
 * factor as SMS and/or voice, from `message_types`); whether they are strong enough is the
 * policy's call. A factor switch that is not a literal is a factor whose enrolment is unknown.
 */
export declare function auth0Subjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const auth0Reader: ProductReader;
