import { describe, expect, it } from "vitest";
import { kustomizations, kustomize, kustomizeBuilds, type Kustomization } from "../../../src/adapters/update-policy/kustomize-images.js";
import { documentsOf } from "./documents.js";

const kustomization = (resources: string[], images: string): string =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources.map((r) => `  - ${r}\n`).join("")}${images}`;

describe("Kustomize image overrides", () => {
  const builds = kustomizations(
    documentsOf({
      "k8s/base/kustomization.yaml": kustomization(["deploy.yaml"], "images:\n  - name: wordpress\n    newTag: 6.5.0\n"),
      "k8s/overlays/prod/kustomization.yaml": kustomization(["../../base"], "images:\n  - name: wordpress\n    newName: registry.example.com/wp\n    digest: sha256:abc\n"),
      "k8s/overlays/dev/kustomization.yaml": kustomization(["../../base"], "images:\n  - name: wordpress\n    newName: wp-dev\n"),
      "other/kustomization.yaml": kustomization(["https://github.com/acme/base//k8s?ref=v1"], ""),
    }),
  );

  it("applies the base's override first and each overlay's on top, one result per top-level build", () => {
    const results = kustomize("wordpress:latest", "k8s/base/deploy.yaml", builds);
    expect(results.map((r) => [r.build, r.reference, r.origin?.document.file, r.origin?.path])).toEqual([
      ["k8s/overlays/prod", "registry.example.com/wp@sha256:abc", "k8s/overlays/prod/kustomization.yaml", ["images", 0, "digest"]],
      // newName alone keeps the tag the base set, and where it set it.
      ["k8s/overlays/dev", "wp-dev:6.5.0", "k8s/base/kustomization.yaml", ["images", 0, "newTag"]],
    ]);
  });

  it("keeps the manifest's image where no build overrides it", () => {
    expect(kustomize("nginx:1.27.2", "k8s/base/deploy.yaml", builds)).toEqual([{ reference: "nginx:1.27.2" }]);
    expect(kustomize("wordpress", "elsewhere/deploy.yaml", builds)).toEqual([{ reference: "wordpress" }]);
  });

  it("matches names with a registry port and keeps a digest the override does not replace", () => {
    const local = kustomizations(documentsOf({ "app/kustomization.yaml": kustomization(["d.yaml"], "images:\n  - name: localhost:5000/wp\n    newName: localhost:5000/wp2\n") }));
    expect(kustomize("localhost:5000/wp@sha256:def", "app/d.yaml", local).map((r) => r.reference)).toEqual(["localhost:5000/wp2@sha256:def"]);
  });

  it("reads a numeric newTag as the tag", () => {
    const numeric = kustomizations(documentsOf({ "db/kustomization.yaml": kustomization(["s.yaml"], "images:\n  - name: mariadb\n    newTag: 11\n") }));
    expect(kustomize("mariadb", "db/s.yaml", numeric).map((r) => r.reference)).toEqual(["mariadb:11"]);
  });

  it("reads a directory resource written with a trailing slash, and never a sibling that shares its prefix", () => {
    const slashed = kustomizations(
      documentsOf({
        "k8s/overlays/prod/kustomization.yaml": kustomization(["../../base/"], "images:\n  - name: nginx\n    newTag: 1.27.2\n"),
      }),
    );
    expect(kustomize("nginx", "k8s/base/web.yaml", slashed).map((r) => [r.build, r.reference])).toEqual([["k8s/overlays/prod", "nginx:1.27.2"]]);
    expect(kustomize("nginx", "k8s/base/nested/web.yaml", slashed).map((r) => r.reference)).toEqual(["nginx:1.27.2"]);
    expect(kustomize("nginx", "k8s/base2/web.yaml", slashed)).toEqual([{ reference: "nginx" }]);
    expect(kustomize("nginx", "k8s/bas", slashed)).toEqual([{ reference: "nginx" }]);
  });

  it("reads the older `bases:` as resources", () => {
    const older = kustomizations(
      documentsOf({
        "k8s/overlays/prod/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nbases:\n  - ../../base\nimages:\n  - name: nginx\n    newTag: 1.27.2\n",
      }),
    );
    expect(kustomize("nginx", "k8s/base/web.yaml", older).map((r) => r.reference)).toEqual(["nginx:1.27.2"]);
  });

  it("finds the same builds, chains and namespaces among many Kustomizations as testing each pair does", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      const namespace = i % 4 === 0 ? `namespace: app-${i}\n` : "";
      files[`apps/a${i}/kustomization.yaml`] = kustomization([`web.yaml`, `../shared${i % 3}`], `${namespace}commonLabels:\n  tier: a${i}\n  app: a\nimages:\n  - name: nginx\n    newTag: "${i}"\n`);
      files[`envs/e${i}/kustomization.yaml`] = kustomization([`../../apps/a${i}`, `../../apps/a${(i + 1) % 40}/web.yaml`], i % 5 === 0 ? `namespace: env-${i}\n` : "");
    }
    files["apps/shared1/kustomization.yaml"] = kustomization(["x.yaml"], "namespace: shared\ncommonLabels:\n  tier: shared\n  base: one\n");
    const many = kustomizations(documentsOf(files));
    // Every pair tested, as kustomize reads `resources:`: the tops, and the labels and namespace of each chain, bases first.
    const includes = (k: Kustomization, path: string): boolean => k.resources.some((r) => r === path || path.startsWith(`${r}/`));
    const builds = (file: string): string[] => {
      const including = many.filter((k) => includes(k, file));
      const tops = including.filter((k) => !including.some((o) => o !== k && includes(o, k.dir)));
      return tops.map((top) => {
        const chain = including.filter((k) => k === top || includes(top, k.dir));
        chain.sort((a, b) => chain.filter((k) => includes(k, b.dir)).length - chain.filter((k) => includes(k, a.dir)).length);
        const labels = Object.assign({}, ...chain.map((k) => k.labels)) as Record<string, string>;
        return `${top.dir} ${JSON.stringify(labels)} ${chain.reduce<string | undefined>((ns, k) => k.namespace ?? ns, undefined) ?? "-"}`;
      });
    };
    const found = (file: string): string[] => kustomizeBuilds(file, many).map((b) => `${b.build} ${JSON.stringify(b.labels)} ${b.namespace ?? "-"}`);
    for (const file of ["apps/a7/web.yaml", "apps/shared1/x.yaml", "apps/shared2/deep/y.yaml", "apps/a39/web.yaml", "apps/a0/web.yaml", "envs/e3/z.yaml"]) {
      expect({ file, builds: found(file) }).toEqual({ file, builds: builds(file) });
    }
    expect(builds("apps/shared1/x.yaml").length).toBeGreaterThan(10);
  });
});
