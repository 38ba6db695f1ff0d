import type { Parser } from "../types.js";
/** JSON, with the placeholders Keycloak resolves at import time read as unknown values. */
export declare const keycloakRealmParser: Parser;
