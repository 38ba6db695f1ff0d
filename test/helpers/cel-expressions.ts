import fc from "fast-check";
import type { CelEvaluation } from "../../src/engine/cel-env.js";
import { isPrimitive } from "../../src/engine/cel-fast-values.js";

/*
 * Generated CEL expressions and bindings for the tests that hold a faster way of evaluating
 * to the CEL interpreter's own answers (test/engine/cel-fast.test.ts).
 */

/** Leaves: fields that exist, are missing, hold null, numbers, lists, maps CEL reads otherwise; literals of each kind. */
export const LEAVES = [
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
  "size(subject.labels)",
  "subject.labels.exists(k, k == 'app')",
  "subject.labels.all(k, subject.labels[k] != null)",
  "subject.labels == {'app': 'shop'}",
  "'app' in subject.labels",
  "subject.tags.map(t, t)",
  "subject.tags.filter(t, t == 'x')",
  "subject",
  "subject.nullable",
  "params",
  "params.kinds.exists(k, subject.kind.startsWith(k + '-') || k.endsWith(subject.kind))",
  "subject.tags.filter(t, t != 'x').map(t, t + '!')",
  "params.objects.exists(o, o.a == 1)",
  "subject.labels.exists(k, subject.labels[k] == 'shop')",
  "[subject.kind, 'x'].all(s, s.matches('^[A-Za-z]+$'))",
  "size(subject.labels) > 0",
  "subject.tags.size() >= 1",
  "size(subject.kind) < 3",
  "subject.count < 1",
  "subject.count >= 1.5",
  "subject.count == 1",
  "subject.count in [0, 1.5, 'x']",
  "1 in subject.tags",
  "9007199254740993 > subject.big",
  "subject.big == 9007199254740993",
  "subject.kind > 'E'",
  "subject.flag < true",
  "size(subject.tags.filter(t, t != 'x')) == 0",
  // The engine's functions for unknown values, type(), and functions called with scalars.
  "isUnknown(subject.labels)",
  "isUnknown(subject.kind)",
  "isUnknown(subject.deep.a)",
  "known(subject.labels, 'x')",
  "known(subject.deep, 0)",
  "known(subject.kind, subject.missing)",
  "type(known(subject.labels, '')) == string",
  "type(subject.kind) == string",
  "type(subject.tags) == list",
  "type(subject.labels) == map",
  "type(subject.none) == null_type",
  "type(subject.count) == double",
  "type(subject.kind) == subject.kind",
  "type(subject.kind)",
  "subject.kind.lowerAscii()",
  "subject.kind.lowerAscii().matches('^dep')",
  "subject.kind.upperAscii() == 'POD'",
  "string(subject.count)",
  "string(subject.kind)",
  "double(subject.count) >= 1.0",
  "int(subject.count) == 1",
  "isAllAddresses(subject.kind)",
  "subject.kind.contains('e')",
  "size(subject.kind.split('e')) == 2",
  "subject.tags.join(', ')",
  "subject.tags.join()",
  "params.kinds.join('-') == 'Deployment-Pod'",
  "subject.kind.join()",
  // Functions the fast path calls without the interpreter (cel-native-calls.ts), given whatever the fields hold.
  "subject.kind.trim()",
  "subject.kind.substring(1)",
  "subject.kind.substring(1, 0)",
  "subject.kind.globMatches('D*')",
  "subject.kind.regexFind('[a-z]+')",
  "isCidr(subject.kind)",
  "domainMatches(subject.kind, '*.x')",
  "int(subject.kind)",
  "double(subject.kind)",
  "string(subject.flag)",
  "string(subject.big)",
  "int(subject.big)",
  "subject.kind.contains(subject.kind)",
  "globMatchesAny(subject.kind, params.kinds)",
  "globMatchesAny(subject.kind, subject.tags)",
  "domainMatchesAny(subject.kind, params.mixed)",
  "blocks(subject.tags).exists(t, t == 'x')",
  "size(blocks(subject.none))",
  "blocks(subject.labels).exists(b, 'app' in b)",
  "blocks(subject.kind)[0]",
  "blocks(type(subject.kind))",
  // Lists and maps against null, whatever they hold.
  "subject.tags == null",
  "null != subject.tags",
  "subject.labels == null",
  "subject.deep.a == null",
  "subject.list != null",
  "params.objects == null",
  // Map literals, as messages name a product.
  "{'compose': 'Compose', 'kubernetes': 'Kubernetes'}[meta.product]",
  "{'a': subject.kind, 'b': 1}['a']",
  "{'a': subject.missing, 'b': 1}['b']",
  "{'x': 'y'}[subject.kind]",
  "{'a': 1, 'a': 2}['a']",
  "{'__proto__': 'p'}['__proto__']",
  "{subject.kind: 1}",
  "{'k': subject.tags}['k']",
  "size({'a': 1, 'b': subject.count})",
  "'a' in {'a': 1}",
  "{'app': 'shop'} == subject.labels",
  // Indexes of maps and lists.
  "subject.labels['app']",
  "subject.labels[subject.kind]",
  "subject.tags[0]",
  "subject.tags[1] == 1",
  "subject.tags[5]",
  "subject.tags[0.0]",
  "subject.labels[1]",
  "subject.list[0]",
  "params.kinds[0] == 'Deployment'",
  "subject.deep.a[0]",
  // Loops over what may be an error or a list.
  "subject.missing.exists(t, true)",
  "subject.deep.a.exists(x, isUnknown(x))",
];

