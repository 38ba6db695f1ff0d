import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleChanges } from "../../src/diff/rule-changes.js";
import { isPolicyFile, ruleFiles } from "../../src/diff/rule-files.js";
import { commit, git, gitRepo, write } from "../git/repo.js";

describe("ruleFiles", () => {
  it("resolves the config's policy directories and waivers file against the config's directory", () => {
    const text = "policies: [../shared/policies, ./local]\nwaivers:\n  file: exceptions.yml\n";
    expect(ruleFiles("ci/norecur.yml", text, { config: "ci/norecur.yml", policyDirs: ["./extra/"] })).toEqual({
      configs: ["ci/norecur.yml"],
      policyDirs: ["shared/policies", "ci/local", "extra"],
      waivers: "ci/exceptions.yml",
    });
  });

  it("falls back to defaults for a broken or absent config", () => {
    expect(ruleFiles(".norecur.yml", "policies: [unclosed", {})).toEqual({ configs: [".norecur.yml", ".norecur.yaml"], policyDirs: [], waivers: ".norecur/waivers.yml" });
    expect(ruleFiles(undefined, undefined, { config: false })).toEqual({ configs: [], policyDirs: [], waivers: ".norecur/waivers.yml" });
  });

  it("recognizes policy files as the loader does", () => {
    expect(isPolicyFile("p/a/policy.yaml", ["p"])).toBe(true);
    expect(isPolicyFile("p/img.policy.yml", ["p"])).toBe(true);
    expect(isPolicyFile("p/README.md", ["p"])).toBe(false);
    expect(isPolicyFile("p/.hidden/x.policy.yaml", ["p"])).toBe(false);
    expect(isPolicyFile("p/node_modules/x/policy.yaml", ["p"])).toBe(false);
    expect(isPolicyFile("px/policy.yaml", ["p"])).toBe(false);
    expect(isPolicyFile("any/policy.yaml", ["."])).toBe(true);
  });
});

describe("ruleChanges", () => {
  it("lists policy files, config and waivers a change adds, modifies or deletes, renames as both", () => {
    const cwd = gitRepo({
      ".norecur.yml": "policies: [policies]\nwaivers:\n  file: ops/waivers.yml\n",
      "policies/a.policy.yaml": "id: A\n",
      "policies/b/policy.yaml": "id: B\n",
      "policies/notes.md": "notes\n",
      "ops/waivers.yml": "version: 1\nwaivers: []\n",
      "k8s/deploy.yaml": "kind: Deployment\n",
    });
    git(cwd, "checkout", "-q", "-b", "feature");
    git(cwd, "mv", "policies/b/policy.yaml", "policies/c.policy.yaml");
    commit(cwd, {
      "policies/a.policy.yaml": null,
      "policies/notes.md": "changed\n",
      "ops/waivers.yml": "version: 1\nwaivers: []\n# edited\n",
      "k8s/deploy.yaml": "kind: Deployment\n# edited\n",
    });
    write(cwd, { "policies/new.policy.yaml": "id: N\n" });
    expect(ruleChanges(cwd, "main")).toEqual([
      { file: "ops/waivers.yml", kind: "waivers", change: "modified" },
      { file: "policies/a.policy.yaml", kind: "policy", change: "deleted" },
      { file: "policies/b/policy.yaml", kind: "policy", change: "deleted" },
      { file: "policies/c.policy.yaml", kind: "policy", change: "added" },
      { file: "policies/new.policy.yaml", kind: "policy", change: "added" },
    ]);
    // Against a commit, the untracked policy is not part of the change.
    expect(ruleChanges(cwd, "main", "feature").map((c) => c.file)).not.toContain("policies/new.policy.yaml");
  });

  it("counts files as rules when either side's config says so: a policy directory moved by the change", () => {
    const cwd = gitRepo({ ".norecur.yml": "policies: [old]\n", "old/x.policy.yaml": "id: X\n", "new/y.policy.yaml": "id: Y\n" });
    git(cwd, "checkout", "-q", "-b", "feature");
    commit(cwd, { ".norecur.yml": "policies: [new]\n", "old/x.policy.yaml": "id: X\n# weakened\n", "new/y.policy.yaml": "id: Y\n# weakened\n" });
    expect(ruleChanges(cwd, "main")).toEqual([
      { file: ".norecur.yml", kind: "config", change: "modified" },
      { file: "new/y.policy.yaml", kind: "policy", change: "modified" },
      { file: "old/x.policy.yaml", kind: "policy", change: "modified" },
    ]);
  });

  it("honours --config and --policies, relative to a subdirectory", () => {
    const cwd = gitRepo({ "app/ci/norecur.yml": "builtin: false\n", "app/rules/r.policy.yaml": "id: R\n", "app/.norecur.yml": "builtin: true\n" });
    git(cwd, "checkout", "-q", "-b", "feature");
    commit(cwd, { "app/ci/norecur.yml": "builtin: true\n", "app/rules/r.policy.yaml": "id: R2\n", "app/.norecur.yml": "builtin: false\n" });
    expect(ruleChanges(join(cwd, "app"), "main", undefined, { config: "ci/norecur.yml", policyDirs: ["rules"] })).toEqual([
      { file: "ci/norecur.yml", kind: "config", change: "modified" },
      { file: "rules/r.policy.yaml", kind: "policy", change: "modified" },
    ]);
  });
});
