import { describe, expect, it } from "vitest";
import { readSelection } from "../../../src/adapters/page-cache/cloudflare-expression.js";
import { netlifyPathRule, vercelSourceRule } from "../../../src/adapters/page-cache/route-patterns.js";
import { at, pageCacheSubjects, patterns, subject } from "./subjects.js";

/** A Cloudflare cache-settings ruleset whose `rules` list holds `lines`, the first on line 4. */
const cacheRuleset = (...lines: string[]): string =>
  ['resource "cloudflare_ruleset" "cache" {', '  phase = "http_request_cache_settings"', "  rules = [", ...lines, "  ]", "}"].join("\n");

/** The subject of the first rule of such a ruleset, written to `cf.tf`. */
const firstCacheRule = (...lines: string[]) => subject(pageCacheSubjects({ "cf.tf": ["terraform", cacheRuleset(...lines)] }), "#rule 1");

describe("CloudFront", () => {
  const tf = [
    'resource "aws_cloudfront_cache_policy" "pages" {', //  1
    "  min_ttl = 30", //  2
    "  parameters_in_cache_key_and_forwarded_to_origin {", //  3
    "    cookies_config {", //  4
    '      cookie_behavior = "allExcept"', //  5
    "    }", //  6
    "  }", //  7
    "}", //  8
    'resource "aws_cloudfront_distribution" "site" {', //  9
    "  ordered_cache_behavior {", // 10
    '    path_pattern    = "contact/*"', // 11
    '    cache_policy_id = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"', // 12
    "  }", // 13
    "  ordered_cache_behavior {", // 14
    "    path_pattern    = var.pattern", // 15
    "    cache_policy_id = aws_cloudfront_cache_policy.pages.id", // 16
    "  }", // 17
    "  default_cache_behavior {", // 18
    '    cached_methods = ["GET", "HEAD"]', // 19
    "    cache_policy_id = var.policy", // 20
    "  }", // 21
    "}", // 22
  ].join("\n");
  const subjects = pageCacheSubjects({ "cdn.tf": ["terraform", tf] });

  it("makes one subject per behavior; CachingDisabled caches nothing", () => {
    expect(subjects.map((s) => s.id)).toEqual([
      "cloudfront:aws_cloudfront_distribution.site#contact/*",
      "cloudfront:aws_cloudfront_distribution.site#ordered behavior",
      "cloudfront:aws_cloudfront_distribution.site#default",
    ]);
    expect(subject(subjects, "#contact/*").value["enabled"]).toBe(false);
    expect(subject(subjects, "#contact/*").value["appliesTo"][0]).toMatchObject({ syntax: "wildcard", match: "^/contact/.*$" });
  });

  it("reads TTLs and cookies from a referenced cache policy, pointing at that resource", () => {
    const second = subject(subjects, "#ordered behavior");
    expect(second.value).toMatchObject({ enabled: true, overridesPrivate: true });
    expect(at(second, ["overridesPrivate"])).toBe("cdn.tf:2:13");
    expect(second.value["bypassCookies"][0]).toMatchObject({ match: "" });
    // Earlier behaviors are exclusions of later ones; a pattern that is not a literal is unknown.
    expect(patterns(second.value["excludedPaths"])).toEqual(["contact/*"]);
  });

  it("keeps what cannot be known unknown: a variable cache policy, a variable path pattern", () => {
    const last = subject(subjects, "#default");
    expect(last.value["enabled"]).toEqual({ $expr: "var.policy" });
    expect(last.value["unresolvedExclusions"]).toEqual([{ $expr: "var.pattern" }]);
    expect(at(last, ["unresolvedExclusions", 0])).toBe("cdn.tf:15:23");
    expect(last.value["bypassCookies"]).toEqual([{ $expr: "var.policy" }]);
  });
});

