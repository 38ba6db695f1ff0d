import { sniffDockerfile } from "../formats/dockerfile/index.js";
import { NGINX_PATHS, NGINX_SNIFFED_PATHS, sniffNginx } from "../formats/nginx/index.js";
import { KEYCLOAK_REALM_PATHS, KEYCLOAK_REALM_SNIFFED_PATHS, sniffKeycloakRealm } from "../formats/keycloak-realm.js";
import { sniffTerraformPlan } from "../formats/terraform-plan.js";
import { sniffOpenVpn } from "../formats/openvpn.js";
import { WP_CLI_PLUGIN_PATHS, sniffWpCliPlugins } from "../formats/wp-cli.js";
import type { Format } from "../types.js";

const YAML = ["**/*.yaml", "**/*.yml"];

/**
 * Kubernetes objects are recognised by content: a top-level apiVersion and kind. In a JSON
 * object both must be the root's own keys: an OpenAPI document or a JSON Schema of Kubernetes
 * types names them as properties deeper down (argo-cd's swagger.json, 364 KB, was read as a
 * manifest), and kubectl reads only the root's.
 */
function looksLikeKubernetes(text: string): boolean {
  if (/^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text)) return true;
  if (!/"apiVersion"\s*:/.test(text) || !/"kind"\s*:/.test(text)) return false;
  return !/^\s*\{/.test(text) || rootNamesBoth(text, "apiVersion", "kind");
}

/**
 * Whether the object a JSON text starts with has both keys among its own (the text may end
 * early: a start of it that says yes, the whole text says yes too). Strings are passed over
 * whole, so a brace or key inside one counts for nothing.
 */
