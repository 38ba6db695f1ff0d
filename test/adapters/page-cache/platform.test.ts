import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";
import { makeTree } from "../../helpers/tree.js";
import { pageCacheSubjects, subject } from "./subjects.js";

/** An nginx server proxying `/` to an upstream with a cache, plus `extra` lines inside the server. */
const proxySite = (...extra: string[]): string =>
  [
    "proxy_cache_path /var/cache/nginx keys_zone=pages:10m;", // 1
    "server {", // 2
    "    server_name shop.example.jp;", // 3
    ...extra,
    "    location / {",
    "        proxy_pass http://app:3000;",
    "        proxy_cache pages;",
    "    }",
    "}",
  ].join("\n");

const platformOf = (files: Record<string, [string, string]>, suffix: string): unknown => subject(pageCacheSubjects(files), suffix).value["origin"].platform;

describe("what renders a cache's pages (origin.platform)", () => {
  it("a WordPress plugin caches WordPress", () => {
    const config = ["<?php", "$cache_enabled = true;", "$cache_rejected_uri = array('wp-.*\\\\.php');"].join("\n");
    expect(platformOf({ "wp-content/wp-cache-config.php": ["php-config", config] }, "wp-cache-config.php")).toBe("wordpress");
  });

  it("PHP-FPM behind fastcgi_pass is PHP; WordPress's paths anywhere in the server make it WordPress", () => {
    const php = ["server {", "    location ~ \\.php$ { fastcgi_pass php:9000; fastcgi_cache WP; }", "}"].join("\n");
    expect(platformOf({ "etc/nginx/conf.d/site.conf": ["nginx", php] }, "#fastcgi_cache")).toBe("php");
    const wordpress = ["server {", "    location = /wp-login.php { fastcgi_pass php:9000; }", "    location ~ \\.php$ { fastcgi_pass php:9000; fastcgi_cache WP; }", "}"].join("\n");
    expect(platformOf({ "etc/nginx/conf.d/site.conf": ["nginx", wordpress] }, "~ \\.php$#fastcgi_cache")).toBe("wordpress");
  });

  it("a proxied location is unknown unless its own block or the server's own directives name WordPress or PHP", () => {
    expect(platformOf({ "etc/nginx/conf.d/shop.conf": ["nginx", proxySite()] }, "#proxy_cache")).toHaveProperty("$unknown");
    // Another location's PHP does not say what this upstream is.
    const mixed = proxySite("    location ~ \\.php$ { fastcgi_pass php:9000; }");
    expect(platformOf({ "etc/nginx/conf.d/shop.conf": ["nginx", mixed] }, "#proxy_cache")).toHaveProperty("$unknown");
    const wordpress = proxySite('    if ($http_cookie ~* "wordpress_logged_in") { set $skip 1; }');
    expect(platformOf({ "etc/nginx/conf.d/shop.conf": ["nginx", wordpress] }, "#proxy_cache")).toBe("wordpress");
  });

  it("a CloudFront behavior is in front of WordPress when the distribution routes WordPress's paths", () => {
    const tf = (pattern: string): string =>
      [
        'resource "aws_cloudfront_distribution" "site" {',
        "  origin {",
        '    origin_id   = "web"',
        '    domain_name = "origin.example.jp"',
        "  }",
        "  ordered_cache_behavior {",
        `    path_pattern     = "${pattern}"`,
        '    target_origin_id = "web"',
        '    cache_policy_id  = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"',
        "  }",
        "  default_cache_behavior {",
        '    target_origin_id = "web"',
        '    cache_policy_id  = "658327ea-f89d-4fab-a63d-7e88639e58f6"',
        "  }",
        "}",
      ].join("\n");
    expect(platformOf({ "cdn.tf": ["terraform", tf("wp-admin/*")] }, "#default")).toBe("wordpress");
    expect(platformOf({ "cdn.tf": ["terraform", tf("api/*")] }, "#default")).toHaveProperty("$unknown");
  });
});

describe("NR-CACHE-002 in front of an application that is neither WordPress nor PHP", () => {
  const run = (files: Record<string, string>) =>
    check({ cwd: makeTree(files), paths: ["."], builtin: false, policyDirs: [resolve("policies/cache")] }).then((r) =>
      r.findings.filter((f) => f.policyId === "NR-CACHE-002").map((f) => `${f.status} ${f.file}:${f.range?.line}:${f.range?.column} ${f.message}`),
    );

  it("is unknown, not a failure about WordPress's cookies, until the application's session cookies are named", async () => {
    const [finding, ...rest] = await run({ "nginx/shop.conf": proxySite() });
    expect(rest).toEqual([]);
    expect(finding).toMatch(/^unknown nginx\/shop\.conf:4:5 .*nothing in the scanned files says what renders the pages behind this cache/);
    expect(finding).not.toContain("wordpress_logged_in");
  });

  it("checks the named cookies: fails where the cache answers them, passes where it bypasses them", async () => {
    const config = ["params:", "  NR-CACHE-002:", "    applicationSessionCookies: [shop_sid]"].join("\n");
    expect(await run({ ".norecur.yml": config, "nginx/shop.conf": proxySite() })).toEqual([
      "fail nginx/shop.conf:6:21 shop.example.jp location / (nginx) answers requests carrying the application's session cookies shop_sid from its shared cache: bypass the cache for these cookies.",
    ]);
    const bypassing = proxySite('    if ($http_cookie ~ "shop_sid") { set $skip 1; }', "    proxy_cache_bypass $skip;", "    proxy_no_cache $skip;");
    expect(await run({ ".norecur.yml": config, "nginx/shop.conf": bypassing })).toEqual([]);
  });
});
