import { describe, expect, it } from "vitest";
import { at, pageCacheSubjects, patterns, subject } from "./subjects.js";

const SITE = [
  "fastcgi_cache_path /var/cache/nginx levels=1:2 keys_zone=WP:10m;", //  1
  "server {", //  2
  "    server_name example.jp;", //  3
  "    include snippets/skip.conf;", //  4
  "    location = /healthz { return 200; }", //  5
  "    location ~ /toiawase/ {", //  6
  "        fastcgi_pass php:9000;", //  7
  "    }", //  8
  "    location ~ \\.php$ {", //  9
  "        fastcgi_pass php:9000;", // 10
  "        fastcgi_cache WP;", // 11
  "        fastcgi_cache_methods GET HEAD POST;", // 12
  "        fastcgi_cache_bypass $skip $cookie_PHPSESSID;", // 13
  "        fastcgi_no_cache $skip $cookie_PHPSESSID;", // 14
  "        fastcgi_ignore_headers Expires Set-Cookie;", // 15
  "        if ($uri ~ /satei/) { set $skip 1; }", // 16
  "    }", // 17
  "    location /static/ {", // 18
  "        proxy_pass http://assets;", // 19
  "    }", // 20
  "}", // 21
].join("\n");

const SKIP = [
  "set $skip 0;", // 1
  'if ($request_uri ~* "/(contact|mypage)/") { set $skip 1; }', // 2
  "if ($request_method = POST) { set $skip 1; }", // 3
  'if ($http_cookie ~ "wordpress_logged_in") { set $skip 1; }', // 4
  'if ($args ~ "preview=true") { set $other 1; }', // 5
].join("\n");

describe("nginx fastcgi_cache / proxy_cache", () => {
  const subjects = pageCacheSubjects({
    "etc/nginx/sites-enabled/example.jp": ["nginx", SITE],
    "etc/nginx/snippets/skip.conf": ["nginx", SKIP],
  });
  const php = subject(subjects, "location ~ \\.php$#fastcgi_cache");

  it("makes one subject per caching location, read through its includes", () => {
    expect(subjects.map((s) => s.id)).toEqual(["nginx:etc/nginx/sites-enabled/example.jp#example.jp location ~ \\.php$#fastcgi_cache"]);
    expect(php.value).toMatchObject({ scope: "location", enabled: true, overridesPrivate: true });
    expect(php.value["appliesTo"][0]).toMatchObject({ match: "^/" });
  });

  it("excludes paths by server-level conditions on $request_uri, and uncached locations nginx picks first", () => {
    // `= /healthz` and the earlier regex `/toiawase/` win over `\.php$` and do not cache.
    expect(patterns(php.value["excludedPaths"])).toEqual(["/(contact|mypage)/", "/healthz", "/toiawase/"]);
    expect(php.value["excludedPaths"][0].match).toBe("(?i)/(contact|mypage)/");
    expect(at(php, ["excludedPaths", 0])).toBe("etc/nginx/snippets/skip.conf:2:21");
    expect(at(php, ["excludedPaths", 2])).toBe("etc/nginx/sites-enabled/example.jp:6:14");
  });

  it("does not take $uri inside the PHP location for the page's path (it is /index.php there)", () => {
    expect(patterns(php.value["excludedPaths"])).not.toContain("/satei/");
  });

  it("reads bypass cookies from $http_cookie conditions and $cookie_ variables in both lists", () => {
    expect(patterns(php.value["bypassCookies"])).toEqual(["wordpress_logged_in", "PHPSESSID"]);
    expect(at(php, ["bypassCookies", 1])).toBe("etc/nginx/sites-enabled/example.jp:13:36");
  });

  it("drops POST from the cached methods when a skip condition covers it, and points overrides at the header", () => {
    expect(php.value["cachedMethods"]).toEqual(["GET", "HEAD"]);
    expect(at(php, ["overridesPrivate"])).toBe("etc/nginx/sites-enabled/example.jp:15:40");
  });

  it("a flag used only in fastcgi_cache_bypass is no exclusion: the page is still stored", () => {
    const text = SITE.replace("        fastcgi_no_cache $skip $cookie_PHPSESSID;", "        fastcgi_no_cache $cookie_PHPSESSID;");
    const only = subject(pageCacheSubjects({ "etc/nginx/sites-enabled/example.jp": ["nginx", text], "etc/nginx/snippets/skip.conf": ["nginx", SKIP] }), "#fastcgi_cache");
    expect(patterns(only.value["excludedPaths"])).toEqual(["/healthz", "/toiawase/"]);
    expect(only.value["cachedMethods"]).toEqual(["GET", "HEAD", "POST"]);
    expect(at(only, ["cachedMethods"])).toBe("etc/nginx/sites-enabled/example.jp:12:40");
  });

  it("reads skip flags computed by map blocks, and inherits proxy_cache from the http level", () => {
    const conf = [
      "http {", // 1
      "    map $request_uri $skip_uri { default 0; ~^/contact/ 1; /mypage/ 1; }", // 2
      "    map $http_cookie $skip_cookie { default 0; ~*phpsessid 1; }", // 3
      "    proxy_cache pages;", // 4
      "    server {", // 5
      "        location / {", // 6
      "            proxy_pass http://wp;", // 7
      "            proxy_cache_bypass $skip_uri $skip_cookie;", // 8
      "            proxy_no_cache $skip_uri $skip_cookie;", // 9
      "        }", // 10
      "    }", // 11
      "}", // 12
    ].join("\n");
    const s = subject(pageCacheSubjects({ "nginx/nginx.conf": ["nginx", conf] }), "#proxy_cache");
    expect(s.value["name"]).toBe("_ location /");
    expect(s.value["excludedPaths"].map((r: { syntax: string; match: string }) => [r.syntax, r.match])).toEqual([
      ["regex", "^/contact/"],
      ["exact", "^/mypage/$"],
    ]);
    expect(s.value["bypassCookies"][0].match).toBe("(?i)phpsessid");
    expect(at(s, ["excludedPaths", 1])).toBe("nginx/nginx.conf:2:60");
    expect(at(s, ["enabled"])).toBe("nginx/nginx.conf:4:17");
  });
});

