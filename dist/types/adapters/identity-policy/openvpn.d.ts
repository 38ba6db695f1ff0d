import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * OpenVPN servers (files with `server`, `server-bridge` or `mode server`; client profiles are
 * not subjects: the server decides). Two factors are a verified client certificate plus a
 * user check (`plugin`, `auth-user-pass-verify`, `management-client-auth`), or an OTP plugin.
 * `verify-client-cert none|optional` (legacy `client-cert-not-required`) drops the certificate;
 * `auth-user-pass-optional` lets clients skip the user check; `duplicate-cn` lets many people
 * share one certificate, so the certificate no longer identifies anyone.
 */
export declare function openvpnSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const openvpnReader: ProductReader;
