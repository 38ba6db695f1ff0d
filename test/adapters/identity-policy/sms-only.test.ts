import { cpSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";
import { makeTree } from "../../helpers/tree.js";

const POLICY_DIR = resolve("policies/mfa/identity-provider-mfa");

/** One fixture per product whose only second factors are codes sent by SMS (or e-mail, or voice). */
const SMS_ONLY = [
  ["okta", "okta-fail-sms-only"],
  ["auth0", "auth0-fail-weak"],
  ["entra-id", "entra-fail-sms-strength"],
  ["cognito", "cognito-fail-sms-only"],
  ["keycloak", "keycloak-fail-sms-only"],
] as const;

async function run(fixture: string, config?: string) {
  const root = makeTree(config ? { ".norecur.yml": config } : {});
  cpSync(resolve(POLICY_DIR, "fixtures", fixture), root, { recursive: true });
  return check({ cwd: root, builtin: false, policyDirs: [POLICY_DIR], ...(config ? {} : { config: false }) });
}

describe("SMS-only second factors are judged alike across identity providers", () => {
  it.each(SMS_ONLY)("%s: one critical failure, worded by the policy from the factors", async (product, fixture) => {
    const { findings } = await run(fixture);
    expect(findings.map((f) => [f.policyId, f.status, f.severity])).toEqual([["NR-MFA-001", "fail", "critical"]]);
    expect(findings[0]?.message).toMatch(new RegExp(`^${product} ".+" lets users meet its second-factor requirement only with .*\\((sms|voice|email)\\)`));
    expect(findings[0]?.message).not.toMatch(/\((otp-app|push|webauthn)\)/);
  });

  it.each(SMS_ONLY)("%s: passes when the team's acceptedFactorKinds counts SMS, e-mail and voice", async (_product, fixture) => {
    const config = "params:\n  NR-MFA-001:\n    acceptedFactorKinds: [otp-app, push, webauthn, sms, voice, email]\n";
    const { findings } = await run(fixture, config);
    expect(findings).toEqual([]);
  });

  it("a wrongly typed acceptedFactorKinds override stops the run at its line", async () => {
    const config = "params:\n  NR-MFA-001:\n    acceptedFactorKinds: [sms, carrier-pigeon]\n";
    await expect(run("okta-fail-sms-only", config)).rejects.toThrow(/\.norecur\.yml:3:26: params\.NR-MFA-001\.acceptedFactorKinds: 1 must be one of/);
    expect(readFileSync(resolve(POLICY_DIR, "policy.yaml"), "utf8")).toContain("acceptedFactorKinds");
  });
});
