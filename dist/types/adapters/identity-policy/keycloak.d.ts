import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * Keycloak realm exports. A second factor is enforced when the bound browser flow runs an OTP
 * or WebAuthn step unconditionally, or when enrolment is a default required action (every new
 * user must configure OTP, after which the conditional OTP asks it). The default flows ask OTP
 * only from users who already configured it: a bypass for everyone else. Clients with direct
 * access grants (the OAuth password grant) skip the browser flow: they are a gap unless the
 * direct grant flow demands OTP too. Per-client flow overrides are gaps when weaker.
 */
export declare function keycloakSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const keycloakReader: ProductReader;