describe("Cloudflare", () => {
  it.each([
    ["true", "all", [], []],
    ['(http.host eq "example.jp")', "all", [], []],
    ['starts_with(http.request.uri.path, "/blog/") or http.request.uri.path eq "/"', ["^/blog/", "^/$"], [], []],
    ['http.host eq "a.jp" and not (http.request.uri.path matches "^/(contact|mypage)/")', "all", ["^/(contact|mypage)/"], []],
    ['not http.cookie contains "PHPSESSID" and http.request.uri.path in {"/a" "/b"}', ["^/a$", "^/b$"], [], ["PHPSESSID"]],
  ])("reads %s", (expression, paths, excluded, cookies) => {
    const selection = readSelection(expression);
    expect(selection?.paths === "all" ? "all" : selection?.paths.map((r) => r.match)).toEqual(paths);
    expect(selection?.excludedPaths.map((r) => r.match)).toEqual(excluded);
    expect(selection?.bypassCookies.map((r) => r.match)).toEqual(cookies);
  });

  it.each(['http.request.uri.query contains "x"', 'lower(http.request.uri.path) eq "/a"', '(starts_with(http.request.uri.path, "/a")', '"unterminated'])(
    "leaves %s unread rather than guess",
    (expression) => {
      expect(readSelection(expression)).toBeUndefined();
    },
  );

  it("a later cache = false rule excludes paths or cookies from an earlier caching rule; an unread one is unknown", () => {
    const s = firstCacheRule(
      '    { action = "set_cache_settings", expression = "true", action_parameters = { cache = true, edge_ttl = { mode = "override_origin" } } },',
      '    { action = "set_cache_settings", expression = "http.cookie contains \\"wp-\\"", action_parameters = { cache = false } },',
      '    { action = "set_cache_settings", expression = "starts_with(http.request.uri.path, \\"/form/\\")", action_parameters = { cache = false } },',
      '    { action = "set_cache_settings", expression = "cf.bot_management.score lt 30", action_parameters = { cache = false } },',
    );
    expect(s.value["overridesPrivate"]).toBe(true);
    expect(patterns(s.value["bypassCookies"])).toEqual(["wp-"]);
    expect(patterns(s.value["excludedPaths"])).toEqual(["/form/"]);
    expect(s.value["unresolvedExclusions"]).toHaveLength(1);
    expect(at(s, ["excludedPaths", 0])).toBe("cf.tf:6:51");
  });

  it("page rules: higher priorities take URLs first; bypass_cache_on_cookie is a whole-name regex", () => {
    const tf = [
      'resource "cloudflare_page_rule" "forms" {',
      '  target   = "example.jp/contact*"',
      "  priority = 2",
      '  actions { cache_level = "bypass" }',
      "}",
      'resource "cloudflare_page_rule" "all" {',
      '  target   = "https://example.jp/*"',
      "  priority = 1",
      '  actions {',
      '    cache_level            = "cache_everything"',
      '    bypass_cache_on_cookie = "wordpress.*|PHPSESSID"',
      "  }",
      "}",
    ].join("\n");
    const subjects = pageCacheSubjects({ "cf.tf": ["terraform", tf] });
    expect(subjects.map((s) => s.id)).toEqual(["cloudflare:cloudflare_page_rule.all"]);
    const s = subject(subjects, ".all");
    expect(s.value["appliesTo"][0].match).toBe("^/.*$");
    expect(s.value["excludedPaths"][0]).toMatchObject({ pattern: "/contact*", match: "^/contact.*$" });
    expect(s.value["bypassCookies"][0].match).toBe("^(?:wordpress.*|PHPSESSID)$");
    expect(s.value["overridesPrivate"]).toBe(false);
  });

  it("page rules: a higher priority in another zone takes no URLs; one that may be the same zone does", () => {
    const rule = (name: string, zone: string, target: string, priority: number, level: string) =>
      [`resource "cloudflare_page_rule" "${name}" {`, `  zone_id  = ${zone}`, `  target   = "${target}"`, `  priority = ${priority}`, `  actions { cache_level = "${level}" }`, "}"].join("\n");
    const excluded = (tf: string) => patterns(subject(pageCacheSubjects({ "cf.tf": ["terraform", tf] }), ".all").value["excludedPaths"]);
    const all = (zone: string) => rule("all", zone, "shop.example.jp/*", 1, "cache_everything");
    // Two literal zone ids, and two zones the module manages: different zones.
    expect(excluded([rule("forms", '"zone-blog"', "blog.example.jp/contact*", 2, "bypass"), all('"zone-shop"')].join("\n"))).toEqual([]);
    const zones = 'resource "cloudflare_zone" "blog" { zone = "blog.example.jp" }\nresource "cloudflare_zone" "shop" { zone = "shop.example.jp" }';
    expect(excluded([zones, rule("forms", "cloudflare_zone.blog.id", "blog.example.jp/contact*", 2, "bypass"), all("cloudflare_zone.shop.id")].join("\n"))).toEqual([]);
    // The same zone, or one that may be: the rule above takes its URLs away.
    expect(excluded([zones, rule("forms", "cloudflare_zone.shop.id", "shop.example.jp/contact*", 2, "bypass"), all("cloudflare_zone.shop.id")].join("\n"))).toEqual(["/contact*"]);
    expect(excluded([rule("forms", "var.zone_id", "shop.example.jp/contact*", 2, "bypass"), all('"zone-shop"')].join("\n"))).toEqual(["/contact*"]);
  });
});

