import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const NOW = new Date("2026-06-01T00:00:00Z");

/** A security team's own rule on image tags, narrowed to the formats it cares about. */
function tagPolicy(formats: string): string {
  return `id: ACME-IMG-001
title: Images carry a version tag
severity: high
description: Our own rule.
incidents: []
target:
  kind: update-policy
  formats: ${formats}
  where: "subject.component.type == 'container-image'"
assert:
  - when: "!has(subject.image.builtBy)"
    cel: "subject.image.tag != null && subject.image.tag != 'latest'"
    path: image.reference
    message: "{{ subject.component.name }} uses {{ subject.image.reference }}"
remediation: { summary: Pin a version. }
`;
}

async function run(files: Record<string, string>, formats: string) {
  const cwd = makeTree({ ...files, "rules/tags.policy.yaml": tagPolicy(formats) });
  const result = await check({ cwd, paths: ["app"], builtin: false, policyDirs: ["rules"], now: NOW });
  return {
    findings: result.findings.map((f) => `${f.file}:${f.range?.line ?? 0} ${f.status} ${f.message}`),
    files: result.files.map((f) => `${f.path} ${f.status}`),
  };
}

describe("formats an adapter joins in, under a policy that narrows target.formats", () => {
  it("reads the .env beside a Compose file for a policy on Compose images only", async () => {
    const compose = { "app/compose.yaml": 'services:\n  web:\n    image: "nginx:${NGINX_TAG}"\n' };
    const pinned = await run({ ...compose, "app/.env": "NGINX_TAG=1.27.3\n" }, "[compose]");
    expect(pinned).toEqual({ findings: [], files: ["app/.env evaluated", "app/compose.yaml evaluated"] });
    const moving = await run({ ...compose, "app/.env": "NGINX_TAG=latest\n" }, "[compose]");
    expect(moving.findings).toEqual(["app/compose.yaml:3 fail web uses nginx:latest"]);
  });

  it("reads skaffold.yaml for a policy on Kubernetes images only", async () => {
    const result = await run(
      {
        "app/skaffold.yaml": "apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: shop/api\n",
        "app/k8s/api.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: api\n      image: shop/api\n    - name: cache\n      image: redis\n",
      },
      "[kubernetes]",
    );
    // shop/api is the image Skaffold builds and replaces; redis runs as written.
    expect(result.findings).toEqual(["app/k8s/api.yaml:10 fail cache uses redis"]);
  });
});
