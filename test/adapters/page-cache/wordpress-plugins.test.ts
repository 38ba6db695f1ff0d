import { describe, expect, it } from "vitest";
import { at, pageCacheSubjects, patterns, subject } from "./subjects.js";

describe("W3 Total Cache", () => {
  const json = [
    "<?php exit; ?>{",
    '    "pgcache.enabled": true,',
    '    "pgcache.reject.logged": false,',
    '    "pgcache.reject.uri": ["wp-.*\\\\.php", "/Contact/"],',
    '    "pgcache.reject.cookie": ["PHPSESSID"]',
    "}",
  ].join("\n");

  it("reads the JSON format: case-insensitive exclusions, cookies, the logged-in switch, each at its key", () => {
    const s = subject(pageCacheSubjects({ "wp-content/w3tc-config/master.php": ["php-config", json] }), "master.php");
    expect(s.value).toMatchObject({ scope: "site", enabled: true, servesLoggedIn: true, cachedMethods: ["GET"], unresolvedExclusions: [] });
    expect(s.value["excludedPaths"].map((r: { match: string }) => r.match)).toEqual(["(?i)wp-.*\\.php", "(?i)/Contact/", "wp-login", "wp-register"]);
    // Cookie entries are substrings of the name, not regexes; two prefixes are always rejected.
    expect(s.value["bypassCookies"].map((r: { syntax: string; pattern: string }) => `${r.syntax} ${r.pattern}`)).toEqual([
      "contains PHPSESSID",
      "prefix wp-postpass",
      "prefix comment_author",
    ]);
    expect(s.meta?.["product"]).toBe("w3-total-cache");
    expect(at(s, ["enabled"])).toBe("wp-content/w3tc-config/master.php:2:24");
    expect(at(s, ["servesLoggedIn"])).toBe("wp-content/w3tc-config/master.php:3:30");
    expect(at(s, ["excludedPaths", 1])).toBe("wp-content/w3tc-config/master.php:4:43");
  });

  it("reads the legacy array format, with plugin defaults for missing keys and markers for computed entries", () => {
    const legacy = "<?php\nreturn array(\n\t'pgcache.enabled' => true,\n\t'pgcache.reject.uri' => array('index\\\\.php', MY_FORMS),\n);\n";
    const s = subject(pageCacheSubjects({ "site/wp-content/w3tc-config/master.php": ["php-config", legacy] }), "master.php");
    expect(s.value["name"]).toBe("the WordPress site in site/");
    expect(patterns(s.value["excludedPaths"])).toEqual(["index\\.php", "wp-login", "wp-register"]);
    expect(s.value["unresolvedExclusions"]).toEqual([{ $expr: "MY_FORMS" }]);
    expect(s.value["unresolvedExclusions"]).toHaveLength(1);
    expect(at(s, ["unresolvedExclusions", 0])).toBe("site/wp-content/w3tc-config/master.php:4:47");
    // pgcache.reject.logged defaults to true: the login cookie bypasses the cache.
    expect(s.value["servesLoggedIn"]).toBe(false);
    expect(patterns(s.value["bypassCookies"])).toEqual(["wp-postpass", "comment_author", "wordpress_logged_in"]);
  });

  it("skips w3tc-config files without page-cache keys", () => {
    const admin = '<?php exit; ?>{ "common.support": "", "notes.need_empty_pgcache": false }';
    expect(pageCacheSubjects({ "wp-content/w3tc-config/master-admin.php": ["php-config", admin] })).toEqual([]);
  });
});

