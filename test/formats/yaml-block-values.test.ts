import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockDocumentValues, fastYamlValues, jsonExact, measuredShallow } from "../../src/formats/yaml-values.js";
import { plainStartAt } from "../../src/formats/yaml-block-tree.js";
import { blockScalarTexts, colonStartTexts, countTaken, doubleQuotedTexts, keyShapeTexts, plainLinesTexts, quotedLinesTexts, valueBelowKeyTexts, writtenDocuments, writtenStreams } from "../helpers/yaml-documents.js";

/** js-yaml 4 itself, with the schema the fast path uses: the reference for every value. */
const jsYaml4 = createRequire(import.meta.url)("js-yaml-4") as {
  loadAll: (text: string, iterator: (document: unknown) => void, options: object) => void;
  CORE_SCHEMA: { extend: (types: object) => object };
  types: { merge: object };
};
const SCHEMA = jsYaml4.CORE_SCHEMA.extend({ implicit: [jsYaml4.types.merge] });

/** js-yaml 4's documents, or undefined where it refuses the text. */
function reference(text: string): unknown[] | undefined {
  const values: unknown[] = [];
  try {
    jsYaml4.loadAll(text, (value) => values.push(value), { schema: SCHEMA });
  } catch {
    return undefined;
  }
  return values;
}

/** A value with its key order, -0 and own `__proto__` keys made visible to a deep comparison. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return ["list", value.map(ordered)];
  if (value !== null && typeof value === "object") return ["map", Object.getPrototypeOf(value) === Object.prototype, Object.entries(value).map(([k, v]) => [k, ordered(v)])];
  return Object.is(value, -0) ? "-0" : value;
}

/** Whether the lines read `text`; when they do, their values must be js-yaml 4's, to the key order. */
function agreesWithJsYaml(text: string): boolean {
  const block = blockDocumentValues(text);
  if (block === undefined) return false;
  const expected = reference(text);
  expect(expected, `js-yaml 4 refuses what the lines read:\n${text}`).toBeDefined();
  expect(isDeepStrictEqual(ordered(block), ordered(expected)), `values differ for\n${text}\n${JSON.stringify(block)}\n${JSON.stringify(expected)}`).toBe(true);
  return true;
}

