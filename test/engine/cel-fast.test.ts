import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCel, createCelEnv, type CelEvaluation, type CelProgram } from "../../src/engine/cel-env.js";
import { compileFast, UNSURE } from "../../src/engine/cel-fast.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });

function program(source: string): CelProgram {
  const result = compileCel(env, source);
  if (!result.ok) throw new Error(`${source}: ${result.message}`);
  return result.program;
}

/** What the fast path answers alone: a boolean, a string, or UNSURE. */
function fastAnswer(compiled: CelProgram, bindings: Record<string, unknown>): boolean | string | typeof UNSURE {
  return compileFast(compiled.syntax?.expr)?.(bindings) ?? UNSURE;
}

/** Leaves: fields that exist, are missing, hold null, numbers, lists, maps CEL reads otherwise; literals of each kind. */
const LEAVES = [
  "subject.kind",
  "subject.missing",
  "subject.none",
  "subject.count",
  "subject.flag",
  "subject.tags",
  "subject.labels",
  "subject.labels.app",
  "subject.labels.missing",
  "subject.odd.key",
  "subject.message.x",
  "subject.list.x",
  "meta.product",
  "meta.objectKind",
  "params.kinds",
  "params.mixed",
  "params.objects",
  "subject.kind.x",
  "item",
  "'Deployment'",
  "'x'",
  "''",
  "true",
  "false",
  "null",
  "1",
  "1.5",
  "['Deployment', 'Pod']",
  "['x', 1]",
  "size(subject.tags)",
  "subject.tags.exists(t, t == 'x')",
  "subject.kind.startsWith('D')",
  "params.kinds.all(k, k.matches('^[A-Z]'))",
];

const TESTS = ["has(subject.labels.app)", "has(subject.labels.missing)", "has(subject.none.x)", "has(subject.nullable.k)", "has(subject.kind.x)", "has(subject.list.x)"];

/** Expressions over the grammar the fast path reads, and some it does not. */
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...LEAVES, ...TESTS),
    fc.tuple(tie("expr"), fc.constantFrom("==", "!=", "in", "&&", "||"), tie("expr")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie("expr").map((a) => `!(${a})`),
    fc.tuple(tie("expr"), tie("expr"), tie("expr")).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
  ),
})).expr;

/** Subjects as adapters and parsers make them, with the values CEL reads in its own way. */
const fields = fc.record({
  kind: fc.constantFrom<unknown>("Deployment", "Pod", "x", "", 5, { nested: "x" }, ["Deployment"], true),
  none: fc.constant(null),
  count: fc.constantFrom(0, 1, 1.5, -0),
  flag: fc.boolean(),
  tags: fc.constantFrom<unknown[]>([], ["x"], ["x", 1], [null], [{ constructor: "c" }], [{ a: 1 }], [Object.create(null)]),
  labels: fc.constantFrom<object>({ app: "shop" }, { app: null }, {}, { $unknown: "from a variable" }, Object.assign(Object.create(null) as object, { app: "shop" })),
  odd: fc.constantFrom({ key: "v", constructor: "c" }, { key: "v" }),
  message: fc.constantFrom({ x: "v", $typeName: "google.protobuf.Value" }, { x: "v" }),
  list: fc.constantFrom(["x"], "text"),
  nullable: fc.constantFrom({ k: null }, { k: 1 }, {}),
});

/** Mostly plain objects, as parsers make them; sometimes one without a prototype, which CEL cannot read at all. */
const subject = fc.oneof({ arbitrary: fields.map((record) => ({ ...record })), weight: 9 }, { arbitrary: fields, weight: 1 });

const bindings = fc.record({
  subject,
  meta: fc.record({ product: fc.constantFrom("kubernetes", "compose"), objectKind: fc.constantFrom("Deployment", "Service") }).map((record) => ({ ...record })),
  params: fc.constant({ kinds: ["Deployment", "Pod"], mixed: ["Deployment", 2], objects: [{ a: 1 }] }),
  item: fc.constantFrom(null, "x", ["x"], { a: 1 }),
});

/** Filters as policies write them: string fields against literals and param lists, presence tests, and their junctions. */
const filter: fc.Arbitrary<string> = fc.letrec<{ filter: string }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(fc.constantFrom("subject.kind", "meta.product", "meta.objectKind", "subject.labels.app", "subject.missing"), fc.constantFrom("==", "!="), fc.constantFrom("'Deployment'", "'kubernetes'", "'shop'", "null")).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.constantFrom("subject.kind in params.kinds", "meta.objectKind in ['Deployment', 'Pod']", "subject.flag", "!has(subject.labels.app)", "subject.tags.exists(t, t == 'x')", ...TESTS),
    fc.tuple(tie("filter"), fc.constantFrom("&&", "||"), tie("filter")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie("filter").map((a) => `!(${a})`),
  ),
})).filter;

/** A boolean or a string as itself, any other value as its type, an error as its message. */
function outcome(result: CelEvaluation): unknown {
  if (!result.ok) return { error: result.message };
  return typeof result.value === "boolean" || typeof result.value === "string" ? result.value : { value: typeof result.value };
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
    expect(fastAnswer(program("has(meta.build) ? ' (kustomize build of ' + meta.build + ')' : ''"), values)).toBe(UNSURE);
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
    ["a true operand before a comprehension, which never runs", "subject.kind == 'Deployment' || subject.tags.exists(t, t == 'x')", true],
  ])("decides %s", (_name, source, expected) => {
    const values = { subject: { kind: "Deployment", labels: { app: "shop" }, count: 1 }, meta: { product: "kubernetes", objectKind: "Deployment" }, params: { kinds: ["Deployment"] } };
    expect(fastAnswer(program(source), values)).toBe(expected);
  });

  it.each([
    ["a missing field", "subject.missing == 'x'"],
    ["numbers", "subject.count == 1"],
    ["has() of a key holding null", "has(subject.labels.app)"],
    ["a function call", "subject.kind.startsWith('D')"],
    ["a comprehension", "subject.tags.exists(t, t == 'x')"],
    ["a comprehension before the operand that would decide", "subject.tags.exists(t, t == 'x') || true"],
    ["a map CEL reads as a protobuf message", "subject.message.x == 'v'"],
    ["an object with a constructor key", "subject.odd.key == 'v'"],
  ])("leaves %s to the interpreter", (_name, source) => {
    const values = { subject: { kind: "Deployment", labels: { app: null }, count: 1, tags: ["x"], message: { x: "v", $typeName: "google.protobuf.Value" }, odd: { key: "v", constructor: "c" } } };
    const compiled = program(source);
    expect(fastAnswer(compiled, values)).toBe(UNSURE);
    expect(compiled.evaluate(values)).toEqual(compiled.interpret(values));
  });

  it("leaves an expression to the interpreter when a variable it names is unbound, even in a branch never taken", () => {
    const compiled = program("false && related.x == 'y'");
    const values = { subject: {} };
    expect(compiled.evaluate(values)).toEqual({ ok: false, message: "variable 'related' has no value here" });
    expect(compiled.evaluate(values)).toEqual(compiled.interpret(values));
  });
});
