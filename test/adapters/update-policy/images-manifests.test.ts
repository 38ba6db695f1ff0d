import { describe, expect, it } from "vitest";
import { updatePolicyAdapter } from "../../../src/adapters/update-policy/index.js";
import { documentsOf, where } from "./documents.js";

const CRONJOB = `apiVersion: v1
kind: List
items:
  - apiVersion: batch/v1
    kind: CronJob
    metadata: { name: wp-cron, namespace: shop }
    spec:
      jobTemplate:
        spec:
          template:
            spec:
              initContainers:
                - name: wait
              containers:
                - name: cron
                  image: wordpress:cli-2.11
`;

describe("image and manifest update-policy subjects", () => {
  const subjects = updatePolicyAdapter({
    documents: documentsOf({
      "k8s/cron.yaml": CRONJOB,
      "compose.yaml": "services:\n  db:\n    image: mariadb:11.4\n  app:\n    build: .\n    image: shop/app\n",
      "Dockerfile": "FROM php:8.3 AS base\nFROM base\n",
      "site/package.json": '{ "name": "theme" }',
      "site/sub/package.json": '{ "name": "sub" }',
      "site/node_modules/sass/package.json": '{ "name": "sass" }',
      "wordpress/vendor/acme/lib/composer.json": '{ "name": "acme/lib" }',
      ".github/workflows/a.yml": "on: push\njobs: {}\n",
      ".github/workflows/b.yml": "on: push\njobs: {}\n",
    }),
    roots: ["."],
  });
  const byId = new Map(subjects.map((s) => [s.id, s]));

  it("makes one subject per image use, unpacking Lists and skipping built services and stage references", () => {
    expect(subjects.filter((s) => (s.value as { component: { type: string } }).component.type === "container-image").map((s) => s.id).sort()).toEqual([
      "CronJob/shop/wp-cron/cron",
      "CronJob/shop/wp-cron/wait",
      "compose:compose.yaml#db",
      "dockerfile:Dockerfile#base",
    ]);
    expect(byId.get("CronJob/shop/wp-cron/wait")?.value).toMatchObject({ image: { reference: { $unknown: "container wait has no image: it is set outside this file" } } });
    expect(byId.get("CronJob/shop/wp-cron/cron")?.meta).toEqual({ product: "kubernetes", objectKind: "CronJob", object: "CronJob/shop/wp-cron" });
    expect(where(byId.get("CronJob/shop/wp-cron/cron"), ["image", "reference"])).toBe("k8s/cron.yaml:16:26");
    expect(where(byId.get("compose:compose.yaml#db"), ["image", "reference"])).toBe("compose.yaml:3:12");
  });

  it("makes one manifest subject per ecosystem and directory, not for installed dependencies; workflows count once, at directory /", () => {
    const manifests = subjects.filter((s) => (s.value as { component: { type: string } }).component.type === "dependencies");
    expect(manifests.map((s) => `${s.id} ${s.file}`).sort()).toEqual([
      "manifest:docker:/ Dockerfile",
      "manifest:github-actions:/ .github/workflows/a.yml",
      "manifest:npm:/site site/package.json",
      "manifest:npm:/site/sub site/sub/package.json",
    ]);
    expect(byId.get("manifest:npm:/site")?.value).toMatchObject({ manifest: { ecosystem: "npm", directory: "/site", dependabot: ["npm"], renovate: ["npm"], path: "site/package.json" } });
  });

  it("treats a service built in one Compose file of a directory as built in its override files too", () => {
    const found = updatePolicyAdapter({
      documents: documentsOf({
        "app/compose.yaml": "services:\n  web:\n    build: .\n",
        "app/compose.override.yaml": "services:\n  web:\n    image: shop/web:dev\n  db:\n    image: mariadb\n",
        "other/compose.yaml": "services:\n  web:\n    image: nginx\n",
      }),
      roots: ["."],
    });
    expect(found.map((s) => s.id).sort()).toEqual(["compose:app/compose.override.yaml#db", "compose:other/compose.yaml#web"]);
  });
});
