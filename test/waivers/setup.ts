import { makeTree } from "../helpers/tree.js";

/** A test policy: Deployment images must be pinned. */
export const POLICY = `id: T-IMG-001
title: Images are pinned
severity: medium
description: Test policy.
incidents:
  - id: tokyo-theatre-2024-02
    lesson: Updates arrive as reviewed changes.
target:
  kind: kubernetes-object
  where: "subject.kind == 'Deployment'"
  select: ["spec.template.spec.containers[*]"]
assert:
  - cel: "subject.image.matches(':[^/:]+$') && !subject.image.endsWith(':latest')"
    path: image
    message: "{{ subject.name }} uses {{ subject.image }}"
remediation:
  summary: Pin it.
`;

/** A Deployment whose image (line 9, column 18) fails T-IMG-001. */
export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - image: nginx:latest
          name: web
`;

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
