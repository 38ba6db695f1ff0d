import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

/** A policy that looks at every document of every format, so every file is parsed. */
const EVERYTHING = `id: T-ALL-001
title: Every document parses
severity: info
description: Reads every format.
incidents: []
target: { kind: document }
assert:
  - cel: "true"
remediation: { summary: none }
`;

const FILES: Record<string, string> = {
  ".github/dependabot.yml": "version: 2\nupdates: []\n",
  ".github/workflows/ci.yml": "on: push\njobs: {}\n",
  "renovate.json5": "{ extends: ['config:recommended'], }\n",
  "package.json": '{ "name": "shop" }\n',
  "tsconfig.json": "{ // comment\n  \"compilerOptions\": {},\n}\n",
  "deploy/compose.yaml": "services:\n  web:\n    image: nginx:1.27\n",
  "docker-compose.prod.yml": "services:\n  db:\n    image: mariadb:11\n",
  "deploy/compose.override.yaml": "services:\n  web:\n    ports: [\"8080:80\"]\n",
  "Dockerfile": "FROM php:8.3-apache\n",
  "images/worker.Dockerfile": "ARG BASE=debian:12\nFROM ${BASE} AS base\n",
  "go.mod": "module example.com/shop\n",
  "requirements.txt": "django==5.0\n",
  "Gemfile": "source 'https://rubygems.org'\n",
  "theme/composer.json": '{ "require": {} }\n',
  "tools/pyproject.toml": '[project]\nname = "tools"\n',
  "ops/wp-cli/plugins.json": '[{"name":"akismet","status":"active","update":"none","version":"5.3","auto_update":"off"}]\n',
  "ops/wp-cli/other.json": '{"name":"not an export"}\n',
  "k8s/ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n",
  "config/app.yaml": "name: shop\n",
  "data/x.json": "[1, 2]\n",
  "keycloak/realm-export.json": '{ "realm": "staff", "requiredActions": [] }\n',
  "keycloak/other.json": '{ "realm": "ops", "authenticationFlows": [] }\n',
  ".norecur/github-settings.json": '{ "version": 1, "source": "api", "repositories": [] }\n',
  "data/y.json5": "{ a: 1 }\n",
  "terraform/main.tf": 'resource "aws_db_instance" "main" {\n  storage_encrypted = true\n}\n',
  "terraform/prod.tfvars": 'region = "ap-northeast-1"\n',
  "terraform/extra.tf.json": '{ "locals": { "a": 1 } }\n',
  "terraform/plan.json": '{ "format_version": "1.2", "resource_changes": [] }\n',
  "etc/nginx/nginx.conf": "events {}\nhttp {\n  server {\n    listen 80;\n  }\n}\n",
  "etc/nginx/conf.d/shop.conf": "server {\n  listen 8080;\n}\n",
  "etc/squid/squid.conf": "acl localnet src 10.0.0.0/8\nhttp_access allow localnet\nhttp_access deny all\n",
  "etc/samba/smb.conf": "[global]\n  map to guest = never\n[share]\n  path = /srv/share\n",
  "etc/exports": "/srv/data 10.0.0.0/24(ro)\n",
  "etc/apt/apt.conf.d/20auto-upgrades": 'APT::Periodic::Unattended-Upgrade "1";\n',
  "etc/openvpn/server.conf": "port 1194\nproto udp\n",
  "etc/php/8.3/fpm/php.ini": "[PHP]\nexpose_php = Off\n",
  "etc/mysql/my.cnf": "[mysqld]\nskip-networking\n",
  ".env.example": "APP_ENV=production\n",
  "wordpress/wp-config.php": "<?php\ndefine('WP_AUTO_UPDATE_CORE', 'minor');\n",
  "wordpress/wp-content/wp-cache-config.php": "<?php\n$cache_enabled = true;\n",
  "exports/LSCWP_cfg-shop.example.com_-20240205_130000.data": '["_version","6.1"]\n\n["cache",true]\n',
  "exports/wp-rocket-settings-2024-02-05-65c0a1b2c3d4e.json": '{ "cache_logged_user": 0 }\n',
  "README.md": "# shop\n",
  "netlify.toml": '[[headers]]\n  for = "/*"\n  [headers.values]\n    X-Frame-Options = "DENY"\n',
  "config/tool.toml": "[tool]\nname = 'shop'\n",
  "public/_headers": "/*\n  X-Frame-Options: DENY\n",
  "vercel.json": '{ "headers": [] }\n',
  "public/index.html": '<!doctype html>\n<script src="/app.js"></script>\n',
  "wordpress/wp-content/themes/shop/page-contact.php": '<?php get_header(); ?>\n<form method="post"></form>\n',
  "wordpress/wp-content/themes/shop/functions.php": "<?php\nadd_action('init', 'shop_init');\n",
  "app/components/Widget.vue": '<template>\n  <script :src="cdn"></script>\n</template>\n',
};

