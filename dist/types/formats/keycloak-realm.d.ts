/** Paths Keycloak realm exports are saved under: the admin console's `realm-export.json`, `kc.sh export`'s `<realm>-realm.json`. */
export declare const KEYCLOAK_REALM_PATHS: readonly string[];
/** Other JSON files are realm exports when their text looks like one. */
export declare const KEYCLOAK_REALM_SNIFFED_PATHS: readonly string[];
/**
 * A realm export names its realm and carries its authentication flows or required actions;
 * both keys are Keycloak's own, so other JSON rarely has the pair.
 */
export declare function sniffKeycloakRealm(text: string): boolean;
/** A realm export's value, its import placeholders turned into `$expr` markers. */
export declare function markRealmPlaceholders(value: unknown): unknown;