describe("Netlify and Vercel header rules", () => {
  it.each([
    ["/contact/*", "/contact/confirm/", true],
    ["/contact/*", "/contactx", false],
    ["/:lang/form", "/ja/form", true],
    ["/:lang/form", "/ja/x/form", false],
    ["https://example.netlify.app/mypage/*", "/mypage/", true],
  ])("Netlify path %s matches %s: %s", (path, sample, expected) => {
    expect(new RegExp(netlifyPathRule(path, "t").match).test(sample)).toBe(expected);
  });

  it.each([
    ["/(.*)", "/", true],
    ["/:path*", "/", true],
    ["/:path*", "/a/b/", true],
    ["/contact/:path*", "/contact/", true],
    ["/contact/:path*", "/contact/confirm/", true],
    ["/contact/:slug", "/contact/", false],
    ["/contact/:slug", "/contact/a", true],
    ["/post/:id(\\d+)", "/post/12", true],
    ["/post/:id(\\d+)", "/post/ab", false],
    ["/(contact|mypage)/:path*", "/mypage/", true],
  ])("Vercel source %s matches %s: %s", (source, sample, expected) => {
    expect(new RegExp(vercelSourceRule(source, "t")?.match ?? "(?!)").test(sample)).toBe(expected);
  });

  it("leaves an unbalanced Vercel source unread", () => {
    expect(vercelSourceRule("/(contact", "t")).toBeUndefined();
  });

  it("a public rule is a subject; private rules of the same file are its exclusions; Netlify-Vary cookies key it", () => {
    const toml = [
      "[[headers]]", // 1
      '  for = "/*"', // 2
      "  [headers.values]", // 3
      '    Cache-Control = "public, max-age=300"', // 4
      '    Netlify-Vary = "cookie=PHPSESSID|cart"', // 5
      "[[headers]]", // 6
      '  for = "/mypage/*"', // 7
      "  [headers.values]", // 8
      '    Cache-Control = "private"', // 9
    ].join("\n");
    const subjects = pageCacheSubjects({ "site/netlify.toml": ["netlify-toml", toml] });
    expect(subjects.map((s) => s.id)).toEqual(["netlify:site/netlify.toml#/*"]);
    const s = subject(subjects, "#/*");
    expect(s.value["name"]).toBe("netlify.toml /*");
    expect(patterns(s.value["excludedPaths"])).toEqual(["/mypage/*"]);
    expect(patterns(s.value["bypassCookies"])).toEqual(["PHPSESSID", "cart"]);
    expect(at(s, ["enabled"])).toBe("site/netlify.toml:4:21");
    expect(at(s, ["excludedPaths", 0])).toBe("site/netlify.toml:7:9");
  });

  it("Vercel's CDN ignores a plain max-age; s-maxage and CDN-Cache-Control count", () => {
    const json = (value: string, key = "Cache-Control") => JSON.stringify({ headers: [{ source: "/(.*)", headers: [{ key, value }] }] });
    expect(pageCacheSubjects({ "vercel.json": ["vercel", json("public, max-age=600")] })).toEqual([]);
    expect(pageCacheSubjects({ "vercel.json": ["vercel", json("public, s-maxage=600")] })).toHaveLength(1);
    expect(pageCacheSubjects({ "vercel.json": ["vercel", json("max-age=600", "CDN-Cache-Control")] })).toHaveLength(1);
    expect(pageCacheSubjects({ "vercel.json": ["vercel", json("s-maxage=600, private")] })).toEqual([]);
  });
});

