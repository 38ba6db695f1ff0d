import { describe, expect, it } from "vitest";
import {
  effectiveDirectives,
  nginxParser,
  resolveIncludes,
  sniffNginx,
  type EffectiveMap,
  type IncludeLookup,
  type NginxConfig,
} from "../../src/formats/nginx/index.js";
import type { DocPath, Document, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";
import { buildServers } from "../../src/formats/nginx/effective.js";

function config(document: Document): NginxConfig {
  return document.value as NginxConfig;
}

/** Directive name → the args of each entry and the line its source directive is on. */
function summary(document: Document, effective: EffectiveMap): Record<string, Array<[string[], number]>> {
  const out: Record<string, Array<[string[], number]>> = {};
  for (const [name, entries] of Object.entries(effective)) {
    out[name] = entries.map((entry) => [entry.args, document.locate(entry.source).line]);
  }
  return out;
}

// Modelled on Gymnae/docker-wordpress nginx_conf/sites-available/ssl-fastcgi-cache.com and
// natostanco/alpngxrkt conf.d/php-server.nix (FORMATS.md 1.5): a conf.d file, included in http.
const WORDPRESS = [
  "# WordPress behind a fastcgi cache", //                                                          1
  "fastcgi_cache_path /var/run/nginx-cache levels=1:2 keys_zone=WORDPRESS:100m inactive=60m;", //  2
  'fastcgi_cache_key "$scheme$request_method$host$request_uri";', //                               3
  "add_header X-Frame-Options SAMEORIGIN always;", //                                              4
  "", //                                                                                           5
  "map $http_cookie $logged_in {", //                                                              6
  "    default 0;", //                                                                             7
  '    "~*wordpress_logged_in_[a-f0-9]+" 1;', //                                                   8
  "}", //                                                                                          9
  "", //                                                                                           10
  "server {", //                                                                                   11
  "    listen 80;", //                                                                             12
  "    server_name example.jp www.example.jp;", //                                                 13
  "    root /var/www/html;", //                                                                    14
  "    fastcgi_ignore_headers Cache-Control Expires Set-Cookie;", //                               15
  "", //                                                                                           16
  "    set $skip_cache 0;", //                                                                     17
  "    if ($request_method = POST) {", //                                                          18
  "        set $skip_cache 1;", //                                                                 19
  "    }", //                                                                                      20
  '    if ($query_string != "") {', //                                                             21
  "        set $skip_cache 1;", //                                                                 22
  "    }", //                                                                                      23
  '    if ($request_uri ~* "/wp-admin/|/xmlrpc.php|wp-.*.php|/(contact|confirm|thanks)/") {', //   24
  "        set $skip_cache 1;", //                                                                 25
  "    }", //                                                                                      26
  '    if ($http_cookie ~* "comment_author|wordpress_[a-f0-9]+|wp-postpass|PHPSESSID") {', //      27
  "        set $skip_cache 1;", //                                                                 28
  "    }", //                                                                                      29
  "", //                                                                                           30
  "    location / {", //                                                                           31
  "        try_files $uri $uri/ /index.php?$args;", //                                             32
  "    }", //                                                                                      33
  "", //                                                                                           34
  "    location ~ \\.php$ {", //                                                                   35
  "        include fastcgi_params;", //                                                            36
  "        fastcgi_pass unix:/run/php/php-fpm.sock;", //                                           37
  "        fastcgi_cache WORDPRESS;", //                                                           38
  "        fastcgi_cache_valid 200 301 302 60m;", //                                               39
  "        fastcgi_cache_bypass $skip_cache;", //                                                  40
  "        fastcgi_no_cache $skip_cache;", //                                                      41
  "        add_header X-Cache $upstream_cache_status;", //                                         42
  "", //                                                                                           43
  "        location ~ ^/wp-admin/ {", //                                                           44
  "            fastcgi_ignore_headers Expires;", //                                                45
  "            fastcgi_pass unix:/run/php/php-fpm.sock;", //                                       46
  "        }", //                                                                                  47
  "    }", //                                                                                      48
  "}", //                                                                                          49
  "",
].join("\n");

describe("nginxParser on a WordPress fastcgi cache config", () => {
  const document = only(nginxParser.parse(WORDPRESS, "conf.d/wordpress.conf"));
  const value = config(document);

  it("keeps every directive in order, blocks nested", () => {
    expect(value.directives.map((d) => d.name)).toEqual(["fastcgi_cache_path", "fastcgi_cache_key", "add_header", "map", "server"]);
    expect(value.directives[1]).toEqual({ name: "fastcgi_cache_key", args: ["$scheme$request_method$host$request_uri"] });
    expect(value.directives[3]).toEqual({
      name: "map",
      args: ["$http_cookie", "$logged_in"],
      block: [
        { name: "default", args: ["0"] },
        { name: "~*wordpress_logged_in_[a-f0-9]+", args: ["1"] },
      ],
    });
    const server = value.directives[4]?.block ?? [];
    expect(server.map((d) => d.name)).toEqual([
      "listen", "server_name", "root", "fastcgi_ignore_headers", "set", "if", "if", "if", "if", "location", "location",
    ]);
    expect(server.slice(4, 7)).toEqual([
      { name: "set", args: ["$skip_cache", "0"] },
      { name: "if", args: ["($request_method", "=", "POST)"], block: [{ name: "set", args: ["$skip_cache", "1"] }] },
      { name: "if", args: ["($query_string", "!=", "", ")"], block: [{ name: "set", args: ["$skip_cache", "1"] }] },
    ]);
    expect(server[8]?.args).toEqual(["($http_cookie", "~*", "comment_author|wordpress_[a-f0-9]+|wp-postpass|PHPSESSID", ")"]);
  });

  it("records includes without resolving them", () => {
    expect(value.includes).toEqual([{ pattern: "fastcgi_params", source: ["directives", 4, "block", 10, "block", 0] }]);
  });

  it("builds the servers/locations view", () => {
    expect(value.servers).toHaveLength(1);
    const server = value.servers[0];
    expect(server?.serverNames).toEqual(["example.jp", "www.example.jp"]);
    expect(server?.locations.map((l) => [l.modifier, l.pattern, l.locations.map((n) => n.pattern)])).toEqual([
      ["", "/", []],
      ["~", "\\.php$", ["^/wp-admin/"]],
    ]);
  });

  it("computes effective directives with nginx's inheritance", () => {
    const scopes = effectiveDirectives(document);
    expect(scopes.map((s) => [s.kind, s.path.join("/"), document.locate(s.source).line])).toEqual([
      ["server", "servers/0", 11],
      ["location", "servers/0/locations/0", 31],
      ["location", "servers/0/locations/1", 35],
      ["location", "servers/0/locations/1/locations/0", 44],
    ]);
    const [server, root, php, admin] = scopes.map((s) => summary(document, s.directives));
    expect(server).toEqual({
      add_header: [[["X-Frame-Options", "SAMEORIGIN", "always"], 4]],
      fastcgi_cache_key: [[["$scheme$request_method$host$request_uri"], 3]],
      fastcgi_cache_path: [[["/var/run/nginx-cache", "levels=1:2", "keys_zone=WORDPRESS:100m", "inactive=60m"], 2]],
      fastcgi_ignore_headers: [[["Cache-Control", "Expires", "Set-Cookie"], 15]],
      listen: [[["80"], 12]],
      root: [[["/var/www/html"], 14]],
      server_name: [[["example.jp", "www.example.jp"], 13]],
      set: [[["$skip_cache", "0"], 17]],
    });
    // listen, server_name and set apply only where written; try_files is the location's own.
    expect(root).toEqual({
      add_header: [[["X-Frame-Options", "SAMEORIGIN", "always"], 4]],
      fastcgi_cache_key: [[["$scheme$request_method$host$request_uri"], 3]],
      fastcgi_cache_path: [[["/var/run/nginx-cache", "levels=1:2", "keys_zone=WORDPRESS:100m", "inactive=60m"], 2]],
      fastcgi_ignore_headers: [[["Cache-Control", "Expires", "Set-Cookie"], 15]],
      root: [[["/var/www/html"], 14]],
      try_files: [[["$uri", "$uri/", "/index.php?$args"], 32]],
    });
    // One add_header in the location drops the inherited X-Frame-Options; the server's
    // fastcgi_ignore_headers (with Set-Cookie) still applies.
    expect(php).toEqual({
      add_header: [[["X-Cache", "$upstream_cache_status"], 42]],
      fastcgi_cache: [[["WORDPRESS"], 38]],
      fastcgi_cache_bypass: [[["$skip_cache"], 40]],
      fastcgi_cache_key: [[["$scheme$request_method$host$request_uri"], 3]],
      fastcgi_cache_path: [[["/var/run/nginx-cache", "levels=1:2", "keys_zone=WORDPRESS:100m", "inactive=60m"], 2]],
      fastcgi_cache_valid: [[["200", "301", "302", "60m"], 39]],
      fastcgi_ignore_headers: [[["Cache-Control", "Expires", "Set-Cookie"], 15]],
      fastcgi_no_cache: [[["$skip_cache"], 41]],
      fastcgi_pass: [[["unix:/run/php/php-fpm.sock"], 37]],
      include: [[["fastcgi_params"], 36]],
      root: [[["/var/www/html"], 14]],
    });
    // The nested location replaces fastcgi_ignore_headers and inherits the cache settings, but
    // not the enclosing location's fastcgi_pass (a handler) or include.
    expect(admin).toEqual({
      add_header: [[["X-Cache", "$upstream_cache_status"], 42]],
      fastcgi_cache: [[["WORDPRESS"], 38]],
      fastcgi_cache_bypass: [[["$skip_cache"], 40]],
      fastcgi_cache_key: [[["$scheme$request_method$host$request_uri"], 3]],
      fastcgi_cache_path: [[["/var/run/nginx-cache", "levels=1:2", "keys_zone=WORDPRESS:100m", "inactive=60m"], 2]],
      fastcgi_cache_valid: [[["200", "301", "302", "60m"], 39]],
      fastcgi_ignore_headers: [[["Expires"], 45]],
      fastcgi_no_cache: [[["$skip_cache"], 41]],
      fastcgi_pass: [[["unix:/run/php/php-fpm.sock"], 46]],
      root: [[["/var/www/html"], 14]],
    });
  });

  it.each<[string, DocPath, Range]>([
    ["a directive", ["directives", 1], range(3, 1, 3, 61)],
    ["a directive's name", ["directives", 1, "name"], range(3, 1, 3, 18)],
    ["a quoted argument, quotes included", ["directives", 1, "args", 0], range(3, 19, 3, 60)],
    ["all arguments", ["directives", 0, "args"], range(2, 20, 2, 89)],
    ["a block directive, through its }", ["directives", 3], range(6, 1, 9, 2)],
    ["a block's braces", ["directives", 3, "block"], range(6, 29, 9, 2)],
    ["a map entry", ["directives", 3, "block", 1, "name"], range(8, 5, 8, 38)],
    ["an arg in a location in a server", ["directives", 4, "block", 10, "block", 3, "args", 3], range(39, 41, 39, 44)],
    ["an arg of an if", ["directives", 4, "block", 8, "args", 2], range(27, 25, 27, 83)],
    ["a missing arg: its directive's arguments", ["directives", 4, "block", 1, "args", 9], range(13, 17, 13, 42)],
    ["a missing child: the deepest ancestor", ["directives", 4, "block", 99, "args", 0], range(11, 8, 49, 2)],
    ["a view location: its directive", ["servers", 0, "locations", 1], range(35, 5, 48, 6)],
    ["a view pattern", ["servers", 0, "locations", 1, "pattern"], range(35, 16, 35, 22)],
    ["a view modifier", ["servers", 0, "locations", 1, "modifier"], range(35, 14, 35, 15)],
    ["an inherited effective directive: where it is written", ["servers", 0, "locations", 1, "locations", 0, "effective", "fastcgi_no_cache", 0], range(41, 9, 41, 38)],
    ["an effective arg", ["servers", 0, "locations", 1, "effective", "fastcgi_ignore_headers", 0, "args", 2], range(15, 50, 15, 60)],
    ["an effective name that is absent: the location", ["servers", 0, "locations", 0, "effective", "fastcgi_cache"], range(31, 5, 33, 6)],
    ["an include", ["includes", 0, "pattern"], range(36, 17, 36, 31)],
    ["the root", [], range(1, 1, 1, 1)],
  ])("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["CRLF", WORDPRESS.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${WORDPRESS}`],
    ["BOM and CRLF", `\uFEFF${WORDPRESS.replace(/\n/g, "\r\n")}`],
  ])("gives %s files the same value and ranges", (_name, text) => {
    const other = only(nginxParser.parse(text, "conf.d/wordpress.conf"));
    expect(other.value).toEqual(document.value);
    for (const path of [
      ["directives", 4, "block", 10, "block", 3, "args", 3],
      ["directives", 3],
      ["servers", 0, "locations", 1, "effective", "fastcgi_ignore_headers", 0, "args", 2],
    ]) {
      expect(other.locate(path)).toEqual(document.locate(path));
    }
  });
});

