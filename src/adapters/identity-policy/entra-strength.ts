import type { UnknownMarker } from "../normalized/unknown.js";
import { entraCombination, factor } from "./factors.js";
import type { At, IdentityBuilder } from "./identity.js";
import type { TerraformBlock } from "./terraform-blocks.js";
import { marker } from "./values.js";

/** Built-in authentication strengths by id: passwordless MFA and phishing-resistant MFA (the plain "MFA" strength allows every method). */
const BUILT_IN_STRENGTHS: Readonly<Record<string, readonly string[]>> = {
  "00000000-0000-0000-0000-000000000003": ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush"],
  "00000000-0000-0000-0000-000000000004": ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"],
};

/**
 * The methods an authentication strength allows, as factors: a built-in strength by id, or an
 * `azuread_authentication_strength_policy` of the scanned files by reference. The built-in
 * `mfa` control allows whatever the tenant's authentication methods policy enables, which is
 * not in these files: no factors are recorded then. `instance` is the module instance part of
 * the referring policy's address (see entra.ts).
 */
export function addStrengthFactors(builder: IdentityBuilder, id: unknown, at: At, strengths: ReadonlyMap<string, TerraformBlock>, instance = ""): void {
  if (id === undefined) return;
  const builtIn = typeof id === "string" ? BUILT_IN_STRENGTHS[id] : undefined;
  if (builtIn) {
    builder.factorsListed(at);
    for (const method of builtIn) builder.factor(factor(entraCombination(method), method, "optional"), at);
    return;
  }
  const reference = marker(id);
  const address = reference && "$expr" in reference ? /^(azuread_authentication_strength_policy\.[\w-]+)\.id$/.exec(reference.$expr.trim())?.[1] : undefined;
  // Strengths are keyed by their full address: the reference resolves in the referring module instance.
  const strength = address ? strengths.get(`${instance}${address}`) : undefined;
  if (!strength) return;
  const combinations = strength.value["allowed_combinations"];
  const listAt = { document: strength.document, path: [...strength.path, "allowed_combinations"] };
  if (!Array.isArray(combinations)) {
    const unknown = marker(combinations);
    if (unknown) builder.unverified(unknown, listAt);
    return;
  }
  builder.factorsListed(listAt);
  combinations.forEach((combination, index) => {
    const where = { document: strength.document, path: [...listAt.path, index] };
    if (typeof combination === "string") builder.factor(factor(entraCombination(combination), combination, "optional"), where);
    else if (marker(combination)) builder.unverified(marker(combination) as UnknownMarker, where);
  });
}
