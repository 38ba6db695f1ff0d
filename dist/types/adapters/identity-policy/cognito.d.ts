import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * Amazon Cognito user pools (`aws_cognito_user_pool`): `mfa_configuration` is `OFF` unless
 * set, and `OPTIONAL` lets every user who never enrolled sign in with a password alone.
 */
export declare function cognitoSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const cognitoReader: ProductReader;