describe("nginx tokenizer", () => {
  it.each<[string, string, string[]]>([
    ["double quotes with escapes", 'a "x\\"y\\\\z\\tw\\q";', ['x"y\\z\tw\\q']],
    ["single quotes", "a 'x y' z;", ["x y", "z"]],
    ["single quotes, escaped", "a 'it\\'s';", ["it's"]],
    ["an escaped space in a bare word: nginx keeps the backslash", "a b\\ c;", ["b\\ c"]],
    ["${var} does not open a block", "a ${host}x;", ["${host}x"]],
    ["# inside a word is not a comment", "a b#c; # comment", ["b#c"]],
    ["an empty quoted arg", 'a "" b;', ["", "b"]],
    ["} inside a bare word", "a b}c;", ["b}c"]],
    ["quoted braces and semicolons", 'a "^/(a|b){2};/";', ["^/(a|b){2};/"]],
    ["words split over lines", "a\n  b\n  c;", ["b", "c"]],
    ["a closing paren right after a quote", 'if ($a = "x") {}', ["($a", "=", "x", ")"]],
  ])("reads %s", (_name, text, args) => {
    expect(config(only(nginxParser.parse(text, "t.conf"))).directives[0]?.args).toEqual(args);
  });

  it("reads ${var} inside a word without opening a block", () => {
    expect(config(only(nginxParser.parse("return 301 https://${host}$request_uri;", "t.conf"))).directives).toEqual([
      { name: "return", args: ["301", "https://${host}$request_uri"] },
    ]);
  });

  it("keeps *_by_lua_block bodies as opaque text", () => {
    const text = [
      "location /t {", //                                      1
      "    content_by_lua_block {", //                         2
      '        local s = "}" -- a } in a comment', //          3
      "        local t = [[ { ]] ngx.say(s, t)", //            4
      "    }", //                                              5
      "    add_header X 1;", //                                6
      "}", //                                                  7
    ].join("\n");
    const document = only(nginxParser.parse(text, "t.conf"));
    expect(config(document).directives).toEqual([
      {
        name: "location",
        args: ["/t"],
        block: [
          { name: "content_by_lua_block", args: [], raw: '\n        local s = "}" -- a } in a comment\n        local t = [[ { ]] ngx.say(s, t)\n    ' },
          { name: "add_header", args: ["X", "1"] },
        ],
      },
    ]);
    expect(document.locate(["directives", 0, "block", 1])).toEqual(range(6, 5, 6, 20));
    expect(document.locate(["directives", 0, "block", 0, "raw"])).toEqual(range(2, 27, 5, 5));
  });
});