describe("nginx location precedence", () => {
  it("a location that only redirects to index.php is no exclusion: the request comes back to the cache", () => {
    const conf = [
      "server {",
      "    location ~ /contact/ { try_files $uri /index.php?$args; }",
      "    location ~ \\.php$ { fastcgi_pass php:9000; fastcgi_cache WP; }",
      "}",
    ].join("\n");
    const s = subject(pageCacheSubjects({ "etc/nginx/conf.d/site.conf": ["nginx", conf] }), "#fastcgi_cache");
    expect(s.value["excludedPaths"]).toEqual([]);
  });
});

describe("nginx cache keys", () => {
  it("cookies in the cache key keep each visitor's entries apart", () => {
    const conf = [
      "server {",
      '    location / { proxy_pass http://wp; proxy_cache p; proxy_cache_key "$scheme$host$request_uri$cookie_PHPSESSID${cookie_wordpress_logged_in_0123456789abcdef0123456789abcdef}"; }',
      "}",
    ].join("\n");
    const s = subject(pageCacheSubjects({ "etc/nginx/conf.d/site.conf": ["nginx", conf] }), "#proxy_cache");
    expect(s.value["bypassCookies"].map((r: { match: string }) => r.match)).toEqual(["^PHPSESSID$", "^wordpress_logged_in"]);
    expect(at(s, ["bypassCookies", 0])).toBe("etc/nginx/conf.d/site.conf:2:71");
  });
});

describe("nginx skip flags set from variables", () => {
  it("a flag set from another variable may skip or not: its paths and cookies are unknown, not excluded", () => {
    const conf = [
      "map $request_uri $form_flag { default 0; ~^/contact/ $allow_form_cache; }", // 1
      "server {", // 2
      '    if ($request_uri ~* "/(mypage|cart)/") { set $skip $maintenance; }', // 3
      '    if ($http_cookie ~ "PHPSESSID") { set $skip $session_flag; }', // 4
      "    location ~ \\.php$ {", // 5
      "        fastcgi_pass php:9000;", // 6
      "        fastcgi_cache WP;", // 7
      "        fastcgi_cache_bypass $skip $form_flag;", // 8
      "        fastcgi_no_cache $skip $form_flag;", // 9
      "    }", // 10
      "}", // 11
    ].join("\n");
    const s = subject(pageCacheSubjects({ "etc/nginx/conf.d/site.conf": ["nginx", conf] }), "#fastcgi_cache");
    expect(s.value["excludedPaths"]).toEqual([]);
    expect(s.value["unresolvedExclusions"]).toHaveLength(2);
    expect(at(s, ["unresolvedExclusions", 0])).toBe("etc/nginx/conf.d/site.conf:3:25");
    expect(at(s, ["unresolvedExclusions", 1])).toBe("etc/nginx/conf.d/site.conf:1:42");
    expect(s.value["bypassCookies"]).toHaveLength(1);
    expect(s.value["bypassCookies"][0]).toHaveProperty("$unknown");
    expect(at(s, ["bypassCookies", 0])).toBe("etc/nginx/conf.d/site.conf:4:24");
  });
});
