import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "../../../src/adapters/adapter.js";
import { responseHeadersAdapter } from "../../../src/adapters/response-headers/index.js";
import { formats } from "../../../src/discover/file-formats.js";
import { getParser } from "../../../src/formats/index.js";
import { linkIncludes } from "../../../src/formats/includes/index.js";
import type { Subject } from "../../../src/types.js";

/** The response-headers subjects of in-memory files, parsed and linked as a run does. */
function subjectsOf(files: Record<string, [format: string, text: string]>): Subject[] {
  const documents: ParsedDocument[] = [];
  for (const [path, [format, text]] of Object.entries(files)) {
    const result = getParser(formats[format]?.parser ?? "")?.parse(text, path);
    if (!result?.ok) throw new Error(`${path} did not parse`);
    for (const document of result.documents) documents.push({ document, format });
  }
  return responseHeadersAdapter({ documents: linkIncludes(documents), roots: ["."] });
}

const at = (subject: Subject | undefined, path: Array<string | number>): string => {
  const traced = subject?.trace?.(path);
  return traced ? `${traced.file}:${traced.range.line}:${traced.range.column}` : "none";
};

const CSP = `"default-src 'self'; form-action 'self'"`;

describe("nginx add_header scopes", () => {
  const subjects = subjectsOf({
    "etc/nginx/nginx.conf": ["nginx", ["events {}", "http {", `    add_header Content-Security-Policy ${CSP} always;`, "    include conf.d/*.conf;", "}"].join("\n")],
    "etc/nginx/conf.d/shop.conf": [
      "nginx",
      [
        "server {", // 1
        "    server_name shop.example.jp;", // 2
        "    location /static/ { expires 7d; }", // 3
        "    location /contact/ {", // 4
        '        add_header Cache-Control "no-store";', // 5
        "        location /contact/thanks/ {", // 6
        `            add_header Content-Security-Policy ${CSP};`, // 7
        "        }", // 8
        "    }", // 9
        "}", // 10
      ].join("\n"),
    ],
  });
  const byName = (name: string) => subjects.find((s) => (s.value as { name: string }).name === name);

  it("gives the server the http block's CSP, traced to the line it is written on", () => {
    const server = byName("nginx server shop.example.jp");
    expect((server?.value as { csp: Array<{ enforced: boolean; formAction: string[] }> }).csp.map((c) => [c.enforced, c.formAction])).toEqual([[true, ["'self'"]]]);
    expect(at(server, ["csp", 0])).toBe("etc/nginx/nginx.conf:3:40");
  });

  it("records the CSP a location drops by adding a header of its own, at that header", () => {
    const contact = byName("nginx server shop.example.jp location /contact/");
    expect(contact?.value).toMatchObject({ csp: [], discarded: [{ header: "Content-Security-Policy", from: "nginx server shop.example.jp" }] });
    expect(at(contact, ["discarded", 0])).toBe("etc/nginx/conf.d/shop.conf:5:9");
  });

  it("makes no subject for a location without headers of its own, and none dropped where the CSP is set again", () => {
    expect(byName("nginx server shop.example.jp location /static/")).toBeUndefined();
    const thanks = byName("nginx server shop.example.jp location /contact/ location /contact/thanks/");
    expect(thanks?.value).toMatchObject({ discarded: [] });
    expect(at(thanks, ["csp", 0])).toBe("etc/nginx/conf.d/shop.conf:7:48");
  });

  it("reads included files only through the file that includes them", () => {
    expect(subjects.map((s) => s.id)).toEqual([
      "nginx:etc/nginx/nginx.conf#nginx server shop.example.jp",
      "nginx:etc/nginx/nginx.conf#nginx server shop.example.jp location /contact/",
      "nginx:etc/nginx/nginx.conf#nginx server shop.example.jp location /contact/ location /contact/thanks/",
    ]);
  });
});

describe("nginx add_header values set at run time", () => {
  const subjects = subjectsOf({
    "etc/nginx/nginx.conf": [
      "nginx",
      [
        "events {}", // 1
        "http {", // 2
        '    map $host $csp_policy { default "default-src \'self\'"; }', // 3
        "    server {", // 4
        "        server_name shop.example.jp;", // 5
        "        add_header Content-Security-Policy $csp_policy always;", // 6
        "        location /contact/ {", // 7
        `            add_header Content-Security-Policy "script-src 'self' 'nonce-$request_id'; form-action 'self'";`, // 8
        "        }", // 9
        "    }", // 10
        "}", // 11
      ].join("\n"),
    ],
  });
  const byName = (name: string) => subjects.find((s) => (s.value as { name: string }).name === name);

  it("a CSP held in a variable is unknown, not a policy without directives", () => {
    const server = byName("nginx server shop.example.jp");
    const csp = (server?.value as { csp: Array<Record<string, unknown>> }).csp[0];
    expect(csp?.["value"]).toEqual({ $unknown: expect.stringContaining("$csp_policy") });
    expect(csp?.["formAction"]).toEqual(csp?.["value"]);
    expect(at(server, ["csp", 0])).toBe("etc/nginx/nginx.conf:6:44");
  });

  it("a variable only in a nonce leaves the policy readable", () => {
    const contact = byName("nginx server shop.example.jp location /contact/");
    const csp = (contact?.value as { csp: Array<Record<string, unknown>> }).csp[0];
    expect(csp).toMatchObject({ scriptSrc: ["'self'", "'nonce-$request_id'"], formAction: ["'self'"] });
  });
});
