import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

// Reads the expanded configuration of top-level files only: a file that others include is
// checked as part of them, so its directives are not reported twice.
const NO_POST_CACHE = `id: T-INC-001
title: POST responses are not cached
severity: high
description: Caching POST replays one visitor's form answer to the next.
incidents: []
target:
  kind: document
  formats: [nginx]
  where: "has(subject.resolved) && !has(subject.includedBy)"
assert:
  - each: "resolved.servers[*].locations[*].effective.fastcgi_cache_methods[*]"
    cel: '!("POST" in item.args)'
    path: args
    message: "{{ item.name }} lists POST"
remediation: { summary: drop POST }
`;

const FIRST_MATCH_DENY = `id: T-INC-002
title: The first http_access rule denies
severity: low
description: Reads the rules in Squid's order, includes spliced in.
incidents: []
target: { kind: document, formats: [squid], where: "has(subject.resolved)" }
assert:
  - cel: 'subject.resolved.http_access[0].action == "allow"'
    path: resolved.http_access[0].action
remediation: { summary: none }
`;

describe("include resolution in a run", () => {
  it("reports a directive from an included file at its own file and line", async () => {
    const root = makeTree({
      "p/no-post.policy.yaml": NO_POST_CACHE,
      "p/first.policy.yaml": FIRST_MATCH_DENY,
      "deploy/etc/nginx/nginx.conf": "events {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n}\n",
      "deploy/etc/nginx/conf.d/shop.conf": "server {\n  include snippets/cache.conf;\n  location / { fastcgi_pass php; }\n}\n",
      "deploy/etc/nginx/snippets/cache.conf": "fastcgi_cache WP;\r\nfastcgi_cache_methods GET HEAD POST;\r\n",
      "etc/squid/squid.conf": "include /etc/squid/conf.d/*.conf\nhttp_access allow all\n",
      "etc/squid/conf.d/block.conf": "acl paste dstdomain .paste.example\nhttp_access deny paste\n",
    });
    const result = await check({ cwd: root, paths: ["deploy", "etc"], builtin: false, policyDirs: ["p"], config: false });
    const where = result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column} ${f.message}`);
    expect(where).toEqual([
      "T-INC-001 deploy/etc/nginx/snippets/cache.conf:2:23 fastcgi_cache_methods lists POST",
      "T-INC-002 etc/squid/conf.d/block.conf:2:13 The first http_access rule denies",
    ]);
  });

  it("reads a file of no known format with its includer's format when nginx or Squid includes it, through nested includes", async () => {
    const root = makeTree({
      "p/no-post.policy.yaml": NO_POST_CACHE,
      "p/first.policy.yaml": FIRST_MATCH_DENY,
      "nginx.conf": "events {}\nhttp {\n  include sites/*.site;\n}\n",
      "sites/shop.site": "server {\n  include global/cache-rules;\n  location / { fastcgi_pass php; }\n}\n",
      "global/cache-rules": "fastcgi_cache WP;\ninclude global/methods.txt;\n",
      "global/methods.txt": "fastcgi_cache_methods GET HEAD POST;\n",
      "notes/unrelated.txt": "not included by anything\n",
      "proxy/squid.conf": "include /etc/squid/rules/first\nhttp_access allow all\n",
      "proxy/rules/first": "http_access deny all\n",
    });
    const result = await check({ cwd: root, builtin: false, policyDirs: ["p"], config: false });
    const where = result.findings.map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`);
    expect(where).toEqual(["T-INC-001 global/methods.txt:1:23", "T-INC-002 proxy/rules/first:1:13"]);
    const files = result.files.filter((f) => !f.path.startsWith("p/")).map((f) => `${f.path} ${f.status} ${f.format ?? "-"}`);
    expect(files).toEqual([
      "global/cache-rules evaluated nginx",
      "global/methods.txt evaluated nginx",
      "nginx.conf evaluated nginx",
      "notes/unrelated.txt skipped -",
      "proxy/rules/first evaluated squid",
      "proxy/squid.conf evaluated squid",
      "sites/shop.site evaluated nginx",
    ]);
  });
});
