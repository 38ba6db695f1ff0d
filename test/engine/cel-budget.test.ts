import { describe, expect, it } from "vitest";
import { compileCel, createCelEnv, evaluateCel } from "../../src/engine/cel-env.js";

const env = createCelEnv({ now: new Date("2026-06-01T00:00:00Z") });

function run(source: string, subject: unknown) {
  const compiled = compileCel(env, source);
  if (!compiled.ok) throw new Error(compiled.message);
  const started = performance.now();
  const result = evaluateCel(compiled.program, { subject });
  return { result, ms: performance.now() - started };
}

const items = Array.from({ length: 3000 }, (_, i) => i);

describe("CEL evaluation is metered", () => {
  it("stops nested comprehensions over thousands of elements with a cost-limit error", () => {
    const { result, ms } = run("subject.items.all(a, subject.items.all(b, subject.items.all(c, a + b + c >= 0)))", { items });
    expect(result).toEqual({ ok: false, message: "exceeded the evaluation cost limit (1,000,000 comprehension steps)" });
    expect(ms).toBeLessThan(10_000);
  });

  it("stops a string that doubles at each level", () => {
    let expr = "t0";
    for (let i = 30; i >= 1; i--) expr = `[t${i - 1} + t${i - 1}].map(t${i}, ${expr.replace(/^t0$/, "size(t30) > 0")})`;
    const source = `[subject.s].map(t0, ${expr.replaceAll("t0 + t0", "t0 + t0")})`;
    const { result, ms } = run(source, { s: "ab" });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(/built a string longer than 1,000,000 characters|cost limit/);
    expect(ms).toBeLessThan(10_000);
  });

  it("does not let an absorbed error hide the spent budget", () => {
    const { result } = run("true || subject.items.all(a, subject.items.all(b, subject.items.all(c, true)))", { items });
    expect(result).toEqual({ ok: true, value: true });
    const cut = run("subject.items.all(a, subject.items.all(b, subject.items.all(c, true))) || true", { items });
    expect(cut.result.ok).toBe(false);
  });

  it("leaves ordinary expressions alone", () => {
    const plain = run("subject.items.filter(x, x >= 1500.0).size() == 1500 && 'a' + 'b' == 'ab'", { items }).result;
    expect(plain).toEqual({ ok: true, value: true });
    expect(run("subject.items.map(x, x * 2.0)[2999]", { items }).result).toEqual({ ok: true, value: 5998 });
  });
});
