import { describe, expect, it } from "vitest";
import { linkIncludes, isLinked, type LinkedDocument } from "../../src/formats/includes/index.js";
import { candidates } from "../../src/formats/includes/lookup.js";
import { nginxParser } from "../../src/formats/nginx/index.js";
import { squidParser } from "../../src/formats/squid.js";
import type { Document, Parser } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

function parseAll(parser: Parser, format: string, files: Record<string, string>): Array<{ document: Document; format: string }> {
  return Object.entries(files).map(([file, text]) => ({ document: only(parser.parse(text, file)), format }));
}

function linkedAt(list: ReadonlyArray<{ document: Document }>, file: string): LinkedDocument {
  const found = list.find((p) => p.document.file === file)?.document;
  if (found === undefined || !isLinked(found)) throw new Error(`${file} is not linked`);
  return found;
}

describe("candidates", () => {
  it.each([
    ["/etc/nginx/conf.d/*.conf", "deploy/etc/nginx/nginx.conf", "deploy/etc/nginx", ["deploy/etc/nginx/conf.d/*.conf", "etc/nginx/conf.d/*.conf"]],
    ["/etc/letsencrypt/options-ssl-nginx.conf", "etc/nginx/sites-enabled/shop", "etc/nginx", ["etc/letsencrypt/options-ssl-nginx.conf"]],
    ["snippets/cache.conf", "nginx/sites-enabled/shop", "nginx", ["nginx/snippets/cache.conf", "nginx/sites-enabled/snippets/cache.conf"]],
    ["../../../outside.conf", "nginx/nginx.conf", "nginx", []],
  ])("%s from %s", (pattern, from, confDir, expected) => {
    expect(candidates(pattern, from, confDir, "/etc/nginx")).toEqual(expected);
  });
});

describe("linkIncludes for nginx", () => {
  const files = {
    "deploy/etc/nginx/nginx.conf": "events {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n  include snippets/missing.conf;\n}\n",
    "deploy/etc/nginx/conf.d/b.conf": "server {\n  server_name b.example;\n  include snippets/cache.conf;\n  location / { fastcgi_pass php; }\n}\n",
    "deploy/etc/nginx/conf.d/a.conf": "server {\n  server_name a.example;\n}\n",
    "deploy/etc/nginx/snippets/cache.conf": "fastcgi_cache WP;\nfastcgi_cache_methods GET HEAD POST;\n",
  };
  const linked = linkIncludes(parseAll(nginxParser, "nginx", files));
  const main = linkedAt(linked, "deploy/etc/nginx/nginx.conf");
  const resolved = (main.value as { resolved: { directives: unknown[]; servers: Array<{ serverNames: string[] }>; unresolved: unknown[] } }).resolved;

  it("expands includes in place, glob matches in name order, and records what it could not find", () => {
    expect(resolved.servers.map((s) => s.serverNames)).toEqual([["a.example"], ["b.example"]]);
    expect(resolved.unresolved).toEqual([
      { file: "deploy/etc/nginx/nginx.conf", path: ["directives", 1, "block", 1], pattern: "snippets/missing.conf", reason: "no match" },
    ]);
  });

  it("makes included directives part of the effective configuration, traced to their own file", () => {
    const path = ["resolved", "servers", 1, "locations", 0, "effective", "fastcgi_cache_methods", 0, "args", 2];
    const traced = main.trace(path);
    expect(traced).toEqual({ file: "deploy/etc/nginx/snippets/cache.conf", path: ["directives", 1, "args", 2], range: range(2, 32, 2, 36) });
    expect(main.trace(["resolved", "unresolved", 0])).toMatchObject({ file: "deploy/etc/nginx/nginx.conf", range: range(4, 3, 4, 33) });
    // Paths outside `resolved` stay in the document's own file.
    expect(main.trace(["directives", 0])).toEqual({ file: "deploy/etc/nginx/nginx.conf", path: ["directives", 0], range: range(1, 1, 1, 10) });
  });

  it("tells an included file who includes it", () => {
    const snippet = linkedAt(linked, "deploy/etc/nginx/snippets/cache.conf");
    expect((snippet.value as { includedBy: string[] }).includedBy).toEqual(["deploy/etc/nginx/conf.d/b.conf", "deploy/etc/nginx/nginx.conf"]);
  });

  it("stops at a cycle and reports it", () => {
    const loop = linkIncludes(
      parseAll(nginxParser, "nginx", {
        "nginx/nginx.conf": "http { include conf.d/a.conf; }\n",
        "nginx/conf.d/a.conf": "include conf.d/b.conf;\nserver { listen 80; }\n",
        "nginx/conf.d/b.conf": "include conf.d/a.conf;\n",
      }),
    );
    const value = linkedAt(loop, "nginx/nginx.conf").value as { resolved: { servers: unknown[]; unresolved: Array<{ file: string; reason: string }> } };
    expect(value.resolved.servers).toHaveLength(1);
    expect(value.resolved.unresolved).toEqual([expect.objectContaining({ file: "nginx/conf.d/b.conf", reason: "cycle" })]);
  });

  it("passes documents without includes through untouched", () => {
    const plain = parseAll(nginxParser, "nginx", { "nginx/nginx.conf": "events {}\n" });
    expect(linkIncludes(plain)[0]?.document).toBe(plain[0]?.document);
  });
});

describe("linkIncludes for Squid", () => {
  const files = {
    "etc/squid/squid.conf": [
      "acl localnet src 10.0.0.0/8",
      "include /etc/squid/conf.d/*.conf",
      "http_access allow localnet",
      "http_access deny all",
      "",
    ].join("\n"),
    "etc/squid/conf.d/00-block.conf": "acl blocked dstdomain .paste.example\nhttp_access deny blocked\nacl localnet src 192.168.0.0/16\n",
  };
  const linked = linkIncludes(parseAll(squidParser, "squid", files));
  const main = linkedAt(linked, "etc/squid/squid.conf");
  const resolved = (main.value as { resolved: { http_access: Array<{ action: string; file: string }>; acls: Record<string, { values: string[] }> } }).resolved;

  it("puts included http_access rules where the include line is, for first-match order", () => {
    expect(resolved.http_access.map((r) => [r.action, r.file])).toEqual([
      ["deny", "etc/squid/conf.d/00-block.conf"],
      ["allow", "etc/squid/squid.conf"],
      ["deny", "etc/squid/squid.conf"],
    ]);
    expect(resolved.acls["localnet"]?.values).toEqual(["10.0.0.0/8", "192.168.0.0/16"]);
  });

  it("traces an included rule's ACL to its own line", () => {
    expect(main.trace(["resolved", "http_access", 0, "acls", 0, "name"])).toEqual({
      file: "etc/squid/conf.d/00-block.conf",
      path: ["http_access", 0, "acls", 0, "name"],
      range: range(2, 18, 2, 25),
    });
  });
});
