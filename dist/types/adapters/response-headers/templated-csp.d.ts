import type { UnknownMarker } from "../normalized/unknown.js";
/**
 * The policy text of a templated CSP meta element whose only template holes are nonces
 * (`script-src 'nonce-{{ csp_nonce }}'`), the usual way a server-rendered page writes its
 * per-request nonce: the policy's structure is then known and only the nonce value is not.
 * Anything else templated (a whole directive, a host list) stays unknown.
 */
export declare function nonceOnlyPolicy(marker: UnknownMarker): string | undefined;
