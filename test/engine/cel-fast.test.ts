import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCel, createCelEnv, type CelProgram } from "../../src/engine/cel-env.js";
import { compileFast, UNSURE } from "../../src/engine/cel-fast.js";
import type { Primitive } from "../../src/engine/cel-fast-values.js";
import { bindings, expression, filter, outcome } from "../helpers/cel-expressions.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });

function program(source: string): CelProgram {
  const result = compileCel(env, source);
  if (!result.ok) throw new Error(`${source}: ${result.message}`);
  return result.program;
}

/** What the fast path answers alone: a boolean, a string, a number, null, or UNSURE. */
function fastAnswer(compiled: CelProgram, bindings: Record<string, unknown>): Primitive | typeof UNSURE {
  return compileFast(compiled.syntax?.expr, env)?.(bindings) ?? UNSURE;
}

/** Checks the fast path against the interpreter over `expressions`; says how many it decided. */
function agreement(expressions: fc.Arbitrary<string>, runs: number): number {
  let decided = 0;
  fc.assert(
    fc.property(expressions, bindings, (source, values) => {
      const compiled = program(source);
      const fast = fastAnswer(compiled, values);
      const interpreted = outcome(compiled.interpret(values));
      if (fast !== UNSURE) {
        decided += 1;
        expect(interpreted, source).toBe(fast);
      }
      // And what callers see is the interpreter's answer, decided fast or not.
      expect(outcome(compiled.evaluate(values)), source).toEqual(interpreted);
    }),
    { numRuns: runs, seed: 20261204 },
  );
  return decided;
}