describe("settings that are not literals stay unknown", () => {
  it("CloudFront: cookie names in the cache key that come from a variable leave the cookies unknown, not none", () => {
    const tf = [
      'resource "aws_cloudfront_cache_policy" "pages" {', // 1
      "  parameters_in_cache_key_and_forwarded_to_origin {", // 2
      "    cookies_config {", // 3
      '      cookie_behavior = "whitelist"', // 4
      "      cookies { items = var.session_cookies }", // 5
      "    }", // 6
      "  }", // 7
      "}", // 8
      'resource "aws_cloudfront_distribution" "site" {', // 9
      "  ordered_cache_behavior {", // 10
      '    path_pattern    = "/shop/*"', // 11
      "    cache_policy_id = aws_cloudfront_cache_policy.pages.id", // 12
      "  }", // 13
      "  default_cache_behavior {", // 14
      "    forwarded_values {", // 15
      "      cookies {", // 16
      '        forward           = "whitelist"', // 17
      '        whitelisted_names = ["PHPSESSID", var.login_cookie]', // 18
      "      }", // 19
      "    }", // 20
      "  }", // 21
      "}", // 22
    ].join("\n");
    const subjects = pageCacheSubjects({ "cdn.tf": ["terraform", tf] });
    const shop = subject(subjects, "#/shop/*");
    expect(shop.value["bypassCookies"]).toEqual([{ $expr: "var.session_cookies" }]);
    expect(at(shop, ["bypassCookies", 0])).toBe("cdn.tf:5:25");
    const fallback = subject(subjects, "#default");
    expect(fallback.value["bypassCookies"]).toMatchObject([{ pattern: "PHPSESSID" }, { $expr: "var.login_cookie" }]);
    expect(at(fallback, ["bypassCookies", 1])).toBe("cdn.tf:18:43");
  });

  it("Cloudflare cache rule: an edge TTL from a variable leaves overridesPrivate unknown, not false", () => {
    const s = firstCacheRule(
      '    { action = "set_cache_settings", expression = "true", action_parameters = { cache = true, edge_ttl = var.edge_ttl } },',
    );
    expect(s.value["overridesPrivate"]).toEqual({ $expr: "var.edge_ttl" });
    expect(at(s, ["overridesPrivate"])).toBe("cf.tf:4:106");
  });

  it("Cloudflare cache rule: a rule switched on by a variable is unknown, not enabled", () => {
    const s = firstCacheRule(
      '    { action = "set_cache_settings", enabled = var.cache_pages, expression = "true", action_parameters = { cache = true } },',
    );
    expect(s.value["enabled"]).toEqual({ $expr: "var.cache_pages" });
    expect(at(s, ["enabled"])).toBe("cf.tf:4:48");
  });

  it("Cloudflare cache rule: a later rule whose cache switch is a variable may take paths away", () => {
    const s = firstCacheRule(
      '    { action = "set_cache_settings", expression = "true", action_parameters = { cache = true } },',
      '    { action = "set_cache_settings", expression = "starts_with(http.request.uri.path, \\"/contact/\\")", action_parameters = { cache = var.cache_forms } },',
      '    { action = "set_cache_settings", expression = "starts_with(http.request.uri.path, \\"/form/\\")", action_parameters = var.form_settings },',
    );
    expect(s.value["excludedPaths"]).toEqual([]);
    expect(s.value["unresolvedExclusions"]).toEqual([{ $expr: "var.cache_forms" }, { $expr: "var.form_settings" }]);
    expect(at(s, ["unresolvedExclusions", 0])).toBe("cf.tf:5:134");
  });

  it("Cloudflare page rule: a cookie bypass from a variable leaves the cookies unknown, not none", () => {
    const tf = [
      'resource "cloudflare_page_rule" "all" {',
      '  target   = "example.jp/*"',
      "  actions {",
      '    cache_level            = "cache_everything"',
      "    bypass_cache_on_cookie = var.bypass_cookies",
      "  }",
      "}",
    ].join("\n");
    const s = subject(pageCacheSubjects({ "cf.tf": ["terraform", tf] }), ".all");
    expect(s.value["bypassCookies"]).toEqual([{ $expr: "var.bypass_cookies" }]);
    expect(at(s, ["bypassCookies", 0])).toBe("cf.tf:5:30");
  });

  it("Cloudflare page rule: a rule whose priority is a variable may be the one that applies", () => {
    const tf = [
      'resource "cloudflare_page_rule" "forms" {',
      '  target   = "example.jp/contact*"',
      "  priority = var.forms_priority",
      '  actions { cache_level = "bypass" }',
      "}",
      'resource "cloudflare_page_rule" "all" {',
      '  target   = "example.jp/*"',
      "  priority = 1",
      '  actions { cache_level = "cache_everything" }',
      "}",
    ].join("\n");
    const s = subject(pageCacheSubjects({ "cf.tf": ["terraform", tf] }), ".all");
    expect(s.value["excludedPaths"]).toEqual([]);
    expect(s.value["unresolvedExclusions"]).toEqual([{ $expr: "var.forms_priority" }]);
    expect(at(s, ["unresolvedExclusions", 0])).toBe("cf.tf:3:14");
  });
});

