import { DEPLOYMENT, POLICY } from "../helpers/fixtures.js";
import { makeTree } from "../helpers/tree.js";

export { DEPLOYMENT };

/** The run's fixed clock: 2026-06-01, midday UTC. */
export const NOW = new Date("2026-06-01T12:00:00Z");

/** One waivers-file entry for T-IMG-001, with overrides. */
export function waiversFile(...entries: string[]): string {
  return `version: 1\nwaivers:\n${entries.join("")}`;
}

/** A waiver entry in YAML; `fields` replace or remove (undefined) the defaults. */
export function entry(fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    policy: "T-IMG-001",
    paths: '["k8s/**"]',
    reason: "vendor image, pinned upstream",
    owner: "alice@example.com",
    expires: "2026-07-01",
    ...fields,
  };
  const lines = Object.entries(all).filter((kv): kv is [string, string] => kv[1] !== undefined);
  return lines.map(([key, value], i) => `${i === 0 ? "  - " : "    "}${key}: ${value}\n`).join("");
}

/** A repository with the test policy, the Deployment and the given extra files. */
export function repo(files: Record<string, string>): string {
  return makeTree({ "policies/img.policy.yaml": POLICY, "k8s/deploy.yaml": DEPLOYMENT, ...files });
}

/** Settings for `check` on such a repository. */
export function settings(cwd: string, extra: Record<string, unknown> = {}) {
  return { cwd, paths: ["k8s"], builtin: false, policyDirs: ["policies"], now: NOW, ...extra };
}
