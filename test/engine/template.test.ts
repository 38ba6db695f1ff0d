import { describe, expect, it } from "vitest";
import { createCelEnv } from "../../src/engine/cel-env.js";
import { DeferredTemplate, compileTemplate, renderTemplate } from "../../src/engine/template.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
const bindings = { subject: { name: "web", ports: [80, 443] }, params: {}, now: null, item: null, document: null, file: {}, related: [], meta: {} };

describe("message templates", () => {
  const source = "Service {{ subject.name }} exposes {{ size(subject.ports) }} ports{{ has(subject.tls) ? ' with TLS' : '' }}.";

  it("fill their holes, compiled at once or when first rendered, alike", () => {
    const compiled = compileTemplate(env, source);
    if (!compiled.ok) throw new Error(compiled.message);
    expect(renderTemplate(compiled.template, bindings)).toBe("Service web exposes 2 ports.");
    const deferred = new DeferredTemplate(env, source);
    expect(renderTemplate(deferred, bindings)).toBe("Service web exposes 2 ports.");
    // Compiled once: the same parts answer every later finding.
    expect(deferred.parts()).toBe(deferred.parts());
  });

  it("report a broken hole when compiled at once; deferred, show the message as written instead of failing", () => {
    const broken = "Bad {{ subject.name + }} hole";
    const compiled = compileTemplate(env, broken);
    expect(compiled.ok).toBe(false);
    expect(renderTemplate(new DeferredTemplate(env, broken), bindings)).toBe(broken);
  });
});
