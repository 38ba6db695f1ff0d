import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { inspect, type InspectedFile } from "../../src/inspect.js";
import { captureIo, makeTree } from "../helpers/tree.js";

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io, "0.0.0-test");
  return { code, out: io.stdout(), err: io.stderr() };
}

const file = (files: InspectedFile[], path: string): InspectedFile => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not inspected: ${files.map((f) => f.path).join(", ")}`);
  return found;
};

/** `kind id` → `field value (from)` lines of a file's subjects. */
const subjects = (f: InspectedFile): Record<string, string[]> =>
  Object.fromEntries(f.subjects.map((s) => [`${s.kind} ${s.id}`, s.fields.map((x) => `${x.field} ${x.value} (${x.from})`)]));

describe("norecur inspect, per format family", () => {
  it("Terraform: the resource with its meta, and the normalized subjects made of it, each field with its origin", () => {
    const root = makeTree({
      "infra/cognito.tf": 'resource "aws_cognito_user_pool" "staff" {\n  name              = "staff"\n  mfa_configuration = "OPTIONAL"\n  software_token_mfa_configuration {\n    enabled = true\n  }\n}\n',
    });
    const f = file(inspect({ cwd: root, paths: ["."], config: false }), "infra/cognito.tf");
    expect(f).toMatchObject({ format: "terraform", status: "parsed", documents: [{ at: "infra/cognito.tf:1:1", keys: ["resource"] }] });
    const all = subjects(f);
    expect(all["terraform-resource infra:aws_cognito_user_pool.staff"]).toEqual(
      expect.arrayContaining(['mfa_configuration "OPTIONAL" (infra/cognito.tf:3:23)', 'meta.type "aws_cognito_user_pool" (infra/cognito.tf:1:1)']),
    );
    expect(all["identity-policy infra:aws_cognito_user_pool.staff"]).toEqual(
      expect.arrayContaining([
        'secondFactor "optional" (infra/cognito.tf:3:23)',
        'factors[0] { kind: "otp-app", name: "software_token_mfa_configuration", phishable: true, enrolment: "optional" } (infra/cognito.tf:4:3)',
        'meta.product "cognito" (infra/cognito.tf:1:1)',
      ]),
    );
  });

  it("JSON (a Keycloak realm export) and PHP (a WordPress cache plugin)", () => {
    const root = makeTree({
      "keycloak/realm-export.json": '{\n  "realm": "staff",\n  "requiredActions": [{ "alias": "CONFIGURE_TOTP", "enabled": true, "defaultAction": true }]\n}\n',
      "wp-content/wp-cache-config.php": "<?php\n$cache_enabled = true;\n$wp_cache_not_logged_in = 2;\n",
    });
    const files = inspect({ cwd: root, paths: ["."], config: false });
    const realm = file(files, "keycloak/realm-export.json");
    expect(realm.format).toBe("keycloak-realm");
    expect(subjects(realm)["identity-policy keycloak/realm-export.json#staff"]).toEqual(
      expect.arrayContaining(['secondFactor "required" (keycloak/realm-export.json:3:86)']),
    );
    const php = file(files, "wp-content/wp-cache-config.php");
    expect(php).toMatchObject({ format: "php-config", documents: [{ keys: ["constants", "variables"] }] });
    expect(subjects(php)["page-cache wp-super-cache:wp-content/wp-cache-config.php"]).toEqual(
      expect.arrayContaining(["enabled true (wp-content/wp-cache-config.php:2:18)", "servesLoggedIn false (wp-content/wp-cache-config.php:3:27)"]),
    );
  });

  it("YAML (Kubernetes) and line-based configuration (nginx, smb.conf)", () => {
    const root = makeTree({
      "k8s/web.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27.2\n",
      "etc/nginx/nginx.conf": "http {\n  fastcgi_cache_path /var/cache/nginx levels=1:2 keys_zone=wp:10m;\n  server {\n    server_name example.jp;\n    location ~ \\.php$ {\n      fastcgi_cache wp;\n      fastcgi_pass unix:/run/php.sock;\n    }\n  }\n}\n",
      "etc/samba/smb.conf": "[global]\n   workgroup = EXAMPLE\n\n[share]\n   path = /srv/share\n   guest ok = yes\n",
    });
    const files = inspect({ cwd: root, paths: ["."], config: false });
    const pod = file(files, "k8s/web.yaml");
    expect(pod).toMatchObject({ format: "kubernetes", documents: [{ at: "k8s/web.yaml:1:1", keys: ["apiVersion", "kind", "metadata", "spec"] }] });
    expect(Object.keys(subjects(pod))).toEqual(expect.arrayContaining(["kubernetes-object Pod/web"]));
    expect(Object.values(subjects(pod)).flat()).toEqual(expect.arrayContaining(['image.reference "nginx:1.27.2" (k8s/web.yaml:8:14)']));
    const nginx = file(files, "etc/nginx/nginx.conf");
    expect(nginx.format).toBe("nginx");
    expect(nginx.subjects.map((s) => s.kind)).toContain("page-cache");
    const smb = file(files, "etc/samba/smb.conf");
    expect(smb).toMatchObject({ format: "smb-conf", status: "parsed" });
    expect(smb.documents).toHaveLength(1);
  });

  it("a file that does not parse says why, with its position", () => {
    const root = makeTree({ "broken.json": '{ "a": 1,, }\n' });
    const f = file(inspect({ cwd: root, paths: ["."], config: false }), "broken.json");
    expect(f.status).toBe("errored");
    expect(f.reason).toMatch(/^1:\d+ /);
  });

  it("prints text and versioned JSON", async () => {
    const root = makeTree({ "cognito.tf": 'resource "aws_cognito_user_pool" "p" {\n  mfa_configuration = "ON"\n}\n' });
    const text = await run(root, "inspect", "--no-builtin");
    expect(text.code).toBe(0);
    expect(text.out).toContain("cognito.tf: format terraform, 1 document\n  document at cognito.tf:1:1: resource\n");
    expect(text.out).toMatch(/ {2}identity-policy aws_cognito_user_pool\.p\n {4}service +"identity-provider" {2}\(cognito\.tf:1:1\)/);
    const json = await run(root, "inspect", "--format", "json");
    const parsed = JSON.parse(json.out) as { version: number; files: InspectedFile[] };
    expect(parsed.version).toBe(1);
    expect(parsed.files.map((f) => [f.path, f.format, f.status])).toEqual([["cognito.tf", "terraform", "parsed"]]);
  });

  it("never prints a secret value", () => {
    const root = makeTree({ ".env": "DB_PASSWORD=hunter2-very-secret\n", "app.json": '{ "api_token": "tok-123456", "name": "x" }\n' });
    const out = JSON.stringify(inspect({ cwd: root, paths: ["."], config: false }));
    expect(out).not.toContain("hunter2");
    expect(out).not.toContain("tok-123456");
  });
});