describe("the fast path of CEL filters", () => {
  it("fills a message's holes with the strings CEL gives", () => {
    const values = { subject: { component: { name: "web" } }, meta: { product: "compose" } };
    expect(fastAnswer(program("meta.product == 'kubernetes' ? 'Container' : meta.product == 'compose' ? 'Compose service' : 'Dockerfile stage'"), values)).toBe("Compose service");
    expect(fastAnswer(program("subject.component.name"), values)).toBe("web");
    // Only the branch a condition chooses runs: one the fast path does not read matters only when chosen.
    const build = program("has(meta.build) ? ' (kustomize build of ' + meta.build + ')' : ''");
    expect(fastAnswer(build, values)).toBe("");
    expect(fastAnswer(build, { ...values, meta: { product: "kubernetes", build: "overlays/prod" } })).toBe(" (kustomize build of overlays/prod)");
  });

  it("gives the interpreter's answer wherever it decides, on expressions of every type", () => {
    expect(agreement(expression, 3000)).toBeGreaterThan(0);
  });

  it("decides most filters as policies write them, with the interpreter's answer", () => {
    // Not a vacuous agreement: the fast path decides most of them.
    expect(agreement(filter, 2000)).toBeGreaterThan(1000);
  });

  it.each([
    ["a where filter of literals and a param list", "subject.kind == 'Deployment' && (meta.product != 'kubernetes' || meta.objectKind in params.kinds)", true],
    ["has() of a present field", "!has(subject.labels.app)", false],
    ["a false operand over a missing field", "subject.missing == 'x' && false", false],
    ["a true operand over a number comparison", "true || subject.count == 1", true],
    ["a true operand before a comprehension, which never runs", "subject.kind == 'Deployment' || subject.tags.exists(t, size(t) > 1)", true],
    ["exists() over a list with startsWith()", "params.mutable.exists(t, subject.tag == t || subject.tag.startsWith(t + '-'))", true],
    ["all() over a list with matches()", "subject.tags.all(t, t.matches('^[a-z]+$'))", false],
    ["exists() over a map's keys", "subject.labels.exists(k, k.endsWith('app'))", true],
    ["filter() and map() building lists", "subject.tags.filter(t, t != 'x').map(t, t + '!').exists(t, t == 'Y!')", true],
    ["sizes and numbers as CEL compares them", "size(subject.tags) > 1 && subject.count == 1.0 && size('héllo') == 5 && !(subject.count in ['1'])", true],
    ["isUnknown() of a marker the Terraform parser leaves", "isUnknown(subject.bucket) && !isUnknown(subject.kind)", true],
    ["known() and type() of a name built from variables", "type(known(subject.bucket, 0)) == string", false],
    ["known() of a known name", "known(subject.kind, '').lowerAscii().matches('^deploy')", true],
    ["a map's entry and a list's element by index", "subject.labels['app'] == 'shop' && subject.tags[1] == 'Y'", true],
    ["join() of the strings of a list", "subject.tags.join(', ') == 'x, Y'", true],
    ["a function called with a list of strings", "globMatchesAny(subject.kind, params.kinds) && !domainMatchesAny('x.example.com', params.mutable)", true],
    ["split(), a list of strings it follows", "size(subject.kind.split('l')) == 2 && subject.tag.split('-')[1] == 'alpine' && !subject.tags.exists(t, size(t.split('x')) == 0)", true],
    ["blocks() of a list, of one block and of none", "blocks(subject.tags).exists(t, t == 'Y') && blocks(subject.labels).exists(b, b.app == 'shop') && size(blocks(subject.none)) == 0", true],
    ["the environment's functions called with strings", "isAllAddresses('0.0.0.0/0') && string(subject.count) == '1' && subject.kind.upperAscii() == 'DEPLOYMENT'", true],
  ])("decides %s", (_name, source, expected) => {
    const values = {
      subject: { kind: "Deployment", labels: { app: "shop" }, count: 1, tag: "latest-alpine", tags: ["x", "Y"], bucket: { $expr: "var.name" }, none: null },
      meta: { product: "kubernetes", objectKind: "Deployment" },
      params: { kinds: ["Deployment"], mutable: ["latest", "stable"] },
    };
    expect(fastAnswer(program(source), values)).toBe(expected);
  });

  it.each([
    ["a missing field", "subject.missing == 'x'"],
    ["arithmetic", "subject.count + 1 == 2"],
    ["has() of a key holding null", "has(subject.labels.app)"],
    ["a function giving a timestamp, which it does not follow", "date(subject.kind) == date('2020-01-01')"],
    ["a comprehension calling such a function", "subject.tags.exists(t, date(t) == date('2020-01-01'))"],
    ["a call given a list by the interpreter's own rules, before the operand that would decide", "'%s'.format(subject.tags) == 'x' || true"],
    ["a function called with a list holding what it does not take", "globMatchesAny(subject.kind, subject.mixed)"],
    ["a function of the interpreter's called with a list", "'%s'.format(subject.tags) == 'x'"],
    ["a comprehension over a list holding a value CEL cannot read", "subject.mixed.exists(x, x == 'a')"],
    ["a map CEL reads as a protobuf message", "subject.message.x == 'v'"],
    ["an object with a constructor key", "subject.odd.key == 'v'"],
  ])("leaves %s to the interpreter", (_name, source) => {
    const values = {
      subject: { kind: "Deployment", labels: { app: null }, count: 1, tags: ["x"], mixed: ["a", Object.create(null) as object], message: { x: "v", $typeName: "google.protobuf.Value" }, odd: { key: "v", constructor: "c" } },
    };
    const compiled = program(source);
    expect(fastAnswer(compiled, values)).toBe(UNSURE);
    expect(compiled.evaluate(values)).toEqual(compiled.interpret(values));
  });

  it("leaves long loops and long built lists to the interpreter, which meters them", () => {
    const items = (n: number): string[] => Array.from({ length: n }, (_, i) => `i${i}`);
    const cases: Array<[string, string[]]> = [
      // More steps than the fast path takes.
      ["subject.items.all(i, i.startsWith('i'))", items(20_000)],
      // A list built longer than it copies.
      ["subject.items.filter(i, i != 'x').exists(i, i == 'i1499')", items(1_500)],
    ];
    for (const [source, list] of cases) {
      const compiled = program(source);
      const values = { subject: { items: list } };
      expect(fastAnswer(compiled, values)).toBe(UNSURE);
      expect(compiled.evaluate(values)).toEqual({ ok: true, value: true });
    }
  });

  it("leaves an expression to the interpreter when a variable it names is unbound, even in a branch never taken", () => {
    const compiled = program("false && related.x == 'y'");
    const values = { subject: {} };
    expect(compiled.evaluate(values)).toEqual({ ok: false, message: "variable 'related' has no value here" });
    expect(compiled.evaluate(values)).toEqual(compiled.interpret(values));
  });
});