function rootNamesBoth(text: string, first: string, second: string): boolean {
  let depth = 0;
  let seenFirst = false;
  let seenSecond = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      if (depth === 1) {
        let after = end + 1;
        while (after < text.length && /\s/.test(text[after] as string)) after++;
        if (text.charCodeAt(after) === 0x3a) {
          const key = text.slice(i + 1, end);
          seenFirst ||= key === first;
          seenSecond ||= key === second;
          if (seenFirst && seenSecond) return true;
        }
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** The formats norecur reads, by id. Literal and sorted: no self-registration. */
export const formats: Readonly<Record<string, Format>> = {
  "apt-conf": {
    id: "apt-conf",
    parser: "apt-conf",
    description: "APT configuration (unattended-upgrades)",
    paths: ["**/apt/apt.conf", "**/apt/apt.conf.d/*"],
  },
  skaffold: {
    id: "skaffold",
    parser: "yaml",
    description: "Skaffold configuration (its build artifacts replace image names at deploy time)",
    paths: ["**/skaffold.yaml", "**/skaffold.yml"],
  },
  "docker-bake": {
    id: "docker-bake",
    parser: "terraform",
    description: "Docker Buildx Bake file (its targets' build args and named contexts decide what a Dockerfile's FROM pulls)",
    paths: ["**/docker-bake.hcl", "**/docker-bake.override.hcl", "**/docker-bake.json", "**/docker-bake.override.json"],
  },
  compose: {
    id: "compose",
    parser: "yaml",
    description: "Docker Compose",
    paths: ["**/compose.yaml", "**/compose.yml", "**/compose.*.yaml", "**/compose.*.yml", "**/docker-compose*.yml", "**/docker-compose*.yaml"],
  },
  composer: { id: "composer", parser: "json", description: "PHP Composer manifest", paths: ["**/composer.json"] },
  dependabot: {
    id: "dependabot",
    parser: "yaml",
    description: "Dependabot configuration",
    paths: [".github/dependabot.yml", ".github/dependabot.yaml"],
  },
  "dependency-manifest": {
    id: "dependency-manifest",
    parser: "text-lines",
    description: "Dependency manifests read for their presence (go.mod, requirements.txt, Gemfile, pom.xml, build.gradle)",
    paths: ["**/go.mod", "**/requirements*.txt", "**/requirements/*.txt", "**/Gemfile", "**/pom.xml", "**/build.gradle", "**/build.gradle.kts"],
  },
  dockerfile: {
    id: "dockerfile",
    parser: "dockerfile",
    description: "Dockerfile / Containerfile",
    paths: ["**/Dockerfile", "**/Containerfile"],
    sniffedPaths: ["**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile.*"],
    sniff: sniffDockerfile,
  },
  dotenv: { id: "dotenv", parser: "dotenv", description: "dotenv variables", paths: ["**/.env", "**/.env.*", "**/*.env"] },
  "github-settings": {
    id: "github-settings",
    parser: "json",
    description: "GitHub organisation and repository settings snapshot (norecur snapshot github)",
    paths: [".norecur/github-settings.json"],
  },
  "github-workflow": {
    id: "github-workflow",
    parser: "yaml",
    description: "GitHub Actions workflow",
    paths: [".github/workflows/*.yml", ".github/workflows/*.yaml"],
  },
  html: {
    id: "html",
    parser: "html",
    description: "HTML pages and templates: scripts, stylesheets, CSP metas, forms (`.php` when it holds such markup)",
    paths: ["**/*.html", "**/*.htm", "**/*.twig", "**/*.erb", "**/*.vue", "**/*.hbs", "**/*.ejs"],
    // Most .php files are code; one is read as a template only when it writes the markup policies look at.
    sniffedPaths: ["**/*.php"],
    sniff: (text) => /<(?:script|link|meta|form)\b/i.test(text),
  },
  ini: {
    id: "ini",
    parser: "ini",
    description: "INI (php.ini, my.cnf)",
    paths: ["**/php.ini", "**/php.d/*.ini", "**/php/**/conf.d/*.ini", "**/my.cnf", "**/.my.cnf", "**/mysql/conf.d/*.cnf", "**/mysql/mysql.conf.d/*.cnf", "**/mariadb.conf.d/*.cnf"],
  },
  json: { id: "json", parser: "json", description: "JSON", paths: ["**/*.json"] },
  json5: { id: "json5", parser: "json5", description: "JSON5", paths: ["**/*.json5"] },
  jsonc: {
    id: "jsonc",
    parser: "jsonc",
    description: "JSON with comments",
    paths: ["**/*.jsonc", "**/tsconfig*.json", "**/jsconfig*.json", ".vscode/*.json", "**/.devcontainer/devcontainer.json", ".devcontainer.json"],
  },
  "keycloak-realm": {
    id: "keycloak-realm",
    parser: "keycloak-realm",
    description: "Keycloak realm export (realm-export.json, kc.sh export)",
    paths: KEYCLOAK_REALM_PATHS,
    sniffedPaths: KEYCLOAK_REALM_SNIFFED_PATHS,
    sniff: sniffKeycloakRealm,
  },
  kubernetes: {
    id: "kubernetes",
    parser: "yaml",
    description: "Kubernetes objects (YAML or JSON with apiVersion and kind), kustomization files",
    // kustomize reads a kustomization file without apiVersion and kind as a Kustomization.
    paths: ["kustomization.yaml", "kustomization.yml", "Kustomization", "**/kustomization.yaml", "**/kustomization.yml", "**/Kustomization"],
    sniffedPaths: [...YAML, "**/*.json"],
    sniff: looksLikeKubernetes,
    // Both lines sit near the top of an object; the rest of a CustomResourceDefinition's
    // megabytes is decoded only if a policy reads it.
    sniffPrefix: 4096,
  },
  "litespeed-export": {
    id: "litespeed-export",
    parser: "litespeed-export",
    description: "LiteSpeed Cache for WordPress settings export",
    paths: ["**/LSCWP_cfg-*.data"],
  },
  "nfs-exports": {
    id: "nfs-exports",
    parser: "nfs-exports",
    description: "NFS exports",
    paths: ["etc/exports", "**/etc/exports", "**/exports.d/*.exports"],
  },
  "netlify-headers": { id: "netlify-headers", parser: "netlify-headers", description: "Netlify _headers file", paths: ["**/_headers"] },
  "netlify-toml": { id: "netlify-toml", parser: "toml", description: "Netlify configuration (netlify.toml)", paths: ["**/netlify.toml"] },
  nginx: {
    id: "nginx",
    parser: "nginx",
    description: "nginx configuration",
    paths: NGINX_PATHS,
    sniffedPaths: NGINX_SNIFFED_PATHS,
    sniff: sniffNginx,
  },
  openvpn: {
    id: "openvpn",
    parser: "openvpn",
    description: "OpenVPN configuration",
    paths: ["**/openvpn/**/*.conf", "**/*.ovpn"],
    // The distribution's samples and copies outside an openvpn/ folder (`server.conf`,
    // `sample-config-files/client.conf`): read when they hold OpenVPN's own options.
    sniffedPaths: ["**/*.conf"],
    sniff: sniffOpenVpn,
  },
  "package-json": { id: "package-json", parser: "json", description: "npm package manifest", paths: ["**/package.json"] },
  renovate: {
    id: "renovate",
    parser: "json5",
    description: "Renovate configuration",
    paths: [
      "renovate.json",
      "renovate.json5",
      ".github/renovate.json",
      ".github/renovate.json5",
      ".gitlab/renovate.json",
      ".gitlab/renovate.json5",
      ".renovaterc",
      ".renovaterc.json",
      ".renovaterc.json5",
    ],
  },
  "php-config": {
    id: "php-config",
    parser: "php-config",
    description: "WordPress PHP configuration (wp-config, WP Super Cache, W3 Total Cache, WP Rocket)",
    paths: ["**/wp-config.php", "**/wp-content/wp-cache-config.php", "**/wp-content/w3tc-config/*.php", "**/wp-content/wp-rocket-config/*.php"],
  },
  pyproject: { id: "pyproject", parser: "toml", description: "Python project manifest (pyproject.toml)", paths: ["**/pyproject.toml"] },
  "smb-conf": {
    id: "smb-conf",
    parser: "smb-conf",
    description: "Samba configuration",
    paths: ["**/smb.conf", "**/samba/*.conf", "**/smb.conf.d/*.conf"],
  },
  squid: {
    id: "squid",
    parser: "squid",
    description: "Squid proxy configuration",
    paths: ["**/squid.conf", "**/squid/conf.d/*.conf"],
    // Packaged and renamed copies (`squid3.conf-default`, `squid.conf.dist`): read when they hold Squid directives.
    sniffedPaths: ["**/squid*.conf*", "**/squid*/*.conf"],
    sniff: (text) => /^[ \t]*(?:http_access|http_port|acl[ \t]+\S+[ \t]+\S+)[ \t]/m.test(text.slice(0, 256 * 1024)),
  },
  terraform: { id: "terraform", parser: "terraform", description: "Terraform (HCL and JSON syntax)", paths: ["**/*.tf", "**/*.tf.json"] },
  "terraform-plan": {
    id: "terraform-plan",
    parser: "terraform-plan",
    description: "Terraform plan JSON (terraform show -json)",
    paths: [],
    sniffedPaths: ["**/*plan*.json"],
    sniff: sniffTerraformPlan,
  },
  "terraform-vars": { id: "terraform-vars", parser: "terraform", description: "Terraform variables", paths: ["**/*.tfvars", "**/*.tfvars.json"] },
  toml: { id: "toml", parser: "toml", description: "TOML", paths: ["**/*.toml"] },
  usbguard: {
    id: "usbguard",
    parser: "usbguard",
    description: "USBGuard daemon configuration and rules",
    paths: ["**/usbguard/usbguard-daemon.conf", "**/usbguard/rules.conf", "**/usbguard/rules.d/*.conf"],
  },
  "wp-cli-plugins": {
    id: "wp-cli-plugins",
    parser: "json",
    description: "WP-CLI plugin exports (wp plugin list / wp plugin auto-updates status, --format=json)",
    paths: [],
    sniffedPaths: WP_CLI_PLUGIN_PATHS,
    sniff: sniffWpCliPlugins,
  },
  vercel: { id: "vercel", parser: "json", description: "Vercel project configuration (vercel.json)", paths: ["**/vercel.json"] },
  "wp-rocket-settings": {
    id: "wp-rocket-settings",
    parser: "json",
    description: "WP Rocket settings export",
    paths: ["**/wp-rocket-settings*.json"],
  },
  yaml: { id: "yaml", parser: "yaml", description: "YAML", paths: YAML },
};

/**
 * The order in which formats are tried for a file: the most specific first, content-sniffed
 * next, generic syntaxes last. The first format whose paths (and sniff) match wins.
 */
export const detectionOrder: readonly string[] = [
  "dependabot",
  "github-workflow",
  "renovate",
  "package-json",
  "netlify-toml",
  "netlify-headers",
  "vercel",
  "skaffold",
  "docker-bake",
  "compose",
  "composer",
  "pyproject",
  "dependency-manifest",
  "dockerfile",
  "wp-cli-plugins",
  "github-settings",
  "terraform-plan",
  "keycloak-realm",
  "jsonc",
  "kubernetes",
  "squid",
  "smb-conf",
  "nfs-exports",
  "usbguard",
  "apt-conf",
  "openvpn",
  "nginx",
  "ini",
  "dotenv",
  "php-config",
  "litespeed-export",
  "wp-rocket-settings",
  "terraform",
  "terraform-vars",
  "html",
  "toml",
  "json5",
  "json",
  "yaml",
];