describe("nginx syntax errors", () => {
  it.each<[string, string, string, Range]>([
    ["a missing ; before }", "server {\n    listen 80\n}\n", 'unexpected "}", expecting ";" to end the "listen" directive', range(3, 1, 3, 2)],
    ["a missing ; at the end", "server {\n}\nworker_processes 2", 'unexpected end of file, expecting ";" or "}"', range(3, 19, 3, 19)],
    [
      "an unclosed block",
      "http {\n    server {\n        listen 80;\n    }\n",
      'unexpected end of file, expecting "}" to close the "http" block opened on line 1',
      range(5, 1, 5, 1),
    ],
    ["a stray }", "server {\n}\n}\n", 'unexpected "}"', range(3, 1, 3, 2)],
    ["a stray ;", "server {\n    ;\n}", 'unexpected ";"', range(2, 5, 2, 6)],
    ["a block without a name", "{ }", 'unexpected "{"', range(1, 1, 1, 2)],
    ["an unterminated quote", 'server {\n    return 200 "ok;\n}\n', `unexpected end of file, expecting closing '"' (unterminated string)`, range(2, 16, 2, 17)],
    ["text glued to a quote", 'add_header X "a"b;', 'unexpected "b" after a quoted string', range(1, 17, 1, 18)],
    ["two quoted strings glued", "a 'it''s';", `unexpected "'" after a quoted string`, range(1, 7, 1, 8)],
    ["a comment swallowing the ;", "a b # c;\n", 'unexpected end of file, expecting ";" or "}"', range(2, 1, 2, 1)],
    [
      "an unquoted regex with a {n} quantifier",
      "server {\n    location ~ ^/(a|b){2}/ {\n    }\n}\n",
      'unexpected "{" in "^/(a|b){": nginx ends the argument here; quote an argument that contains "{" or ";"',
      range(2, 23, 2, 24),
    ],
    [
      "an unclosed lua block",
      "location / {\n    access_by_lua_block {\n        if x then",
      'unexpected end of file, expecting "}" to close the "access_by_lua_block" block opened on line 2',
      range(3, 18, 3, 18),
    ],
  ])("reports %s", (_name, text, message, expected) => {
    expect(nginxParser.parse(text, "bad.conf")).toEqual({ ok: false, errors: [{ message, range: expected }] });
    // CRLF moves no position.
    expect(nginxParser.parse(`\uFEFF${text.replace(/\n/g, "\r\n")}`, "bad.conf")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });

  it("accepts an empty file and a comment-only file", () => {
    expect(config(only(nginxParser.parse("", "e.conf"))).directives).toEqual([]);
    expect(config(only(nginxParser.parse("# nothing\n", "e.conf"))).directives).toEqual([]);
  });

  it("never throws on deeply nested input", () => {
    const result = nginxParser.parse("a {".repeat(10_000), "deep.conf");
    expect(result).toEqual({ ok: false, errors: [{ message: "blocks nested deeper than 128 levels", range: range(1, 387, 1, 388) }] });
  });
});

describe("effective directives", () => {
  const cases: Array<[string, string, string[]]> = [
    [
      "add_header in a location cancels every inherited add_header",
      "http { add_header A 1; add_header B 2; server { location / { add_header C 3; } } }",
      ["add_header C 3"],
    ],
    ["add_header is inherited when the location has none", "http { add_header A 1; server { add_header B 2; location / { } } }", ["add_header B 2"]],
    [
      "fastcgi_ignore_headers is inherited from the server",
      "server { fastcgi_ignore_headers Set-Cookie; location ~ \\.php$ { fastcgi_cache Z; } }",
      ["fastcgi_cache Z", "fastcgi_ignore_headers Set-Cookie"],
    ],
    [
      "proxy_cache_bypass/proxy_no_cache are replaced as wholes",
      "server { proxy_cache_bypass $a $b; proxy_no_cache $a; location / { proxy_cache_bypass $c; } }",
      ["proxy_cache_bypass $c", "proxy_no_cache $a"],
    ],
    ["allow and deny share one list", "server { deny all; location / { allow 10.0.0.0/8; } }", ["allow 10.0.0.0/8"]],
    ["alias replaces an inherited root", "server { root /srv; location /i/ { alias /data/; } }", ["alias /data/"]],
    [
      "add_header_inherit merge keeps inherited headers after the location's own",
      "http { add_header_inherit merge; add_header A 1; server { location / { add_header B 2; } } }",
      ["add_header B 2", "add_header A 1", "add_header_inherit merge"],
    ],
    [
      "add_header_inherit off drops inherited headers even without own ones",
      "server { add_header A 1; location / { add_header_inherit off; } }",
      ["add_header_inherit off"],
    ],
    [
      "rewrite-module statements and handlers are not inherited",
      "server { set $x 1; return 301 /; location / { proxy_pass http://a; location /b { } } }",
      [],
    ],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    const document = only(nginxParser.parse(text, "t.conf"));
    const scopes = effectiveDirectives(document);
    const innermost = scopes[scopes.length - 1];
    const flat = Object.values(innermost?.directives ?? {}).flatMap((entries) => entries.map((e) => [e.name, ...e.args].join(" ")));
    expect(flat).toEqual(expected);
  });

  it("returns no scopes for a value that is not an nginx config", () => {
    expect(effectiveDirectives({ value: { other: 1 } })).toEqual([]);
  });
});

