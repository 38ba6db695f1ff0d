import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageCacheAdapter, pageCacheFormats } from "../../../src/adapters/page-cache/index.js";
import type { ParsedDocument } from "../../../src/adapters/adapter.js";
import { nginxParser } from "../../../src/formats/nginx/index.js";
import type { Document } from "../../../src/types.js";

const somewhere = { line: 1, column: 1, endLine: 1, endColumn: 2 };

// Values of the shapes the adapters read, with arbitrary data in every hole.
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom<unknown>(null, true, false, 0, 1, 2, -1, "1", "0", "2", "", "on", "all", "whitelist", "allExcept", "none", "override_origin", "cache_everything",
      "set_cache_settings", "http_request_cache_settings", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", "(", "^", "$", "^$", "*", "true", "not", 'http.cookie contains "',
      { $expr: "var.x" }, { $expr: "aws_cloudfront_cache_policy.p.id" }, { $expr: "data.aws_cloudfront_cache_policy.d.id" }, { $unknown: "x" }),
    fc.string(),
    fc.array(tie("any"), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom("pgcache.enabled", "pgcache.reject.uri", "pgcache.reject.cookie", "pgcache.reject.logged", "cache_enabled", "cache_rejected_uri",
        "wpsc_rejected_cookies", "wp_cache_not_logged_in", "wp_cache_make_known_anon", "rocket_cache_reject_uri", "rocket_cache_reject_cookies", "cache_logged_user",
        "cache_reject_uri", "cache_reject_cookies", "cache", "cache-exc", "cache-exc_cookies", "cache-force_pub_uri", "cache-force_uri", "cache-priv", "returned",
        "variables", "constants", "resource", "data", "aws_cloudfront_distribution", "aws_cloudfront_cache_policy", "cloudflare_ruleset", "cloudflare_page_rule",
        "d", "p", "r", "default_cache_behavior", "ordered_cache_behavior", "path_pattern", "cache_policy_id", "min_ttl", "max_ttl", "cached_methods", "forwarded_values",
        "cookies", "forward", "whitelisted_names", "parameters_in_cache_key_and_forwarded_to_origin", "cookies_config", "cookie_behavior", "items", "phase", "rules",
        "action", "expression", "action_parameters", "edge_ttl", "mode", "enabled", "target", "priority", "actions", "cache_level", "edge_cache_ttl",
        "bypass_cache_on_cookie", "name", "description", "__proto__", "constructor"),
      tie("any"),
      { maxKeys: 6 },
    ),
  ),
})).any;

const files: Record<string, string> = {
  "php-config": "wp-content/w3tc-config/master.php",
  "wp-rocket-settings": "wp-rocket-settings-x.json",
  "litespeed-export": "LSCWP_cfg-x.data",
  terraform: "main.tf",
  nginx: "etc/nginx/nginx.conf",
};
const phpFiles = ["wp-content/w3tc-config/master.php", "wp-content/wp-cache-config.php", "wp-content/wp-rocket-config/x.php"];

const nginxWords = fc.constantFrom("server", "location", "~", "~*", "=", "^~", "/", "\\.php$", "{", "}", ";", "if", "($request_uri", "($http_cookie", "($request_method",
  "~*", "=", "POST", ")", "set", "$skip", "1", "0", "map", "$request_uri", "default", "~^/contact", "fastcgi_pass", "proxy_pass", "x", "fastcgi_cache", "proxy_cache",
  "off", "zone", "fastcgi_cache_bypass", "fastcgi_no_cache", "proxy_cache_bypass", "proxy_no_cache", "fastcgi_ignore_headers", "Set-Cookie", "fastcgi_cache_methods",
  "include", "b.conf", "http", "$cookie_PHPSESSID", "\n");

describe("page-cache adapters", () => {
  it("never throw, whatever the documents hold", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pageCacheFormats), value, fc.constantFrom(...phpFiles)), { maxLength: 4 }), (docs) => {
        const documents: ParsedDocument[] = docs.map(([format, v, php], index) => ({
          format,
          document: { file: format === "php-config" ? `s${index}/${php}` : `s${index}/${files[format] ?? "x"}`, index: 0, value: v, locate: () => somewhere } satisfies Document,
        }));
        expect(() => pageCacheAdapter({ documents, roots: ["."] })).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });

  it("never throw on nginx files that parse, includes and all", () => {
    fc.assert(
      fc.property(fc.array(nginxWords, { maxLength: 40 }), fc.array(nginxWords, { maxLength: 20 }), (a, b) => {
        const documents: ParsedDocument[] = [];
        for (const [file, words] of [["etc/nginx/nginx.conf", a], ["etc/nginx/b.conf", b]] as const) {
          const parsed = nginxParser.parse(words.join(" "), file);
          if (parsed.ok) for (const document of parsed.documents) documents.push({ document, format: "nginx" });
        }
        expect(() => pageCacheAdapter({ documents, roots: ["."] })).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });
});
