import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";
import { makeTree } from "../../helpers/tree.js";

const MFA_POLICIES = resolve("policies/mfa");

const POLICY = (state: string, users: string, extra = "") => `resource "azuread_conditional_access_policy" "p${users.length}" {
  display_name = "p"
  state        = "${state}"
  conditions {
    client_app_types = ["all"]
    applications {
      included_applications = ["All"]
    }
    users {
      ${users}
      ${extra}
    }
  }
  grant_controls {
    operator          = "OR"
    built_in_controls = ["mfa"]
  }
}
`;

async function findings(files: Record<string, string>): Promise<string[]> {
  const root = makeTree(files);
  const result = await check({ cwd: root, paths: ["."], builtin: false, policyDirs: [MFA_POLICIES], config: files[".norecur.yml"] ? ".norecur.yml" : false });
  return result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column} ${f.status}`);
}

describe("the MFA policies over identity-policy subjects", () => {
  it("accept break-glass accounts listed in breakGlassAccounts, and only those", async () => {
    const tf = POLICY("enabled", 'included_users = ["All"]', 'excluded_users = ["bg-1", "someone"]');
    expect(await findings({ "ca.tf": tf })).toEqual(["NR-MFA-001 ca.tf:11:25 fail", "NR-MFA-001 ca.tf:11:33 fail"]);
    const config = "params:\n  NR-MFA-001:\n    breakGlassAccounts: [bg-1]\n";
    expect(await findings({ "ca.tf": tf, ".norecur.yml": config })).toEqual(["NR-MFA-001 ca.tf:11:33 fail"]);
  });

  it("accept a policy for some users only when another policy of the product covers everyone", async () => {
    const admins = POLICY("enabled", 'included_roles = ["62e90394-69f5-4237-9190-012177145e10"]');
    expect(await findings({ "admins.tf": admins })).toEqual(["NR-MFA-001 admins.tf:9:5 fail"]);
    expect(await findings({ "admins.tf": admins, "all.tf": POLICY("enabled", 'included_users = ["All"]') })).toEqual([]);
    // A report-only policy for everyone does not count.
    expect(await findings({ "admins.tf": admins, "all.tf": POLICY("enabledForReportingButNotEnforced", 'included_users = ["All"]') })).toEqual([
      "NR-MFA-001 admins.tf:9:5 fail",
      "NR-MFA-001 all.tf:3:18 fail",
    ]);
  });

  it("exempt identity stores by name", async () => {
    const pools = 'resource "aws_cognito_user_pool" "c" {\n  name = "customers-prod"\n  mfa_configuration = "OPTIONAL"\n}\n';
    expect(await findings({ "pools.tf": pools })).toEqual(["NR-MFA-001 pools.tf:3:23 fail"]);
    expect(await findings({ "pools.tf": pools, ".norecur.yml": "params:\n  NR-MFA-001:\n    exempt: ['customers-*']\n" })).toEqual([]);
  });

  it("read the GitLab grace period limit from the config", async () => {
    const group = 'resource "gitlab_group" "g" {\n  path = "g"\n  require_two_factor_authentication = true\n  two_factor_grace_period = 72\n}\n';
    expect(await findings({ "gitlab.tf": group })).toEqual(["NR-MFA-003 gitlab.tf:4:29 fail"]);
    expect(await findings({ "gitlab.tf": group, ".norecur.yml": "params:\n  NR-MFA-003:\n    maxGracePeriodHours: 72\n" })).toEqual([]);
  });
});
