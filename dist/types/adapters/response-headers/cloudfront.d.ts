import type { Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
/**
 * CloudFront `aws_cloudfront_response_headers_policy` with a
 * `security_headers_config.content_security_policy` block: CloudFront adds the header to every
 * response of the behaviors that use the policy (with `override`, replacing the origin's).
 */
export declare function cloudfrontSubjects(input: AdapterInput): Subject[];
