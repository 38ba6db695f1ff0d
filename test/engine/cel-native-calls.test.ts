import { isCelList } from "@bufbuild/cel";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCel, createCelEnv } from "../../src/engine/cel-env.js";
import { celInterpreter } from "../../src/engine/cel-interpreter.js";
import type { Primitive } from "../../src/engine/cel-fast-values.js";
import { NATIVE_CALLS, NOT_NATIVE } from "../../src/engine/cel-native-calls.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
const interpreter = celInterpreter();

/** Strings the functions read differently: cases, white space, numbers, addresses, globs, domains. */
const SAMPLES = [
  "", " ", "abc", "ABC", "MiXeD Case", "ÄbC İı ß", "\u00a0pad\u3000", "\t\n x \r\u2028", "\u200b zero width",
  "12", "-3", "+4", "1e3", "0x10", "0b11", " 7 ", "1.5", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "Infinity", "NaN",
  "10.0.0.0/8", "0.0.0.0/0", "::/0", "1.2.3.4", "1.2.3.4/0", "192.168.1.0/255.255.255.0", "2001:db8::/32", "300.1.1.1", "10.0.0.1/33",
  "**/*.yaml", "src/*.ts", "a*", "[", "{a,b}/c", "!x", "deploy/prod.yaml",
  "example.com", "*.example.com", ".example.com", "*", "sub.example.com.", "EXAMPLE.com", "bad..domain", "*.*.x",
  "^a", "(?i)abc", "a(", "[a-z]+", "\\d+",
];

