import { describe, expect, it } from "vitest";
import { formats } from "../../src/discover/file-formats.js";
import { parseFile } from "../../src/parse-file.js";
import type { DocPath } from "../../src/types.js";
import { only } from "../helpers/parse.js";

/**
 * Every format, read from a file saved on Windows (CRLF line ends and a byte-order mark), gives
 * the value and the positions of the same file saved with LF: a finding lands on the same
 * line and column whatever editor wrote the file. One real-shaped sample per format, with a
 * nested path to locate.
 */
const SAMPLES: Record<string, { path: string; text: string; at: DocPath }> = {
  "apt-conf": { path: "etc/apt/apt.conf.d/50unattended-upgrades", text: 'Unattended-Upgrade::Allowed-Origins {\n  "${distro_id}:${distro_codename}-security";\n};\n', at: ["config", "Unattended-Upgrade", "Allowed-Origins", 0] },
  compose: { path: "compose.yaml", text: "services:\n  web:\n    image: nginx:latest\n    networks: [back]\nnetworks:\n  back:\n    internal: true\n", at: ["services", "web", "image"] },
  "docker-bake": { path: "docker-bake.hcl", text: 'target "app" {\n  context = "app"\n  args = { BASE = "node:22.11-slim" }\n}\n', at: ["target", "app", "args", "BASE"] },
  skaffold: { path: "skaffold.yaml", text: "apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: cartservice\n      context: src/cartservice\n", at: ["build", "artifacts", 0, "image"] },
  composer: { path: "composer.json", text: '{\n  "require": {\n    "php": ">=8.2",\n    "monolog/monolog": "^3.0"\n  }\n}\n', at: ["require", "monolog/monolog"] },
  dependabot: { path: ".github/dependabot.yml", text: 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: "/"\n    schedule: { interval: weekly }\n', at: ["updates", 0, "schedule", "interval"] },
  "dependency-manifest": { path: "requirements.txt", text: "# pinned\ndjango==5.0.6\nrequests>=2.32\n", at: ["lines", 1] },
  dockerfile: { path: "Dockerfile", text: "ARG PHP=8.3\nFROM php:${PHP}-apache AS app\nRUN a \\\n  b\nFROM app\n", at: ["stages", 0, "image"] },
  dotenv: { path: ".env.example", text: "APP_ENV=production\nCACHE=\"on\"\n", at: ["variables", "CACHE"] },
  "github-settings": { path: ".norecur/github-settings.json", text: '{\n  "version": 1,\n  "repositories": [\n    { "full_name": "acme/shop", "secret_scanning": true }\n  ]\n}\n', at: ["repositories", 0, "secret_scanning"] },
  "github-workflow": { path: ".github/workflows/ci.yml", text: "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: step-security/harden-runner@v2\n        with: { egress-policy: audit }\n", at: ["jobs", "t", "steps", 0, "with", "egress-policy"] },
  html: { path: "index.html", text: '<!doctype html>\n<head>\n<script src="https://cdn.example.com/x.js"\n  integrity="sha384-x"></script>\n', at: ["scripts", 0, "integrity"] },
  ini: { path: "etc/php/php.ini", text: "[PHP]\nexpose_php = Off\n[Session]\nsession.cookie_secure = 1\n", at: ["sections", 1, "keys", "session.cookie_secure"] },
  json: { path: "data/x.json", text: '{\n  "a": [\n    { "b": 1 }\n  ]\n}\n', at: ["a", 0, "b"] },
  json5: { path: "data/x.json5", text: "{\n  // note\n  a: [{ b: 1, }],\n}\n", at: ["a", 0, "b"] },
  jsonc: { path: "tsconfig.json", text: '{\n  // note\n  "compilerOptions": { "strict": true }\n}\n', at: ["compilerOptions", "strict"] },
  "keycloak-realm": { path: "realm-export.json", text: '{\n  "realm": "shop",\n  "requiredActions": [\n    { "alias": "CONFIGURE_TOTP", "enabled": true, "defaultAction": false }\n  ]\n}\n', at: ["requiredActions", 0, "defaultAction"] },
  kubernetes: { path: "k8s/web.yaml", text: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx:latest\n", at: ["spec", "template", "spec", "containers", 0, "image"] },
  "litespeed-export": { path: "LSCWP_cfg.data", text: '["_version","6.1"]\n\n["cache",true]\n\n["cache-exc",["^/contact/","/mypage/"]]\n', at: ["cache-exc", 1] },
  "nfs-exports": { path: "etc/exports", text: "# shares\n/srv/data 10.0.0.0/24(ro,root_squash) *(rw)\n", at: ["exports", 0, "clients", 1, "host"] },
  "netlify-headers": { path: "public/_headers", text: "/contact/*\n  Cache-Control: private, no-store\n/*\n  X-Frame-Options: DENY\n", at: [0, "headers", "Cache-Control", 0] },
  "netlify-toml": { path: "netlify.toml", text: '[[headers]]\n  for = "/contact/*"\n  [headers.values]\n    Cache-Control = "private, no-store"\n', at: ["headers", 0, "values", "Cache-Control"] },
  nginx: { path: "etc/nginx/nginx.conf", text: "http {\n  server {\n    location / {\n      proxy_cache shop;\n    }\n  }\n}\n", at: ["directives", 0, "block", 0, "block", 0, "block", 0, "args", 0] },
  openvpn: { path: "etc/openvpn/server.conf", text: "port 1194\nproto udp\nplugin /usr/lib/openvpn/openvpn-plugin-auth-pam.so login\n", at: ["directives", 2, "args", 1] },
  "package-json": { path: "package.json", text: '{\n  "name": "shop",\n  "renovate": { "extends": ["config:recommended"] }\n}\n', at: ["renovate", "extends", 0] },
  "php-config": { path: "wp-config.php", text: "<?php\n/* settings */\ndefine( 'WP_AUTO_UPDATE_CORE', 'minor' );\ndefine('DISALLOW_FILE_MODS', true);\n", at: ["constants", "DISALLOW_FILE_MODS"] },
  pyproject: { path: "pyproject.toml", text: '[project]\nname = "shop"\ndependencies = [\n  "django>=5",\n]\n', at: ["project", "dependencies", 0] },
  renovate: { path: "renovate.json", text: '{\n  "extends": ["config:recommended"],\n  "vulnerabilityAlerts": { "enabled": true }\n}\n', at: ["vulnerabilityAlerts", "enabled"] },
  "smb-conf": { path: "etc/samba/smb.conf", text: "[global]\n  map to guest = Bad User\n[share]\n  path = /srv/share\n  guest ok = yes\n", at: ["sections", 0, "keys", "guestok"] },
  squid: { path: "etc/squid/squid.conf", text: "acl localnet src 10.0.0.0/8\nhttp_access allow localnet\nhttp_access deny all\n", at: ["http_access", 1, "acls", 0, "name"] },
  terraform: { path: "main.tf", text: 'resource "aws_security_group" "db" {\n  egress {\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n', at: ["resource", "aws_security_group", "db", "egress", 0, "cidr_blocks", 0] },
  "terraform-plan": { path: "plan.json", text: '{\n  "format_version": "1.2",\n  "resource_changes": [\n    { "address": "aws_s3_bucket.b", "change": { "after": { "bucket": "b" } } }\n  ]\n}\n', at: ["resource_changes", 0, "change", "after", "bucket"] },
  "terraform-vars": { path: "prod.tfvars", text: 'region = "ap-northeast-1"\ntags = {\n  team = "shop"\n}\n', at: ["tags", "team"] },
  toml: { path: "config.toml", text: '[server]\nports = [\n  8080,\n]\n', at: ["server", "ports", 0] },
  usbguard: { path: "etc/usbguard/rules.conf", text: '# generated\nallow id 1d6b:0002 serial "0000:00:14.0" with-interface 09:00:00\nallow with-interface one-of { 03:00:01 03:01:02 }\n', at: ["rules", 1, "attributes", "with-interface", "values", 1] },
  vercel: { path: "vercel.json", text: '{\n  "headers": [\n    { "source": "/contact", "headers": [{ "key": "Cache-Control", "value": "private" }] }\n  ]\n}\n', at: ["headers", 0, "headers", 0, "value"] },
  "wp-cli-plugins": { path: "ops/wp-cli/wp-plugins.json", text: '[\n  { "name": "w3-total-cache", "status": "active", "auto_update": "on" }\n]\n', at: [0, "auto_update"] },
  "wp-rocket-settings": { path: "wp-rocket-settings-2024-02-05.json", text: '{\n  "cache_logged_user": 0,\n  "cache_reject_uri": [\n    "/contact/(.*)"\n  ]\n}\n', at: ["cache_reject_uri", 0] },
  yaml: { path: "config/app.yaml", text: "app:\n  name: shop\n  features:\n    - cache\n", at: ["app", "features", 0] },
};

describe("every format on CRLF and BOM", () => {
  it("has a sample for every registered format", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(formats).sort());
  });

  it.each(Object.entries(SAMPLES))("%s gives the value and positions of its LF twin", (format, { path, text, at }) => {
    const lf = only(parseFile(path, text, format).result);
    const windows = only(parseFile(path, `\uFEFF${text.replace(/\n/g, "\r\n")}`, format).result);
    expect(windows.value).toEqual(lf.value);
    expect(windows.locate(at)).toEqual(lf.locate(at));
    // The sample's path exists, so the range is the value's own, not the document's.
    if (at.length > 0) expect(lf.locate(at)).not.toEqual(lf.locate([]));
  });
});