describe("a directory mixing every format", () => {
  it("reads each file with the right format and reports it", async () => {
    const root = makeTree({ ...FILES, "p/all.policy.yaml": EVERYTHING });
    const result = await check({ cwd: root, paths: ["."], builtin: false, policyDirs: ["p"], config: false });
    const byPath = Object.fromEntries(result.files.map((f) => [f.path, [f.format ?? "-", f.status]]));
    expect(byPath).toEqual({
      ".env.example": ["dotenv", "evaluated"],
      ".github/dependabot.yml": ["dependabot", "evaluated"],
      ".github/workflows/ci.yml": ["github-workflow", "evaluated"],
      "README.md": ["-", "skipped"],
      "config/app.yaml": ["yaml", "evaluated"],
      "config/tool.toml": ["toml", "evaluated"],
      "data/x.json": ["json", "evaluated"],
      "keycloak/other.json": ["keycloak-realm", "evaluated"],
      "keycloak/realm-export.json": ["keycloak-realm", "evaluated"],
      ".norecur/github-settings.json": ["github-settings", "evaluated"],
      "data/y.json5": ["json5", "evaluated"],
      "Dockerfile": ["dockerfile", "evaluated"],
      "Gemfile": ["dependency-manifest", "evaluated"],
      "go.mod": ["dependency-manifest", "evaluated"],
      "images/worker.Dockerfile": ["dockerfile", "evaluated"],
      "ops/wp-cli/other.json": ["json", "evaluated"],
      "ops/wp-cli/plugins.json": ["wp-cli-plugins", "evaluated"],
      "requirements.txt": ["dependency-manifest", "evaluated"],
      "theme/composer.json": ["composer", "evaluated"],
      "tools/pyproject.toml": ["pyproject", "evaluated"],
      "deploy/compose.override.yaml": ["compose", "evaluated"],
      "deploy/compose.yaml": ["compose", "evaluated"],
      "docker-compose.prod.yml": ["compose", "evaluated"],
      "etc/apt/apt.conf.d/20auto-upgrades": ["apt-conf", "evaluated"],
      "etc/exports": ["nfs-exports", "evaluated"],
      "etc/mysql/my.cnf": ["ini", "evaluated"],
      "etc/nginx/conf.d/shop.conf": ["nginx", "evaluated"],
      "etc/nginx/nginx.conf": ["nginx", "evaluated"],
      "etc/openvpn/server.conf": ["openvpn", "evaluated"],
      "etc/php/8.3/fpm/php.ini": ["ini", "evaluated"],
      "etc/samba/smb.conf": ["smb-conf", "evaluated"],
      "etc/squid/squid.conf": ["squid", "evaluated"],
      "exports/LSCWP_cfg-shop.example.com_-20240205_130000.data": ["litespeed-export", "evaluated"],
      "exports/wp-rocket-settings-2024-02-05-65c0a1b2c3d4e.json": ["wp-rocket-settings", "evaluated"],
      "k8s/ns.yaml": ["kubernetes", "evaluated"],
      "netlify.toml": ["netlify-toml", "evaluated"],
      "p/all.policy.yaml": ["yaml", "evaluated"],
      "package.json": ["package-json", "evaluated"],
      "public/_headers": ["netlify-headers", "evaluated"],
      "public/index.html": ["html", "evaluated"],
      "renovate.json5": ["renovate", "evaluated"],
      "terraform/main.tf": ["terraform", "evaluated"],
      "terraform/plan.json": ["terraform-plan", "evaluated"],
      "terraform/prod.tfvars": ["terraform-vars", "evaluated"],
      "terraform/extra.tf.json": ["terraform", "evaluated"],
      "tsconfig.json": ["jsonc", "evaluated"],
      "vercel.json": ["vercel", "evaluated"],
      "wordpress/wp-config.php": ["php-config", "evaluated"],
      "wordpress/wp-content/wp-cache-config.php": ["php-config", "evaluated"],
      "wordpress/wp-content/themes/shop/page-contact.php": ["html", "evaluated"],
      "wordpress/wp-content/themes/shop/functions.php": ["-", "skipped"],
      "app/components/Widget.vue": ["html", "evaluated"],
    });
    expect(result.findings).toEqual([]);
  });
});