export const TESTS = ["has(subject.labels.app)", "has(subject.labels.missing)", "has(subject.none.x)", "has(subject.nullable.k)", "has(subject.kind.x)", "has(subject.list.x)"];

/** Expressions over the grammar the fast path reads, and some it does not. */
export const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
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
  count: fc.constantFrom(0, 1, 1.5, -0, Number.NaN, -2),
  big: fc.constantFrom(9007199254740992, 2 ** 60, 1),
  flag: fc.boolean(),
  tags: fc.constantFrom<unknown[]>([], ["x"], ["x", 1], [null], [{ constructor: "c" }], [{ a: 1 }], [Object.create(null)]),
  labels: fc.constantFrom<object>({ app: "shop" }, { app: null }, {}, { $unknown: "from a variable" }, Object.assign(Object.create(null) as object, { app: "shop" })),
  odd: fc.constantFrom({ key: "v", constructor: "c" }, { key: "v" }),
  message: fc.constantFrom({ x: "v", $typeName: "google.protobuf.Value" }, { x: "v" }),
  list: fc.constantFrom(["x"], "text"),
  nullable: fc.constantFrom({ k: null }, { k: 1 }, {}),
  // Unknown markers at depth, as adapters and the Terraform parser leave them.
  deep: fc.constantFrom<unknown>({ a: [{ $expr: "var.x" }] }, { a: [1, { b: "c" }] }, { a: [{ $unknown: "after apply", extra: 1 }] }, { a: [Object.create(null)] }, { $unknown: 5 }),
});

/** Mostly plain objects, as parsers make them; sometimes one without a prototype, which CEL cannot read at all. */
const subject = fc.oneof({ arbitrary: fields.map((record) => ({ ...record })), weight: 9 }, { arbitrary: fields, weight: 1 });

export const bindings = fc.record({
  subject,
  meta: fc.record({ product: fc.constantFrom("kubernetes", "compose"), objectKind: fc.constantFrom("Deployment", "Service") }).map((record) => ({ ...record })),
  params: fc.constant({ kinds: ["Deployment", "Pod"], mixed: ["Deployment", 2], objects: [{ a: 1 }] }),
  item: fc.constantFrom(null, "x", ["x"], { a: 1 }),
});

/** Filters as policies write them: string fields against literals and param lists, presence tests, and their junctions. */
export const filter: fc.Arbitrary<string> = fc.letrec<{ filter: string }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(fc.constantFrom("subject.kind", "meta.product", "meta.objectKind", "subject.labels.app", "subject.missing"), fc.constantFrom("==", "!="), fc.constantFrom("'Deployment'", "'kubernetes'", "'shop'", "null")).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.constantFrom(
      "subject.kind in params.kinds",
      "meta.objectKind in ['Deployment', 'Pod']",
      "subject.flag",
      "!has(subject.labels.app)",
      "subject.tags.exists(t, t == 'x')",
      "subject.kind.lowerAscii() == 'deployment'",
      "!isUnknown(subject.labels)",
      "type(known(subject.kind, 0)) == string",
      "subject.labels['app'] == 'shop'",
      ...TESTS,
    ),
    fc.tuple(tie("filter"), fc.constantFrom("&&", "||"), tie("filter")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie("filter").map((a) => `!(${a})`),
  ),
})).filter;

/** A boolean, string, number, int or null as itself, any other value as its type, an error as its message. */
export function outcome(result: CelEvaluation): unknown {
  if (!result.ok) return { error: result.message };
  // The values CEL gives as JavaScript's own are compared as they are; lists, maps and the rest by type.
  return isPrimitive(result.value) ? result.value : { value: typeof result.value };
}