describe("WP Super Cache", () => {
  it.each([
    ["0", false, ["wordpress_logged_in"]],
    ["1", false, ["(any cookie)"]],
    ["2", false, ["wordpress_logged_in"]],
  ])("$wp_cache_not_logged_in = %s: serves logged-in users %s", (value, serves, cookies) => {
    const text = `<?php\n$cache_enabled = true;\n$wp_cache_not_logged_in = ${value};\n`;
    const s = subject(pageCacheSubjects({ "wp-content/wp-cache-config.php": ["php-config", text] }), "wp-cache-config.php");
    expect(s.value["servesLoggedIn"]).toBe(serves);
    expect(patterns(s.value["bypassCookies"])).toEqual(cookies);
    expect(at(s, ["servesLoggedIn"])).toBe("wp-content/wp-cache-config.php:3:27");
  });

  it("known users made anonymous are served shared pages, pointed at that switch", () => {
    const text = "<?php\n$cache_enabled = true;\n$wp_cache_not_logged_in = 2;\n$wp_cache_make_known_anon = 1;\n";
    const s = subject(pageCacheSubjects({ "wp-content/wp-cache-config.php": ["php-config", text] }), "wp-cache-config.php");
    expect(s.value["servesLoggedIn"]).toBe(true);
    expect(at(s, ["servesLoggedIn"])).toBe("wp-content/wp-cache-config.php:4:29");
  });

  it("is disabled unless $cache_enabled, and uses the sample's rejected URIs when unset", () => {
    const s = subject(pageCacheSubjects({ "wp-content/wp-cache-config.php": ["php-config", "<?php\n$cache_max_time = 3600;\n"] }), "wp-cache-config.php");
    expect(s.value["enabled"]).toBe(false);
    expect(patterns(s.value["excludedPaths"])).toEqual(["wp-.*\\.php", "index\\.php", "/wp-admin/", "xmlrpc.php", "wp-app.php"]);
  });
});

describe("WP Rocket", () => {
  it("anchors the runtime file's joined reject regex to the whole path", () => {
    const text = "<?php\n$rocket_cache_reject_uri = '/contact/|/feed/';\n$rocket_cache_reject_cookies = 'wordpress_logged_in_.+|PHPSESSID';\n";
    const s = subject(pageCacheSubjects({ "wp-content/wp-rocket-config/example.jp.php": ["php-config", text] }), "example.jp.php");
    expect(s.value["excludedPaths"][0]).toMatchObject({ pattern: "/contact/|/feed/", match: "^(?:/contact/|/feed/)$" });
    expect(s.value["bypassCookies"][0]).toMatchObject({ match: "wordpress_logged_in_.+|PHPSESSID" });
    expect("servesLoggedIn" in s.value).toBe(false);
    expect(at(s, ["excludedPaths", 0])).toBe("wp-content/wp-rocket-config/example.jp.php:2:28");
  });

  it("reads the settings export: one anchored rule per entry; cache_logged_user keeps a cache per user", () => {
    const text = '{\n  "cache_logged_user": 1,\n  "cache_reject_uri": ["/mypage/(.*)"]\n}\n';
    const s = subject(pageCacheSubjects({ "wp-rocket-settings-2024-02-05-65c0a1b2.json": ["wp-rocket-settings", text] }), ".json");
    expect(s.value["servesLoggedIn"]).toBe(false);
    expect(s.value["excludedPaths"][0]).toMatchObject({ match: "^(?:/mypage/(.*))$" });
    expect(s.value["bypassCookies"].at(-1)).toMatchObject({ pattern: "wordpress_logged_in", setting: "cache_logged_user = 1 (a cache per user)" });
    expect(at(s, ["servesLoggedIn"])).toBe("wp-rocket-settings-2024-02-05-65c0a1b2.json:2:24");
  });

  it.each([
    ["", "wordpress_logged_in_.+|PHPSESSID", undefined],
    ["$rocket_cookie_hash = 'abc';\n", "PHPSESSID", false],
    ["$rocket_cookie_hash = 'abc';\n$rocket_common_cache_logged_users = 1;\n", "PHPSESSID", true],
  ])("runtime file %j with rejected cookies %s: serves logged-in users shared pages %s", (extra, cookies, serves) => {
    const text = `<?php\n${extra}$rocket_cache_reject_cookies = '${cookies}';\n`;
    const s = subject(pageCacheSubjects({ "wp-content/wp-rocket-config/example.jp.php": ["php-config", text] }), "example.jp.php");
    expect(s.value["servesLoggedIn"]).toBe(serves);
  });

  it("ignores PHP files of the config folder that hold no rocket settings", () => {
    expect(pageCacheSubjects({ "wp-content/wp-rocket-config/index.php": ["php-config", "<?php\n// Silence is golden.\n"] })).toEqual([]);
  });
});