describe("resolveIncludes", () => {
  const files: Record<string, string> = {
    "nginx.conf": "http {\n    include conf.d/*.conf;\n    include missing.conf;\n}\n",
    "conf.d/a.conf": "add_header A 1;\nserver { server_name a; include snippets/loop.conf; }\n",
    "conf.d/b.conf": "server { server_name b; }\n",
    "snippets/loop.conf": "add_header L 1;\ninclude snippets/loop.conf;\n",
  };
  const documents = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, only(nginxParser.parse(text, path))]));
  const lookup: IncludeLookup = (pattern) => {
    const regex = new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, "[^/]*")}$`);
    return Object.keys(documents)
      .filter((path) => regex.test(path))
      .sort()
      .flatMap((path) => (documents[path] === undefined ? [] : [documents[path]]));
  };

  it("expands includes in place, with a cycle guard", () => {
    const root = documents["nginx.conf"];
    if (root === undefined) throw new Error("fixture");
    const resolved = resolveIncludes(root, lookup);
    expect(resolved.directives).toEqual([
      {
        name: "http",
        args: [],
        file: "nginx.conf",
        path: ["directives", 0],
        block: [
          { name: "add_header", args: ["A", "1"], file: "conf.d/a.conf", path: ["directives", 0] },
          {
            name: "server",
            args: [],
            file: "conf.d/a.conf",
            path: ["directives", 1],
            block: [
              { name: "server_name", args: ["a"], file: "conf.d/a.conf", path: ["directives", 1, "block", 0] },
              { name: "add_header", args: ["L", "1"], file: "snippets/loop.conf", path: ["directives", 0] },
            ],
          },
          {
            name: "server",
            args: [],
            file: "conf.d/b.conf",
            path: ["directives", 0],
            block: [{ name: "server_name", args: ["b"], file: "conf.d/b.conf", path: ["directives", 0, "block", 0] }],
          },
        ],
      },
    ]);
    expect(resolved.unresolved).toEqual([
      { file: "snippets/loop.conf", path: ["directives", 1], pattern: "snippets/loop.conf", reason: "cycle" },
      { file: "nginx.conf", path: ["directives", 0, "block", 1], pattern: "missing.conf", reason: "no match" },
    ]);
    expect(resolved.servers.map((s) => [s.serverNames, Object.keys(s.effective)])).toEqual([
      [["a"], ["add_header", "server_name"]],
      [["b"], ["add_header", "server_name"]],
    ]);
  });

  it("gives a file without includes its own servers, as the expanded tree would have them", () => {
    const text = [
      "http {",
      "    add_header X-Frame-Options DENY;",
      "    include;",
      "    server {",
      "        listen 443 ssl;",
      "        server_name shop.example;",
      "        location /account/ { add_header Cache-Control no-store; proxy_pass http://app; }",
      "        location / { location ~ \\.php$ { fastcgi_pass unix:/run/php.sock; } }",
      "    }",
      "}",
      "server { server_name _; return 444; }",
      "",
    ].join("\n");
    const document = only(nginxParser.parse(text, "site.conf"));
    const resolved = resolveIncludes(document, () => []);
    expect(resolved.servers).toBe(config(document).servers);
    expect(resolved.servers.map((s) => s.serverNames)).toEqual([["shop.example"], ["_"]]);
    // The same as building them from the expanded tree, sources included.
    expect(resolved.servers).toEqual(buildServers(resolved.directives));
    // An include, even one that matches nothing, changes the tree: its servers are built from it.
    const withInclude = resolveIncludes(only(nginxParser.parse(text.replace("    include;\n", "    include none.conf;\n"), "site.conf")), () => []);
    expect(withInclude.servers).toEqual(buildServers(withInclude.directives));
    expect(withInclude.servers[0]?.source).toEqual(["directives", 0, "block", 1]);
    expect(config(document).servers[0]?.source).toEqual(["directives", 0, "block", 2]);
  });
});

describe("sniffNginx", () => {
  it.each<[string, boolean]>([
    ["server {\n  listen 80;\n}\n", true],
    ["location ~ \\.php$ {\n  fastcgi_pass php;\n}\n", true],
    ["upstream php {\n  server 127.0.0.1:9000;\n}\n", true],
    ["fastcgi_cache_valid 200 60m;\n", true],
    ["<VirtualHost *:80>\n  ServerName a\n</VirtualHost>\n", false],
    ["[global]\nworkgroup = X\n", false],
    ["key: value\n", false],
  ])("sniffs %j as %s", (text, expected) => {
    expect(sniffNginx(text)).toBe(expected);
  });
});