const primitive: fc.Arbitrary<Primitive> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SAMPLES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 2, arbitrary: fc.bigInt({ min: -3n, max: 20n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1.5, -2.5, 1e300, 9.3e18, -9.3e18, Number.NaN, Number.POSITIVE_INFINITY) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** How each is called: on a string (a method) or not, with how many arguments. */
const SHAPES: Record<string, { method: boolean; arity: readonly number[]; lists?: true }> = {
  lowerAscii: { method: true, arity: [0] },
  upperAscii: { method: true, arity: [0] },
  trim: { method: true, arity: [0] },
  contains: { method: true, arity: [1] },
  globMatches: { method: true, arity: [1] },
  globMatchesAny: { method: false, arity: [2], lists: true },
  domainMatchesAny: { method: false, arity: [2], lists: true },
  regexFind: { method: true, arity: [1] },
  substring: { method: true, arity: [1, 2] },
  split: { method: true, arity: [1, 2] },
  isAllAddresses: { method: false, arity: [1] },
  isCidr: { method: false, arity: [1] },
  double: { method: false, arity: [1] },
  int: { method: false, arity: [1] },
  string: { method: false, arity: [1] },
  cidrContains: { method: false, arity: [2] },
  cidrOverlaps: { method: false, arity: [2] },
  domainMatches: { method: false, arity: [2] },
  wildcardCovers: { method: false, arity: [2] },
};

/** A call as policies write it (a string target for a method, the right number of arguments), or any call at all. */
function calls(name: string): fc.Arbitrary<[Primitive | undefined, Primitive[]]> {
  const shape = SHAPES[name];
  if (shape === undefined) throw new Error(`no shape for ${name}: add it`);
  const likely = fc.tuple(
    shape.method ? fc.oneof(fc.constantFrom(...SAMPLES), fc.string({ maxLength: 12 })) : fc.constant(undefined),
    // Indexes into the samples for substring, so that bounds and start > end are met often; a
    // separator and a count for split.
    fc.constantFrom(...shape.arity).chain((n) =>
      name === "substring"
        ? fc.array(fc.bigInt({ min: -2n, max: 14n }), { minLength: n, maxLength: n })
        : name === "split"
          ? fc.tuple(fc.constantFrom("", " ", ".", "/", "-", "e", "ab", "\u00e4", "\ud83d"), fc.bigInt({ min: -2n, max: 4n })).map(([separator, count]) => (n === 1 ? [separator] : [separator, count]))
          : fc.array(primitive, { minLength: n, maxLength: n }),
    ),
  );
  const any = fc.tuple(fc.option(primitive, { nil: undefined, freq: 2 }), fc.array(primitive, { maxLength: 3 }));
  return fc.oneof({ weight: 3, arbitrary: likely }, { weight: 1, arbitrary: any });
}

describe("functions the fast path calls without the interpreter", () => {
  for (const [name, native] of NATIVE_CALLS) {
    // Functions of lists are generated with lists below.
    if (SHAPES[name]?.lists === true) continue;
    it(`${name}: the interpreter's answer, or left to it`, () => {
      let answered = 0;
      fc.assert(
        fc.property(calls(name), ([target, args]) => {
          let mine: Primitive | readonly string[] | undefined | typeof NOT_NATIVE | Error;
          try {
            mine = native(target, args);
          } catch (error) {
            mine = error as Error;
          }
          if (mine === NOT_NATIVE) return;
          answered++;
          const theirs: unknown = env.interpreter().funcs.find(name)?.call(0, target as never, args as never);
          if (mine instanceof Error) expect(interpreter.isCelError(theirs)).toBe(true);
          // A list the interpreter gives as its own wrapper; the same strings in the same order.
          else if (Array.isArray(mine)) expect(isCelList(theirs) ? [...theirs] : theirs).toEqual(mine);
          else expect(Object.is(theirs, mine) ? mine : theirs).toBe(mine);
        }),
        { numRuns: 4000 },
      );
      // Calls of every kind are answered here, not left to the interpreter.
      expect(answered).toBeGreaterThan(1000);
    });
  }

  it.each([...NATIVE_CALLS.keys()])("%s given lists and maps: the interpreter's answer, or left to it", (name) => {
    const shape = SHAPES[name] as { method: boolean; arity: readonly number[] };
    // Lists of strings (as params give patterns), of anything, and maps, where policies pass them.
    const value: fc.Arbitrary<unknown> = fc.oneof(
      { weight: 2, arbitrary: primitive },
      { weight: 1, arbitrary: fc.bigInt({ min: -2n, max: 14n }) },
      { weight: 2, arbitrary: fc.array(fc.constantFrom(...SAMPLES), { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(primitive, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("a", "b"), primitive, { maxKeys: 2 }) },
    );
    const receiver = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SAMPLES) }, { weight: 1, arbitrary: value });
    let answered = 0;
    fc.assert(
      fc.property(shape.method ? receiver : fc.constant(undefined), fc.array(value, { minLength: Math.min(...shape.arity), maxLength: Math.max(...shape.arity) }), (target, args) => {
        let mine: unknown;
        try {
          mine = (NATIVE_CALLS.get(name) as (t: unknown, a: readonly unknown[]) => unknown)(target, args);
        } catch (error) {
          mine = error as Error;
        }
        if (mine === NOT_NATIVE) return;
        answered++;
        // The interpreter as a run calls it: on values read from the bindings.
        const holes = args.map((_, i) => `subject.a${i}`).join(", ");
        const source = target === undefined ? `${name}(${holes})` : `subject.t.${name}(${holes})`;
        const compiled = compileCel(env, source);
        if (!compiled.ok) throw new Error(compiled.message);
        const subject = Object.fromEntries([["t", target], ...args.map((arg, i) => [`a${i}`, arg])]);
        const theirs = compiled.program.interpret({ subject });
        // No overload (undefined) and a thrown error are both CEL errors to the interpreter.
        if (mine === undefined || mine instanceof Error) expect(theirs.ok, source).toBe(false);
        else if (Array.isArray(mine)) expect(theirs.ok && isCelList(theirs.value) ? [...theirs.value] : theirs, source).toEqual(mine);
        else expect(theirs, source).toEqual({ ok: true, value: mine });
      }),
      { numRuns: 1500 },
    );
    expect(answered).toBeGreaterThan(50);
  });

  it("answer the calls real policies make, each as the interpreter does", () => {
    const calls: Array<[string, Primitive | undefined, unknown[]]> = [
      ["lowerAscii", "TCP", []],
      ["isAllAddresses", undefined, ["0.0.0.0/0"]],
      ["isAllAddresses", undefined, ["10.0.0.0/8"]],
      ["globMatches", "deploy/prod.yaml", ["deploy/**"]],
      ["double", undefined, [30n]],
      ["double", undefined, [7.5]],
      ["int", undefined, ["22"]],
      ["string", undefined, [443n]],
      ["domainMatches", undefined, ["api.example.com", "*.example.com"]],
      ["contains", "s3:GetObject", ["Get"]],
      ["globMatchesAny", undefined, ["prod-backups", ["*-backups", "archive-*"]]],
      ["domainMatchesAny", undefined, ["cdn.example.com", ["*.example.com"]]],
    ];
    for (const [name, target, args] of calls) {
      const value = (NATIVE_CALLS.get(name) as (t: unknown, a: unknown[]) => unknown)(target, args);
      expect(value).not.toBe(NOT_NATIVE);
      const holes = args.map((_, i) => `subject.a${i}`).join(", ");
      const compiled = compileCel(env, target === undefined ? `${name}(${holes})` : `subject.t.${name}(${holes})`);
      if (!compiled.ok) throw new Error(compiled.message);
      expect(compiled.program.interpret({ subject: { t: target, ...Object.fromEntries(args.map((arg, i) => [`a${i}`, arg])) } })).toEqual({ ok: true, value });
    }
  });
});