const key = fc.oneof(
  fc.constantFrom("name", "image", "x-y", "a.b", "true", "False", "1", "-2", "0x1A", "0o17", "1.50", "1e3", ".inf", "null", "~", "k:v", "with space", "a#b", "__proto__", "constructor", "toString"),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/),
);
const scalar = fc.oneof(
  fc.constantFrom("nginx:1.27", "latest", "", " padded ", "a: b", "it's", 'say "hi"', "back\\slash", "# not a comment", "- item", "-", "{x}", "[y]", "multi\nline", "yes", "~", "0.5", "-3", "0x1f", "+12", ".5", "1_000", "2024-01-01", "<<", "*star", "&amp", "!bang", "%pct", "@at", "`tick`", "é", "😀"),
  fc.integer({ min: -5, max: 5000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.stringMatching(/^[a-z0-9 .:/@#,~+-]{0,12}$/),
);
describe("values read from the lines of plain YAML", () => {
  it("are js-yaml 4's, for generated documents in every block style js-yaml writes", () => {
    const taken = countTaken(writtenDocuments(key, scalar), agreesWithJsYaml, 2000, 20261205);
    // Not vacuous: most generated documents are plain enough to be read from their lines.
    expect(taken).toBeGreaterThan(250);
  });

  it("are js-yaml 4's for every document of generated files of several documents", () => {
    // Documents the lines read one by one, so that most files of several are read whole.
    const documents = writtenDocuments(key, scalar).filter((text) => blockDocumentValues(text) !== undefined);
    let taken = 0;
    let several = 0;
    fc.assert(
      fc.property(writtenStreams(documents), (text) => {
        if (!agreesWithJsYaml(text)) return;
        taken += 1;
        if ((blockDocumentValues(text)?.length ?? 0) > 1) several += 1;
      }),
      { numRuns: 1000, seed: 20261205 },
    );
    expect(several).toBeGreaterThan(450);
    expect(taken).toBeGreaterThan(950);
  });

  it("are js-yaml 4's for generated literal and folded block scalars, their blank lines and final line breaks", () => {
    const taken = countTaken(blockScalarTexts(), agreesWithJsYaml, 3000, 5);
    expect(taken).toBeGreaterThan(1500);
  });

  it("are js-yaml 4's for generated plain scalars over several lines", () => {
    const taken = countTaken(plainLinesTexts(), agreesWithJsYaml, 3000, 7);
    expect(taken).toBeGreaterThan(600);
  });

  it("are js-yaml 4's for generated values on the line below their key", () => {
    const taken = countTaken(valueBelowKeyTexts(), agreesWithJsYaml, 3000, 13);
    expect(taken).toBeGreaterThan(900);
  });

  it("are js-yaml 4's for generated keys as Envoy configurations write them", () => {
    const taken = countTaken(keyShapeTexts(), agreesWithJsYaml, 1500, 17);
    expect(taken).toBeGreaterThan(500);
  });

  it("are js-yaml 4's for generated plain scalars starting with a colon", () => {
    const taken = countTaken(colonStartTexts(), agreesWithJsYaml, 1000, 15);
    expect(taken).toBeGreaterThan(300);
  });

  it("read a value below its key, and documents ended by `...`, as rendered charts write them", () => {
    const text = "metadata:\n  name: web\n  annotations:\n    {}\nspec:\n  kind:\n    bug-fix\n  note:\n    'a' # why\n...\n---\nkind: Service\n...\nkind: ConfigMap\n...\n";
    expect(blockDocumentValues(text)).toEqual([{ metadata: { name: "web", annotations: {} }, spec: { kind: "bug-fix", note: "a" } }, { kind: "Service" }, { kind: "ConfigMap" }]);
    expect(agreesWithJsYaml(text)).toBe(true);
    // Where no document is open js-yaml 4 and 5 disagree, and a block indicator alone is rare: left to the library.
    for (const left of ["...\na: 1\n", "a: 1\n...\n...\nb: 2\n", "a: 1\n... x\n", "a:\n  |\n  x\n"]) expect(blockDocumentValues(left), left).toBeUndefined();
  });

  it("read keys as Envoy configurations write them: quoted first in an item, plain from a colon", () => {
    const text = "configs:\n- '@type': type.googleapis.com/envoy.admin.v3.BootstrapConfigDump\n  bootstrap:\n    :authority: '%REQ(:AUTHORITY)%'\n    ::: colons\n- \"name\": web\n";
    expect(blockDocumentValues(text)).toEqual([{ configs: [{ "@type": "type.googleapis.com/envoy.admin.v3.BootstrapConfigDump", bootstrap: { ":authority": "%REQ(:AUTHORITY)%", "::": "colons" } }, { name: "web" }] }]);
    expect(agreesWithJsYaml(text)).toBe(true);
    // No key before the colon: js-yaml 4 refuses it, js-yaml 5 reads a null key; left to them.
    expect(blockDocumentValues("list:\n- : x\n")).toBeUndefined();
  });

  it("read quoted keys as the strings they are, never typed", () => {
    const text = "metadata:\n  labels:\n    \"app.kubernetes.io/name\": web\n    '1': one\n    \"true\": yes\n    'it''s': x\n    \"a: b\":\n      c: d\n";
    expect(blockDocumentValues(text)).toEqual([{ metadata: { labels: { "app.kubernetes.io/name": "web", "1": "one", true: "yes", "it's": "x", "a: b": { c: "d" } } } }]);
    expect(agreesWithJsYaml(text)).toBe(true);
  });

  it("are js-yaml 4's for generated quoted scalars over several lines", () => {
    const taken = countTaken(quotedLinesTexts(), agreesWithJsYaml, 3000, 9);
    expect(taken).toBeGreaterThan(600);
  });

  it("fold a quoted scalar over several lines as YAML does", () => {
    const text = "rule: 'self.a == oldSelf.a  \n    && self.b != ''x''\n\n    # still text'\nmessage: \"it must not\n  change\" # why\n";
    expect(blockDocumentValues(text)).toEqual([{ rule: "self.a == oldSelf.a && self.b != 'x'\n# still text", message: "it must not change" }]);
    expect(agreesWithJsYaml(text)).toBe(true);
  });

  it("are js-yaml 4's for generated double-quoted scalars with escapes", () => {
    const taken = countTaken(doubleQuotedTexts(), agreesWithJsYaml, 3000, 11);
    expect(taken).toBeGreaterThan(1000);
  });

  it("read double-quoted escapes and indentation indicators as js-yaml 4 does", () => {
    const text = 'a: "tab\\there \\u00e9\\x41\\"q\\" \\U0001F600"\nb: "one\\n\n  two"\nc: |2-\n    indented\n  base\n';
    expect(blockDocumentValues(text)).toEqual([{ a: 'tab\there éA"q" 😀', b: "one\n two", c: "  indented\nbase" }]);
    expect(agreesWithJsYaml(text)).toBe(true);
  });

  it("fold a plain scalar over several lines as YAML does", () => {
    const text = "description: The name of the\n  object, unique\n\n  within its namespace.\nitems:\n- one\n  - two\n  'three'\n";
    expect(blockDocumentValues(text)).toEqual([{ description: "The name of the object, unique\nwithin its namespace.", items: ["one - two 'three'"] }]);
    expect(agreesWithJsYaml(text)).toBe(true);
  });

  it("make block scalars as YAML does: kept, folded, clipped, stripped and kept line breaks", () => {
    const text = [
      "script: |",
      "  set -e",
      "",
      "    indented",
      "  echo done",
      "folded: >-",
      "  one",
      "  two",
      "",
      "  three",
      "    more",
      "  four",
      "kept: |+",
      "  x",
      "",
      "stripped: |-",
      "  y # not a comment",
      "",
    ].join("\n");
    expect(blockDocumentValues(text)).toEqual([{ script: "set -e\n\n  indented\necho done\n", folded: "one two\nthree\n  more\nfour", kept: "x\n\n", stripped: "y # not a comment" }]);
    expect(agreesWithJsYaml(text)).toBe(true);
  });

  it("read an empty document as null, as js-yaml 4 loads it", () => {
    for (const text of ["a: 1\n---\n# nothing\n---\nb: 2\n", "a: 1\n---\n", "---\n---\na: 1\n", "--- # one\n--- # two\n"]) {
      expect(agreesWithJsYaml(text), text).toBe(true);
      expect(blockDocumentValues(text)).toContain(null);
    }
  });

  it("read every document of a file of several manifests", () => {
    const text = "# manifests\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n--- # the app\napiVersion: v1\nkind: ConfigMap\ndata:\n  run.sh: |\n    echo hi\n---\nkind: Service\n";
    expect(blockDocumentValues(text)).toEqual([
      { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } },
      { apiVersion: "v1", kind: "ConfigMap", data: { "run.sh": "echo hi\n" } },
      { kind: "Service" },
    ]);
    expect(agreesWithJsYaml(text)).toBe(true);
  });

  it("are js-yaml 4's on mappings and flow collections written by hand the way manifests write them", () => {
    const word = fc.oneof(
      fc.constantFrom("500m", "256Mi", "get", "list", "true", "~", "1", "0x10", ".5", "1e3", "-1", "+1", ".inf", "a/b", "x_y", "v1.2"),
      fc.stringMatching(/^[a-z0-9]{1,5}$/),
      // Quoted, as RBAC rules and security contexts write them, and quoted look-alikes.
      fc.constantFrom('""', '"ALL"', '"*"', "''", "'it''s'", '"1"', "'true'", '"a: b"', '"#x"', '"a,b"', '"x\\"y"', "'a\"b'", '" sp "', "'~'", '"é"', '"unclosed', "'x'y'"),
    );
    const flow = fc.oneof(
      fc.array(word, { maxLength: 4 }).map((words) => `[${words.join(", ")}]`),
      fc.array(fc.tuple(word, word), { maxLength: 4 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")} }`),
      fc.constantFrom("{}", "[]", "{ }", "[ ]", "[a, [b]]", "{a: {b: c}}", '["a", b]', "{a: 1,}", "[a,]", "{a}", "{a: }", "[a: b]", "{a:b}", "[&x a, *x]", "[!!str 1]", "{cpu: 1, cpu: 2}", '["*", "a*"]', "[prefix.*, x]", "{node: 10.* || >= 12.*}", "[a, *b]", "{a: !t b}", "[1.2.3.4, 001:db8::]", "['it''s', \"*\"]"),
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), flow), { minLength: 1, maxLength: 4 }), (entries) => {
        const text = entries.map(([k, v]) => `${k}:\n  nested: ${v}\n  list:\n    - ${v}`).join("\n") + "\n";
        if (agreesWithJsYaml(text)) taken += 1;
      }),
      { numRuns: 1500, seed: 12 },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it("are js-yaml 4's on every YAML file of the repository's fixtures and examples", () => {
    const files = execFileSync("git", ["ls-files", "*.yaml", "*.yml"], { encoding: "utf8" }).split("\n").filter(Boolean);
    let taken = 0;
    for (const file of files) if (agreesWithJsYaml(readFileSync(file, "utf8"))) taken += 1;
    expect(taken).toBeGreaterThan(50);
  });

  it("type keys and scalars as the core schema does, and keep __proto__ an own key", () => {
    const text = "1: a\n~: b\n0x1A: c\n1.50: d\nTrue: e\n__proto__:\n  polluted: yes\nvalues: [1, true, ~, .5, x]\nq: 'it''s'\nd: \"say\"\nempty:\nnan: .nan\n";
    const [read] = blockDocumentValues(text) ?? [];
    // Integer-like keys come first in any JavaScript object, js-yaml's too.
    expect(Object.keys(read as object)).toEqual(["1", "26", "null", "1.5", "true", "__proto__", "values", "q", "d", "empty", "nan"]);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.hasOwn(read as object, "__proto__")).toBe(true);
    expect((read as Record<string, unknown>).values).toEqual([1, true, null, 0.5, "x"]);
    expect((read as Record<string, unknown>).q).toBe("it's");
    expect((read as Record<string, unknown>).empty).toBeNull();
    expect(agreesWithJsYaml(text)).toBe(true);
  });

  it("are measured for the run: within the nesting bound, and JSON-exact only with finite numbers", () => {
    const plain = blockDocumentValues("a:\n  b: [1, 2]\n") ?? [];
    expect(measuredShallow(plain) && jsonExact(plain)).toBe(true);
    const nan = blockDocumentValues("a: .nan\n") ?? [];
    expect(measuredShallow(nan)).toBe(true);
    expect(jsonExact(nan)).toBe(false);
    expect(jsonExact(blockDocumentValues("a: -0.0\n") ?? [])).toBe(false);
    expect(jsonExact(blockDocumentValues("a: -0\n") ?? [])).toBe(true);
    expect(jsonExact(blockDocumentValues("a: [1, -.inf]\n") ?? [])).toBe(false);
  });

  it.each([
    ["a duplicate key, which js-yaml 4 refuses", "a: 1\na: 2\n"],
    ["a duplicate key in a flow mapping", "a: {x: 1, x: 2}\n"],
    ["a duplicate key in a nested mapping", "a:\n  b: 1\n  c: 2\n  b: 3\nd: 4\n"],
    ["keys that are the same number", "1: a\n01: b\n"],
    ["keys that are both null", "~: a\nnull: b\n"],
    ["a quoted key repeating a plain one", "a: 1\n'a': 2\n"],
    ["a repeated __proto__ key", "__proto__: 1\n__proto__: 2\n"],
    ["a duplicate key among many", Array.from({ length: 40 }, (_, i) => `k${i % 39}: ${i}\n`).join("")],
    ["an unknown escape", 'a: "\\q"\n'],
    ["an escaped line break", 'a: "b\\\n  c"\n'],
    ["a plain value that opens a sequence entry", "a: - b\n"],
    ["a lone dash for a value", "a: -\n"],
    ["a non-printable character", "a: b\u0007\n"],
    ["a character outside the basic plane", "a: 😀\n"],
    ["an alias inside a flow collection", "a: [&x 1, *x]\n"],
    ["a tag inside a flow collection", "a: [!!str 1]\n"],
    ["a mapping as a flow key", "a: {{b}}\n"],
    ["a document end marker where no document is open", "...\na: 1\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a marker with content after it", "--- a: 1\n"],
    ["a block scalar with no content", "a: |\nb: 1\n"],
    ["a block scalar whose header comment holds an indicator", "a: | # a > b\n  x\n"],
    ["a block scalar header followed by text", "a: |x\n  y\n"],
    ["a quoted key with an escape", '"a\\tb": 1\n'],
    ["a quoted key with a space before its colon", '"a" : 1\n'],
    ["a comment between the lines of a plain scalar", "a: b\n  # c\n  d\n"],
    ["a lone dash going on over two lines, which js-yaml refuses", "a: -\n  x\n"],
    ["a dash and a word going on over two lines", "a: - b\n  x\n"],
    ["a plain scalar line holding a key", "a: b\n  c: d\n"],
    ["a double-quoted scalar with an escape over two lines", 'a: "b\\\n  c"\n'],
    ["a quoted scalar going on no deeper than its key", "a: 'b\nc'\n"],
    ["text after a quoted scalar over two lines", "a: 'b\n  c' d\n"],
    ["nesting deeper than the lines read", Array.from({ length: 70 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " x\n"],
  ])("leave %s to js-yaml", (_name, text) => {
    expect(blockDocumentValues(text)).toBeUndefined();
  });

  it("read a scalar holding any character exactly when js-yaml 4 does, to the same value", () => {
    // Every UTF-16 code unit inside a plain scalar, where js-yaml 4 refuses the non-printable
    // ones and lone surrogates; tabs and CRs the lines always leave to it. (In a comment js-yaml
    // 4 lets them pass, and the lines leave such a text to it: the same values either way.)
    const disagreeing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code === 0x0a) continue;
      const text = `a: x${String.fromCharCode(code)}y\n`;
      const lines = blockDocumentValues(text);
      const expected = code === 0x09 || code === 0x0d ? undefined : reference(text);
      if (lines === undefined ? expected !== undefined : !isDeepStrictEqual(lines, expected)) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
  });

  it("still reads what they leave, through js-yaml 4, the same as before", () => {
    expect(fastYamlValues("a: \"tab\\there\"\nb: [&x 1, *x]\n")).toEqual([{ a: "tab\there", b: [1, 1] }]);
    expect(fastYamlValues("a: 1\na: 2\n")).toBeUndefined();
  });

  it("read a leading document marker, as in many manifests", () => {
    expect(blockDocumentValues("# a comment\n--- # the document\napiVersion: v1\nkind: Pod\n")).toEqual([{ apiVersion: "v1", kind: "Pod" }]);
  });
});

describe("where a plain key or scalar may start", () => {
  it("is decided without a regular expression exactly as the pattern decides it, for every code unit and past the end", () => {
    const pattern = /^[^\s?,[\]{}#&*!|>'"%@`]$/;
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}`;
      if (plainStartAt(text, 1) !== pattern.test(text[1] as string)) differing.push(code);
    }
    expect(differing).toEqual([]);
    expect(plainStartAt("a", 1)).toBe(false);
    expect(plainStartAt("\ud83d\ude00", 0)).toBe(true);
  });
});
