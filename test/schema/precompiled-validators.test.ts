import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { compileSchema, precompiled, precompiledParamShapes, shapeKey, type OwnSchemaName } from "../../src/schema/ajv.js";
import { paramShape } from "../../src/policy/param-types.js";
import type { ParamSpec } from "../../src/types.js";
import { configSchema } from "../../src/config/config-schema.js";
import { policySchema } from "../../src/policy/policy-schema.js";
import { waiverSchema } from "../../src/waivers/waiver-schema.js";

const policies = readdirSync("policies", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith("policy.yaml"))
  .sort()
  .map((file) => load(readFileSync(join("policies", file), "utf8")) as Record<string, unknown>);

const broken = (value: Record<string, unknown>): unknown[] => [
  { ...value, severty: "high" },
  { ...value, severity: "severe" },
  { ...value, assert: "not a list", tests: 3 },
  Object.fromEntries(Object.entries(value).slice(1)),
];

const samples: Record<OwnSchemaName, unknown[]> = {
  policy: [...policies, ...policies.slice(0, 5).flatMap(broken), {}, null, [], "text"],
  config: [
    load(readFileSync("examples/office-fileserver/.norecur.yml", "utf8")),
    { version: 1, fail_on: "high" },
    { "fail-on": "severe", ignore: "vendor/**" },
    { params: { "NR-SHARE-004": 3 }, disable: [{ id: "NR-UPD-002" }] },
    { waivers: { "max-horizon-days": -1, "allow-global": "yes" }, formats: [{ paths: [], format: 1 }] },
    { policies: ["policies"], builtin: false, "max-file-size": 1024 },
    {},
    null,
  ],
  waivers: [
    { version: 1, waivers: [{ policy: "T-IMG-001", paths: ["k8s/**"], reason: "vendor image", owner: "alice@example.com", expires: "2026-07-01" }] },
    { version: 1, waivers: [{ policy: "T-IMG-001", reason: "", owner: 3, expires: "soon", extra: true }] },
    { version: 2, waivers: "none" },
    {},
    null,
  ],
};

const schemas: Record<OwnSchemaName, object> = { config: configSchema, policy: policySchema, waivers: waiverSchema };

describe("norecur's own schemas compiled at build time (dist/validators)", () => {
  it.each(Object.keys(schemas) as OwnSchemaName[])("%s: the same verdicts and errors as the schema compiled at run time", (name) => {
    const built = precompiled(name, process.cwd());
    const compiled = compileSchema(schemas[name]);
    if (built === undefined || !compiled.ok) throw new Error(`no validator for ${name}: run npm run build`);
    let refused = 0;
    for (const sample of samples[name]) {
      const verdict = built(sample);
      expect(verdict).toBe(compiled.validate(sample));
      expect(built.errors ?? null).toEqual(compiled.validate.errors ?? null);
      if (!verdict) refused++;
    }
    // The samples hold both kinds: a validator that refused or accepted everything would differ here.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(samples[name].length);
  });

  it("covers every param shape of the built-in policies, with the verdicts and errors of the shape compiled at run time", () => {
    const built = precompiledParamShapes(process.cwd());
    const shapes = policies.flatMap((policy) => Object.values((policy["params"] ?? {}) as Record<string, ParamSpec>).map(paramShape));
    const values: unknown[] = ["text", "", 3, 2.5, -1, true, null, [], ["a", "b"], [1, "a"], ["sms", "push"], ["shared-certificate"], { a: 1 }, [{ a: 1 }]];
    let refused = 0;
    for (const shape of shapes) {
      const validate = built.get(shapeKey(shape));
      const compiled = compileSchema(shape);
      if (validate === undefined || !compiled.ok) throw new Error(`no validator for ${shapeKey(shape)}: run npm run build`);
      for (const value of values) {
        const verdict = validate(value);
        expect(verdict).toBe(compiled.validate(value));
        expect(validate.errors ?? null).toEqual(compiled.validate.errors ?? null);
        if (!verdict) refused++;
      }
    }
    expect(shapes.length).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(shapes.length * values.length);
  });

  it("is absent, not a crash, where the build has not written it", () => {
    expect(precompiled("config", "/nonexistent")).toBeUndefined();
    expect(precompiledParamShapes("/nonexistent").size).toBe(0);
  });
});