describe("Cloudflare rule lists with entries that are not literals", () => {
  it("a later rule that is a variable may take paths away from an earlier caching rule", () => {
    const s = firstCacheRule(
      '    { action = "set_cache_settings", expression = "true", action_parameters = { cache = true } },',
      "    var.bypass_rule,",
    );
    expect(s.value["unresolvedExclusions"]).toEqual([{ $expr: "var.bypass_rule" }]);
    expect(at(s, ["unresolvedExclusions", 0])).toBe("cf.tf:5:5");
  });

  it("a page rule whose own priority is a variable may be below any other rule of the zone", () => {
    const tf = [
      'resource "cloudflare_page_rule" "forms" {',
      '  target   = "example.jp/contact*"',
      "  priority = 2",
      '  actions { cache_level = "bypass" }',
      "}",
      'resource "cloudflare_page_rule" "all" {',
      '  target   = "example.jp/*"',
      "  priority = var.all_priority",
      '  actions { cache_level = "cache_everything" }',
      "}",
    ].join("\n");
    const s = subject(pageCacheSubjects({ "cf.tf": ["terraform", tf] }), ".all");
    expect(s.value["excludedPaths"]).toEqual([]);
    expect(s.value["unresolvedExclusions"]).toEqual([{ $expr: "var.all_priority" }]);
    expect(at(s, ["unresolvedExclusions", 0])).toBe("cf.tf:8:14");
  });

  it("Cloudflare cache rule: a later bypass rule switched on by a variable may take paths away, not surely", () => {
    const s = firstCacheRule(
      '    { action = "set_cache_settings", expression = "true", action_parameters = { cache = true } },',
      '    { action = "set_cache_settings", enabled = var.bypass_forms, expression = "starts_with(http.request.uri.path, \\"/contact/\\")", action_parameters = { cache = false } },',
      '    { action = "set_cache_settings", enabled = var.bypass_sessions, expression = "http.cookie contains \\"PHPSESSID\\"", action_parameters = { cache = false } },',
    );
    expect(s.value["excludedPaths"]).toEqual([]);
    expect(s.value["unresolvedExclusions"]).toEqual([{ $expr: "var.bypass_forms" }]);
    expect(at(s, ["unresolvedExclusions", 0])).toBe("cf.tf:5:48");
    expect(s.value["bypassCookies"]).toEqual([{ $expr: "var.bypass_sessions" }]);
    expect(at(s, ["bypassCookies", 0])).toBe("cf.tf:6:48");
  });

  it("Cloudflare zone: a record proxied by a variable keeps an application origin possible, so the zone is not static", () => {
    const zone = (proxied: string): string =>
      [
        cacheRuleset('    { action = "set_cache_settings", expression = "true", action_parameters = { cache = true } },'),
        'resource "cloudflare_record" "www" {',
        '  name    = "www"',
        '  content = "example-site.s3-website-ap-northeast-1.amazonaws.com"',
        "  proxied = true",
        "}",
        'resource "cloudflare_record" "app" {',
        '  name    = "app"',
        '  content = "203.0.113.10"',
        `  proxied = ${proxied}`,
        "}",
      ].join("\n");
    const maybe = subject(pageCacheSubjects({ "cf.tf": ["terraform", zone("var.proxy_app")] }), "#rule 1");
    expect(maybe.value["origin"]).toMatchObject({ kind: "unknown" });
    expect(maybe.value["origin"].evidence).toContain("cloudflare_record.app");
    expect(at(maybe, ["origin"])).toBe("cf.tf:14:13");
    const notProxied = subject(pageCacheSubjects({ "cf.tf": ["terraform", zone("false")] }), "#rule 1");
    expect(notProxied.value["origin"]).toMatchObject({ kind: "static" });
  });
});

describe("CloudFront empty cache policy ids", () => {
  it('cache_policy_id = "" is unset, as the AWS provider takes it: the behavior\'s own TTLs are in force', () => {
    const tf = [
      'resource "aws_cloudfront_distribution" "site" {', // 1
      "  default_cache_behavior {", // 2
      '    cache_policy_id = ""', // 3
      "    min_ttl         = 0", // 4
      "    default_ttl     = 0", // 5
      "    max_ttl         = 0", // 6
      "  }", // 7
      "}", // 8
    ].join("\n");
    const s = subject(pageCacheSubjects({ "cdn.tf": ["terraform", tf] }), "#default");
    expect(s.value["enabled"]).toBe(false);
    expect(s.value["overridesPrivate"]).toBe(false);
  });
});
