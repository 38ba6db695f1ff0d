import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../src/engine/cel-env.js";
import { loadPolicies } from "../../src/policy/load-policies.js";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });

/** A minimal policy; `body` replaces the target/params/assert part. */
function policy(body: string): string {
  return [
    "id: NR-TEST-001",
    "title: Test policy",
    "severity: high",
    "description: A policy written by a test.",
    "incidents: []",
    body.trim(),
    "remediation:",
    "  summary: Fix it.",
    "",
  ].join("\n");
}

function loadError(body: string): string {
  const dir = makeTree({ "p/policy.yaml": policy(body) });
  try {
    loadPolicies([{ dir: `${dir}/p`, builtin: false }], env, dir);
  } catch (error) {
    return (error as Error).message;
  }
  return "(loaded)";
}

describe("policy fields checked at load", () => {
  it("names a misspelt subject field with its position and the nearest field", () => {
    const message = loadError(`
target:
  kind: identity-policy
assert:
  - cel: "subject.secondFactr == 'required'"
`);
    expect(message).toBe(
      "p/policy.yaml:9:10: assert[0].cel: `subject.secondFactr`: there is no field `secondFactr` (did you mean `secondFactor`?) (at column 8 of the expression)",
    );
  });

  it("checks item fields under each, comprehension variables, meta and params", () => {
    const base = (cel: string): string => `
target:
  kind: identity-policy
params:
  allowed:
    description: Allowed ids.
    default: []
assert:
  - each: "gaps[*]"
    cel: "${cel}"
`;
    expect(loadError(base("item.kindd != 'x'"))).toContain("`item.kindd`: there is no field `kindd` (did you mean `kind`?)");
    expect(loadError(base("subject.gaps.all(g, g.whoo != '')"))).toContain("`g.whoo`: there is no field `whoo` (did you mean `who`?)");
    expect(loadError(base("meta.prodct == 'okta'"))).toContain("`meta.prodct`: there is no field `prodct` (did you mean `product`?)");
    expect(loadError(base("item.who in params.alowed"))).toContain("`params.alowed`: there is no field `alowed` (did you mean `allowed`?)");
    expect(loadError(base("item.who in params.allowed && item.kind != ''"))).toBe("(loaded)");
  });

  it("checks message templates, paths and each patterns", () => {
    expect(
      loadError(`
target:
  kind: page-cache
assert:
  - cel: "subject.enabled"
    message: "{{ subject.nmae }} caches pages"
`),
    ).toContain("assert[0].message: `subject.nmae`: there is no field `nmae` (did you mean `name`?)");
    expect(
      loadError(`
target:
  kind: page-cache
assert:
  - each: "bypassCookie[*]"
    cel: "true"
`),
    ).toContain("assert[0].each: `subject.bypassCookie` can never match: there is no field `bypassCookie` (did you mean `bypassCookies`?)");
    expect(
      loadError(`
target:
  kind: page-cache
assert:
  - cel: "subject.enabled"
    path: enabld
`),
    ).toContain("assert[0].path: `subject.enabld` can never match");
  });

  it("checks the properties a schema assertion names", () => {
    expect(
      loadError(`
target:
  kind: page-cache
assert:
  - schema:
      properties:
        servesLogedIn: { const: false }
`),
    ).toContain("assert[0].schema: `subject.servesLogedIn`: there is no field `servesLogedIn` (did you mean `servesLoggedIn`?)");
    expect(
      loadError(`
target:
  kind: identity-policy
assert:
  - each: "gaps[*]"
    schema:
      required: [kind, whom]
`),
    ).toContain("`item.whom`: there is no field `whom` (did you mean `who`?)");
    expect(
      loadError(`
target:
  kind: page-cache
assert:
  - schema:
      properties:
        bypassCookies: { items: { required: [pattern, syntax] } }
`),
    ).toBe("(loaded)");
  });

  it("reports item read outside each", () => {
    expect(
      loadError(`
target:
  kind: page-cache
assert:
  - cel: "item.pattern != ''"
`),
    ).toContain("`item.pattern`: it is a null, which has no field `pattern` (`item` is set only in an assertion with `each`)");
  });

  it("leaves the data of raw kinds alone but checks their meta", () => {
    expect(
      loadError(`
target:
  kind: terraform-resource
assert:
  - cel: "subject.anything.goes && meta.attached.all(a, a.value.whatever)"
`),
    ).toBe("(loaded)");
    expect(
      loadError(`
target:
  kind: terraform-resource
assert:
  - cel: "meta.attached.all(a, a.adress != '')"
`),
    ).toContain("`a.adress`: there is no field `adress` (did you mean `address`?)");
  });

  it("rejects an unknown format name and a format the kind is never read from", () => {
    expect(
      loadError(`
target:
  kind: document
  formats: [samba]
assert:
  - cel: "true"
`),
    ).toMatch(/p\/policy.yaml:8:13: target.formats\[0\]: unknown format "samba"/);
    expect(
      loadError(`
target:
  kind: identity-policy
  formats: [nginx]
assert:
  - cel: "true"
`),
    ).toContain('identity-policy subjects are never read from format "nginx"');
    expect(
      loadError(`
target:
  kind: identity-policy
related:
  kind: page-cache
  formats: [wordpress]
assert:
  - cel: "true"
`),
    ).toMatch(/related\.formats\[0\]: unknown format "wordpress"/);
  });
});

