import { factor, oktaFactorType } from "./factors.js";
import type { IdentityBuilder } from "./identity.js";
import type { TerraformBlock } from "./terraform-blocks.js";
import { marker, member, shown, text } from "./values.js";

/**
 * A classic sign-on rule with `access = "CHALLENGE"` signs users in through its
 * `factor_sequence` blocks, whatever `mfa_required` says: each sequence is a primary factor
 * (usually the password) and the `secondary_criteria` Okta then demands. A second factor is
 * required when every sequence has one; the secondary factor types are the factors offered.
 */
export function challengeRule(found: TerraformBlock, builder: IdentityBuilder): void {
  const here = (path: Array<string | number>) => ({ document: found.document, path: [...found.path, ...path] });
  const raw = found.value["factor_sequence"];
  const unknown = marker(raw);
  if (unknown) {
    builder.secondFactor(unknown, `factor_sequence = ${shown(raw)}`, here(["factor_sequence"]));
    return;
  }
  const sequences = Array.isArray(raw) ? raw : raw !== undefined ? [raw] : [];
  if (sequences.length === 0) {
    builder.secondFactor("off", 'access = "CHALLENGE" without a factor_sequence', here(["access"]));
    return;
  }
  builder.factorsListed(here(["factor_sequence"]));
  let single: number | undefined;
  sequences.forEach((sequence, index) => {
    const path = Array.isArray(raw) ? ["factor_sequence", index] : ["factor_sequence"];
    const secondary = member(sequence, "secondary_criteria");
    const criteria = Array.isArray(secondary) ? secondary : secondary !== undefined ? [secondary] : [];
    criteria.forEach((criterion, at) => {
      const type = text(member(criterion, "factor_type"));
      const kind = type === undefined ? undefined : oktaFactorType(type);
      const where = here([...path, "secondary_criteria", ...(Array.isArray(secondary) ? [at] : []), "factor_type"]);
      if (kind) builder.factor(factor(kind, type ?? kind, "optional"), where);
    });
    if (criteria.length === 0) single ??= index;
  });
  if (single === undefined) {
    builder.secondFactor("required", 'access = "CHALLENGE": every factor_sequence has a secondary_criteria', here(["access"]));
  } else {
    const path = Array.isArray(raw) ? ["factor_sequence", single] : ["factor_sequence"];
    const primary = shown(member(sequences[single], "primary_criteria_factor_type"));
    builder.secondFactor("off", `access = "CHALLENGE": factor_sequence with primary ${primary} has no secondary_criteria`, here(path));
  }
}
