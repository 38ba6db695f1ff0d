import { isCelList, type CelValue } from "@bufbuild/cel";
import { isMessage } from "@bufbuild/protobuf";
import { isReflectMessage } from "@bufbuild/protobuf/reflect";
import { timestampDate, TimestampSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { CEL_VARIABLES, compileCel, createCelEnv, evaluateCel, type CelProgram } from "../../src/engine/cel-env.js";
import { celInterpreter } from "../../src/engine/cel-interpreter.js";

const NOW = new Date("2024-05-01T12:00:00Z");
const env = createCelEnv({ now: NOW });

const bindings = {
  subject: { kind: "Deployment", replicas: 3, labels: { app: "shop" }, images: ["a:1", "b:latest"] },
  item: { name: "web" },
  document: { apiVersion: "apps/v1" },
  file: { path: "deploy/app.yaml", format: "kubernetes" },
  params: { maxReplicas: 5, registries: ["registry.example.com"] },
  related: [{ kind: "kubernetes-object", id: "NetworkPolicy/shop/deny", file: "np.yaml", format: "kubernetes", value: {} }],
};

function plain(value: CelValue): unknown {
  if (isReflectMessage(value, TimestampSchema) && isMessage(value.message, TimestampSchema)) {
    return timestampDate(value.message).toISOString();
  }
  if (isCelList(value)) return [...value].map(plain);
  return value;
}

function compiled(source: string): CelProgram {
  const result = compileCel(env, source);
  if (!result.ok) throw new Error(`does not compile: ${result.message}`);
  return result.program;
}

function evaluate(source: string, values: Record<string, unknown> = bindings): unknown {
  const result = evaluateCel(compiled(source), values);
  return result.ok ? plain(result.value) : { error: result.message };
}

describe("createCelEnv", () => {
  it("declares the documented variables", () => {
    expect(CEL_VARIABLES).toEqual(["subject", "item", "document", "file", "params", "related", "meta"]);
  });

  it.each([
    ["subject.kind", "Deployment"],
    ["subject.replicas <= params.maxReplicas", true],
    ["subject.replicas == 3", true],
    ["size(subject.images)", 2n],
    ["item.name", "web"],
    ["document.apiVersion", "apps/v1"],
    ["file.path.startsWith('deploy/')", true],
    ["file.format", "kubernetes"],
    ["params.registries[0]", "registry.example.com"],
    ["related.exists(r, r.id.startsWith('NetworkPolicy/'))", true],
    ["subject.images.filter(i, i.endsWith(':latest'))", ["b:latest"]],
    ["has(subject.labels.app) && !has(subject.labels.tier)", true],
    ["subject.labels['app']", "shop"],
    ["'app' in subject.labels", true],
    ["type(subject) == map && type(1) == int", true],
  ])("%s is %s", (source, expected) => {
    expect(evaluate(source)).toEqual(expected);
  });

  it("declares `now` as a timestamp that defaults to the run's clock", () => {
    expect(evaluate("now")).toBe("2024-05-01T12:00:00.000Z");
    expect(evaluate("now == timestamp('2024-05-01T12:00:00Z')")).toBe(true);
    expect(evaluate("type(now) == google.protobuf.Timestamp")).toBe(true);
    expect(evaluate("now - timestamp('2024-05-01T00:00:00Z') == duration('12h')")).toBe(true);
    expect(evaluate("now.getFullYear()")).toBe(2024n);
  });

  it("lets the caller bind `now` explicitly", () => {
    expect(evaluate("now", { now: celInterpreter().timestampOf(new Date("2030-01-01T00:00:00Z")) })).toBe("2030-01-01T00:00:00.000Z");
  });

  it("gives daysUntil and daysSince the env's clock", () => {
    const later = createCelEnv({ now: new Date("2025-05-01T12:00:00Z") });
    const result = compileCel(later, "daysSince('2024-05-01')");
    expect(result.ok && evaluateCel(result.program, {})).toEqual({ ok: true, value: 365n });
    expect(evaluate("daysSince('2024-05-01')", {})).toBe(0n);
  });

  it("includes CEL's strings extension", () => {
    expect(evaluate("'Registry.Example.com/app'.lowerAscii().split('/')[0]", {})).toBe("registry.example.com");
    expect(evaluate("['a', 'b'].join(',')", {})).toBe("a,b");
    expect(evaluate("strings.quote('x')", {})).toBe('"x"');
  });

  it("uses RE2 for matches(): linear time on catastrophic-backtracking patterns", () => {
    const subject = { value: `${"a".repeat(100_000)}b` };
    expect(evaluate("subject.value.matches('(a+)+$')", { subject })).toBe(false);
    expect(evaluate("subject.value.matches('^(a|a?)+$')", { subject })).toBe(false);
    expect(evaluate("subject.value.matches('b$')", { subject })).toBe(true);
  });

  it("refuses an invalid clock", () => {
    expect(() => createCelEnv({ now: new Date("nope") })).toThrow("createCelEnv: options.now is not a valid date");
  });
});

describe("compileCel", () => {
  it.each([
    ["1 +", { message: "found + but expecting end of input (at column 3)", line: 1, column: 3 }],
    ["subject.kind ==", { message: "found = but expecting end of input (at column 14)", line: 1, column: 14 }],
    ["subjet.kind == 'x'", { message: "unknown variable 'subjet' (at column 1)", line: 1, column: 1 }],
    ["subject.all(c, c == x)", { message: "unknown variable 'x' (at column 21)", line: 1, column: 21 }],
    ["globMatch(file.path, '*.md')", { message: "unknown function 'globMatch' (at column 1)", line: 1, column: 1 }],
    ["file.path.glob('*.md')", { message: "unknown function 'glob' (at column 10)", line: 1, column: 10 }],
    ["subject.kind == 'a' &&\n  nope", { message: "unknown variable 'nope' (at line 2, column 3)", line: 2, column: 3 }],
    ["", { message: "the expression is empty" }],
    [" \n ", { message: "the expression is empty" }],
  ])("rejects %j at load time", (source, expected) => {
    expect(compileCel(env, source)).toEqual({ ok: false, ...expected });
  });

  it("rejects an expression nested too deeply to compile", () => {
    expect(compileCel(env, `1${" + 1".repeat(5000)}`)).toEqual({ ok: false, message: "the expression or its data is nested too deeply" });
  });

  it.each([
    "subject.images.exists(i, i.endsWith(':latest'))",
    "subject.images.exists_one(i, i == 'a:1')",
    "subject.images.map(i, i.size()).all(n, n > 0)",
    "[1, 2].filter(x, x > 1) == [2]",
    "{'a': 1}.all(k, k == 'a')",
    "(subject.replicas > 0 ? 'up' : 'down') == 'up'",
    "-1 < 0 && 2 % 2 == 0 && 1.0 / 2.0 == 0.5 && 'a' + 'b' == 'ab'",
    "int('5') + 1 == 6 && uint(1) == 1u && double(1) == 1.0 && string(1) == '1' && bool('true')",
    "bytes('a') == b'a' && dyn(1) == 1 && type(null) == null_type",
    "timestamp('2024-01-01T00:00:00Z') + duration('1h') > timestamp('2024-01-01T00:00:00Z')",
    "size('abc') == 3 && 'abc'.size() == 3 && 'abc'.contains('b') && 'abc'.startsWith('a')",
    "subject.labels.exists(k, subject.labels[k] == 'shop')",
    "[[1], [2]].all(l, l.all(x, x > 0))",
    "[1].all(x, [2].exists(y, x < y))",
    "now.getDayOfWeek() >= 0",
  ])("accepts standard CEL: %s", (source) => {
    const result = compileCel(env, source);
    expect(result.ok).toBe(true);
    expect(result.ok && evaluateCel(result.program, bindings)).toEqual({ ok: true, value: true });
  });

  it("records the variables an expression reads, ignoring comprehension variables", () => {
    expect(compiled("subject.images.all(i, i.startsWith(params.registries[0])) && now > date('2024-01-01')").variables).toEqual([
      "now",
      "params",
      "subject",
    ]);
    expect(compiled("[1].all(subject, subject > 0)").variables).toEqual([]);
    expect(compiled("true").source).toBe("true");
  });

  it("compiles once for many subjects", () => {
    const program = compiled("subject.replicas > params.maxReplicas");
    const verdicts = [1, 5, 6, 100].map((replicas) =>
      evaluateCel(program, { subject: { replicas }, params: { maxReplicas: 5 } }),
    );
    expect(verdicts).toEqual([
      { ok: true, value: false },
      { ok: true, value: false },
      { ok: true, value: true },
      { ok: true, value: true },
    ]);
  });
});

describe("evaluateCel", () => {
  it.each([
    ["subject.missing", bindings, "field not found: missing"],
    ["subject.kind.size() > params.maxReplicas.size()", bindings, "found no matching overload for 'size' applied to 'double.()'"],
    ["item.name", { subject: {} }, "variable 'item' has no value here"],
    ["subject.images[5]", bindings, "index 5 out of bounds [0, -1)"],
    ["1 / 0 == 1", {}, "int divide by zero"],
    ["subject.x", { subject: new Date(0) }, expect.stringContaining("Unsupported input")],
    ["'x'.matches(subject.pattern)", { subject: { pattern: "(" } }, 'matches: invalid regular expression "(": missing closing )'],
    ["cidrContains(subject.cidr, '10.0.0.1')", { subject: { cidr: "nope" } }, expect.stringContaining('cidrContains: "nope" is not a CIDR block')],
  ])("%s gives an error", (source, values, message) => {
    expect(evaluateCel(compiled(source), values)).toEqual({ ok: false, message });
  });

  it("never throws, whatever the bindings hold", () => {
    const strange: unknown[] = [Symbol("s"), () => 1, new Map([[{}, 1]]), undefined, Number.NaN, { toString: null }];
    for (const value of strange) {
      expect(() => evaluateCel(compiled("subject.x == 1"), { subject: value })).not.toThrow();
      expect(() => evaluateCel(compiled("subject == 1"), { subject: value })).not.toThrow();
    }
  });

  it("reports deeply nested data as an error rather than throwing", () => {
    let value: unknown = 1;
    for (let i = 0; i < 20_000; i += 1) value = [value];
    const result = evaluateCel(compiled("subject == [1]"), { subject: value });
    expect(result.ok ? result.value : result.message).toBe(false);
  });
});