describe("param types", () => {
  it("rejects a default that does not match the declared type", () => {
    expect(
      loadError(`
target:
  kind: page-cache
params:
  formPaths:
    description: Form paths.
    type: array
    items: { type: string }
    default: /contact/
assert:
  - cel: "params.formPaths.size() >= 0"
`),
    ).toContain("params.formPaths.default: the default does not match the param's type: must be array");
  });

  it("rejects a config override of the wrong type at the override's line", async () => {
    const root = makeTree({
      "p/policy.yaml": policy(`
target:
  kind: document
params:
  formPaths:
    description: Form paths (type inferred from the default).
    default: [/contact/]
assert:
  - cel: "true"
`),
      ".norecur.yml": "params:\n  NR-TEST-001:\n    formPaths: /x/\n",
      "a.json": "{}",
    });
    await expect(check({ cwd: root, builtin: false, policyDirs: ["p"] })).rejects.toThrow(
      ".norecur.yml:3:16: params.NR-TEST-001.formPaths: must be array",
    );
  });
});

describe("variables", () => {
  it("expands vars.NAME in expressions and messages, and rejects an undefined one", async () => {
    const body = (cel: string): string => `
target:
  kind: document
  formats: [json]
variables:
  name: "subject.name"
  shouted: "vars.name.upperAscii()"
assert:
  - cel: "${cel}"
    message: "{{ vars.shouted }} is not allowed"
`;
    expect(loadError(body("vars.nmae == ''"))).toContain("unknown variable `vars.nmae` (defined: name, shouted)");
    expect(
      loadError(`
target:
  kind: document
variables:
  a: "vars.b"
  b: "vars.a"
assert:
  - cel: "vars.a"
`),
    ).toContain("variable `a` refers to itself (a → b → a)");
    expect(
      loadError(`
target:
  kind: page-cache
variables:
  label: "subject.nmae"
assert:
  - cel: "subject.enabled"
    message: "{{ vars.label }}"
`),
    ).toContain("assert[0].message: `subject.nmae`: there is no field `nmae` (did you mean `name`?)");
    // A name inside a string literal is text, not a variable.
    expect(loadError(body("'vars.name' != vars.name"))).toBe("(loaded)");
    const root = makeTree({ "p/policy.yaml": policy(body("vars.name != 'bad'")), "a.json": '{"name": "bad"}' });
    const result = await check({ cwd: root, builtin: false, policyDirs: ["p"] });
    expect(result.findings.map((f) => `${f.file}:${f.range?.line}:${f.range?.column} ${f.message}`)).toEqual(["a.json:1:1 BAD is not allowed"]);
  });
});