describe("LiteSpeed Cache", () => {
  it("reads URIs as substrings, ^ prefixes and $ ends, and forced URIs without their TTL", () => {
    const text = '["_version","6.1"]\n\n["cache","0"]\n\n["cache-exc",["/contact/","^/mypage","/thanks$","^/cart/$"]]\n\n["cache-force_pub_uri",["^/shop/ 3600"]]\n';
    const s = subject(pageCacheSubjects({ "LSCWP_cfg-example.jp_-20240205_130000.data": ["litespeed-export", text] }), ".data");
    expect(s.value["enabled"]).toBe(false);
    const rules = s.value["excludedPaths"].filter((r: { setting: string }) => r.setting === "cache-exc");
    expect(rules.map((r: { syntax: string; match: string }) => [r.syntax, r.match])).toEqual([
      ["contains", "/contact/"],
      ["prefix", "^/mypage"],
      ["contains", "/thanks$"],
      ["exact", "^/cart/$"],
    ]);
    expect(s.value["forcedPublic"][0]).toMatchObject({ pattern: "^/shop/ 3600", match: "^/shop/" });
    expect(at(s, ["forcedPublic", 0])).toBe("LSCWP_cfg-example.jp_-20240205_130000.data:7:25");
  });
});

describe("cookie settings that are not literals stay unknown", () => {
  it("W3 Total Cache: a rejected-cookie list or entry named by a constant leaves the cookies unknown", () => {
    const whole = "<?php\nreturn array(\n\t'pgcache.enabled' => true,\n\t'pgcache.reject.cookie' => MY_COOKIES,\n);\n";
    const s = subject(pageCacheSubjects({ "wp-content/w3tc-config/master.php": ["php-config", whole] }), "master.php");
    expect(s.value["bypassCookies"]).toContainEqual({ $expr: "MY_COOKIES" });
    expect(at(s, ["bypassCookies", 0])).toBe("wp-content/w3tc-config/master.php:4:29");
    const entry = "<?php\nreturn array(\n\t'pgcache.enabled' => true,\n\t'pgcache.reject.cookie' => array('PHPSESSID', SESSION_COOKIE),\n);\n";
    const e = subject(pageCacheSubjects({ "wp-content/w3tc-config/master.php": ["php-config", entry] }), "master.php");
    expect(e.value["bypassCookies"].slice(0, 2)).toMatchObject([{ pattern: "PHPSESSID" }, { $expr: "SESSION_COOKIE" }]);
    expect(at(e, ["bypassCookies", 1])).toBe("wp-content/w3tc-config/master.php:4:48");
  });

  it("WP Super Cache: rejected cookies named by a constant leave the cookies unknown", () => {
    const text = "<?php\n$cache_enabled = true;\n$wpsc_rejected_cookies = WPSC_COOKIES;\n";
    const s = subject(pageCacheSubjects({ "wp-content/wp-cache-config.php": ["php-config", text] }), "wp-cache-config.php");
    expect(s.value["bypassCookies"]).toContainEqual({ $expr: "WPSC_COOKIES" });
    expect(at(s, ["bypassCookies", 0])).toBe("wp-content/wp-cache-config.php:3:26");
  });

  it("WP Rocket runtime file: rejected cookies that are not a literal leave the cookies unknown", () => {
    const text = "<?php\n$rocket_cookie_hash = 'abc';\n$rocket_cache_reject_cookies = ROCKET_REJECT_COOKIES;\n";
    const s = subject(pageCacheSubjects({ "wp-content/wp-rocket-config/example.jp.php": ["php-config", text] }), "example.jp.php");
    expect(s.value["bypassCookies"]).toEqual([{ $expr: "ROCKET_REJECT_COOKIES" }]);
    expect(at(s, ["bypassCookies", 0])).toBe("wp-content/wp-rocket-config/example.jp.php:3:32");
  });
});

describe("WP Rocket login cookie hash that is not a literal", () => {
  it("leaves whether logged-in users get shared pages unknown, not absent", () => {
    const text = "<?php\n$rocket_cookie_hash = COOKIEHASH;\n$rocket_cache_reject_cookies = 'PHPSESSID';\n";
    const s = subject(pageCacheSubjects({ "wp-content/wp-rocket-config/example.jp.php": ["php-config", text] }), "example.jp.php");
    expect(s.value["servesLoggedIn"]).toEqual({ $expr: "COOKIEHASH" });
    expect(at(s, ["servesLoggedIn"])).toBe("wp-content/wp-rocket-config/example.jp.php:2:23");
  });
});
