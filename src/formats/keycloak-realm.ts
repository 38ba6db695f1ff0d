/** Paths Keycloak realm exports are saved under: the admin console's `realm-export.json`, `kc.sh export`'s `<realm>-realm.json`. */
export const KEYCLOAK_REALM_PATHS: readonly string[] = ["**/realm-export.json", "**/*-realm.json"];

/** Other JSON files are realm exports when their text looks like one. */
export const KEYCLOAK_REALM_SNIFFED_PATHS: readonly string[] = ["**/*.json"];

/**
 * Keys only a realm representation has, for partial imports (`realm-import.json` of the
 * Keycloak operator or `--import-realm`) that carry no flows: realm settings and clients with
 * Keycloak's `clientId`/`publicClient` pair.
 */
const PARTIAL_IMPORT = /"(?:otpPolicyType|bruteForceProtected|browserFlow|sslRequired|registrationAllowed|webAuthnPolicyPasswordlessRpEntityName)"\s*:/;

/**
 * A realm export names its realm and carries its authentication flows or required actions;
 * both keys are Keycloak's own, so other JSON rarely has the pair.
 */
export function sniffKeycloakRealm(text: string): boolean {
  return (
    /"realm"\s*:\s*"/.test(text) &&
    (
      /"(?:authenticationFlows|requiredActions)"\s*:\s*\[/.test(text) ||
      PARTIAL_IMPORT.test(text) ||
      (/"clientId"\s*:/.test(text) && /"publicClient"\s*:/.test(text))
    )
  );
}

/**
 * A whole string value that Keycloak (or keycloak-config-cli) replaces when it imports the realm:
 * `${ENV_VAR}`, `${ENV_VAR:default}` (Keycloak's `--import-realm`), `$(env:ENV_VAR)`
 * (keycloak-config-cli). What the realm finally holds is not in the file.
 */
const PLACEHOLDER = /^(?:\$\{[A-Za-z_][A-Za-z0-9_.]*(?::[^}]*)?\}|\$\((?:env:)?[A-Za-z_][A-Za-z0-9_.]*(?::[^)]*)?\))$/;

/** A realm export's value, its import placeholders turned into `$expr` markers. */
export function markRealmPlaceholders(value: unknown): unknown {
  if (typeof value === "string") return PLACEHOLDER.test(value) ? { $expr: value } : value;
  if (Array.isArray(value)) return value.map(markRealmPlaceholders);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) Object.defineProperty(out, key, { value: markRealmPlaceholders(entry), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
