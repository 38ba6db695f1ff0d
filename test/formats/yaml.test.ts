import { beforeEach, describe, expect, it, vi } from "vitest";
import { yamlParser } from "../../src/formats/yaml.js";
import type { DocPath, Document, ParseResult, Range } from "../../src/types.js";
import { vendored } from "../../src/vendor.js";
import { range } from "../helpers/parse.js";

// The event parser (positions) is wrapped, not replaced, so that the lazy test can count its
// calls: js-yaml 5 is loaded on first use (src/vendor.ts), and the parser looks it up at each call.
const parseEvents = vi.spyOn(vendored.jsyaml(), "parseEvents");

/** Lines are numbered in the comments so that expected positions can be checked by eye. */
const MANIFEST = [
  "# Shop namespace and web app", //                       1
  "apiVersion: v1", //                                     2
  "kind: Namespace", //                                    3
  "metadata:", //                                          4
  "  name: shop", //                                       5
  "---", //                                                6
  "apiVersion: apps/v1", //                                7
  "kind: Deployment", //                                   8
  "metadata:", //                                          9
  "  name: web", //                                       10
  "  namespace: shop", //                                 11
  "spec:", //                                             12
  "  replicas: 2", //                                     13
  "  template:", //                                       14
  "    metadata:", //                                     15
  "      labels:", //                                     16
  "        app: web", //                                  17
  "    spec:", //                                         18
  "      containers:", //                                 19
  "        - name: app", //                               20
  '          image: "registry.example.com/shop/web:1.4.2"', // 21
  "          ports:", //                                  22
  "            - containerPort: 8080", //                 23
  "        - name: sidecar", //                           24
  "          image: nginx:latest  # pin me", //           25
  "          resources:", //                              26
  "            limits:", //                               27
  "              memory: 128Mi", //                       28
  "", //                                                  29
  "---", //                                               30
  "apiVersion: v1", //                                    31
  "kind: Service", //                                     32
  "metadata:", //                                         33
  "  name: web", //                                       34
  "spec:", //                                             35
  "  ports:", //                                          36
  "    - port: 80", //                                    37
  "      targetPort: 8080", //                            38
  "---", //                                               39
  "",
].join("\n");

function documentsOf(result: ParseResult): Document[] {
  if (!result.ok) throw new Error(`expected a successful parse, got ${JSON.stringify(result.errors)}`);
  return result.documents;
}

function only(result: ParseResult): Document {
  const [document, ...rest] = documentsOf(result);
  if (document === undefined || rest.length > 0) throw new Error("expected exactly one document");
  return document;
}

describe("yamlParser: a multi-document Kubernetes manifest", () => {
  const documents = documentsOf(yamlParser.parse(MANIFEST, "k8s/shop.yaml"));

  it("keeps the three documents with content, in order, and drops the trailing empty one", () => {
    expect(documents.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(documents.map((d) => (d.value as { kind: string }).kind)).toEqual(["Namespace", "Deployment", "Service"]);
    expect(documents.every((d) => d.file === "k8s/shop.yaml")).toBe(true);
  });

  it("reads values with the YAML 1.2 core schema", () => {
    const deployment = documents[1]?.value as { spec: { replicas: unknown; template: { spec: { containers: unknown[] } } } };
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.template.spec.containers[1]).toEqual({
      name: "sidecar",
      image: "nginx:latest",
      resources: { limits: { memory: "128Mi" } },
    });
  });

  const deploymentCases: Array<[string, DocPath, Range]> = [
    ["a plain scalar, without its trailing comment", ["spec", "template", "spec", "containers", 1, "image"], range(25, 18, 25, 30)],
    ["a quoted scalar, quotes included", ["spec", "template", "spec", "containers", 0, "image"], range(21, 18, 21, 55)],
    ["a number", ["spec", "replicas"], range(13, 13, 13, 14)],
    ["a sequence item (a block mapping)", ["spec", "template", "spec", "containers", 1], range(24, 11, 28, 28)],
    ["a block sequence, up to its last value", ["spec", "template", "spec", "containers"], range(20, 9, 28, 28)],
    ["the root, without the comment above it or the blank line below", [], range(7, 1, 28, 28)],
    ["a string index into a sequence", ["spec", "template", "spec", "containers", "0", "name"], range(20, 17, 20, 20)],
    [
      "a missing key: its deepest existing ancestor",
      ["spec", "template", "spec", "containers", 1, "securityContext", "runAsNonRoot"],
      range(24, 11, 28, 28),
    ],
    ["a missing index: the sequence", ["spec", "template", "spec", "containers", 5, "image"], range(20, 9, 28, 28)],
    ["a path through a scalar: the scalar", ["metadata", "name", "first"], range(10, 9, 10, 12)],
  ];

  it.each(deploymentCases)("locates %s", (_name, path, expected) => {
    expect(documents[1]?.locate(path)).toEqual(expected);
  });

  it.each([
    [0, ["metadata", "name"], range(5, 9, 5, 13)],
    [0, [], range(2, 1, 5, 13)],
    [2, ["spec", "ports", 0, "targetPort"], range(38, 19, 38, 23)],
    [2, ["kind"], range(32, 7, 32, 14)],
  ] as Array<[number, DocPath, Range]>)("locates in document %i the path %j", (position, path, expected) => {
    expect(documents[position]?.locate(path)).toEqual(expected);
  });
});

describe("yamlParser: anchors, aliases and merge keys", () => {
  const COMPOSE = [
    "x-defaults: &defaults", //                  1
    '  image: "ghcr.io/acme/base:1.0"', //       2
    "  restart: unless-stopped", //              3
    "  environment: &env", //                    4
    "    LOG_LEVEL: info", //                    5
    "    REGION: eu-west-1", //                  6
    "", //                                       7
    "services:", //                              8
    "  api:", //                                 9
    "    <<: *defaults", //                     10
    "    ports:", //                            11
    '      - "8080:8080"', //                   12
    "  worker:", //                             13
    "    <<: *defaults", //                     14
    "    image: ghcr.io/acme/worker:2.1", //    15
    '    command: ["run", "--queue", "jobs"]', // 16
    "  cron:", //                               17
    "    image: ghcr.io/acme/cron:0.3", //      18
    "    environment: *env", //                 19
    "",
  ].join("\n");
  const compose = only(yamlParser.parse(COMPOSE, "docker-compose.yml"));

  it("resolves merge keys and aliases in values, local keys winning", () => {
    const services = (compose.value as { services: Record<string, Record<string, unknown>> }).services;
    expect(services.api).toEqual({
      image: "ghcr.io/acme/base:1.0",
      restart: "unless-stopped",
      environment: { LOG_LEVEL: "info", REGION: "eu-west-1" },
      ports: ["8080:8080"],
    });
    expect(services.worker?.image).toBe("ghcr.io/acme/worker:2.1");
    expect(services.cron?.environment).toEqual({ LOG_LEVEL: "info", REGION: "eu-west-1" });
    expect(Object.hasOwn(services.api ?? {}, "<<")).toBe(false);
  });

  it.each([
    ["a key that only exists through a merge: the anchored value", ["services", "api", "image"], range(2, 10, 2, 33)],
    ["a merged key next to local ones", ["services", "api", "restart"], range(3, 12, 3, 26)],
    ["a key overriding a merged one: the local value", ["services", "worker", "image"], range(15, 12, 15, 35)],
    ["a path through a merge into a nested map", ["services", "api", "environment", "LOG_LEVEL"], range(5, 16, 5, 20)],
    ["an alias: the anchored node", ["services", "cron", "environment"], range(5, 5, 6, 22)],
    ["a path through an alias", ["services", "cron", "environment", "REGION"], range(6, 13, 6, 22)],
    ["a flow sequence", ["services", "worker", "command"], range(16, 14, 16, 40)],
    ["an item of a flow sequence", ["services", "worker", "command", 2], range(16, 33, 16, 39)],
    ["a missing key in a mapping with merges", ["services", "api", "healthcheck"], range(10, 5, 12, 20)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(compose.locate(path)).toEqual(expected);
  });

  it("gives earlier mappings of a merge sequence precedence, in values and positions", () => {
    const text = ["a: &a {x: 1, y: 1}", "b: &b {y: 2, z: 2}", "c:", "  <<: [*a, *b]", ""].join("\n");
    const document = only(yamlParser.parse(text, "merge.yaml"));
    expect((document.value as { c: unknown }).c).toEqual({ x: 1, y: 1, z: 2 });
    expect(document.locate(["c", "y"])).toEqual(range(1, 17, 1, 18));
    expect(document.locate(["c", "z"])).toEqual(range(2, 17, 2, 18));
  });

  it("does not treat a quoted '<<' as a merge key", () => {
    const document = only(yamlParser.parse("a: &a {x: 1}\nb:\n  '<<': *a\n", "q.yaml"));
    expect(document.value).toEqual({ a: { x: 1 }, b: { "<<": { x: 1 } } });
    expect(document.locate(["b", "x"])).toEqual(range(3, 3, 3, 11));
  });

  it("points at the key of an empty value", () => {
    const document = only(yamlParser.parse("spec:\n  resources:\n  image: x\n", "e.yaml"));
    expect(document.locate(["spec", "resources"])).toEqual(range(2, 3, 2, 12));
  });
});

describe("yamlParser: scalars keep YAML 1.2 meaning", () => {
  it("leaves timestamps and YAML 1.1 booleans as strings", () => {
    const text = "on: yes\ndate: 2024-01-01\nwhen: 2001-12-14t21:59:43.10-05:00\nhex: 0x1F\nnone: ~\n";
    expect(only(yamlParser.parse(text, "s.yaml")).value).toEqual({
      on: "yes",
      date: "2024-01-01",
      when: "2001-12-14t21:59:43.10-05:00",
      hex: 31,
      none: null,
    });
  });
});

describe("yamlParser: empty documents and index alignment", () => {
  it.each([
    ["a leading ---", "---\na: 1\n", [[0, { a: 1 }, range(2, 4, 2, 5)]]],
    ["a trailing ---", "a: 1\n---\n", [[0, { a: 1 }, range(1, 4, 1, 5)]]],
    [
      "a comment-only document in the middle",
      "a: 1\n---\n# only a comment\n---\na: 2\n",
      [
        [0, { a: 1 }, range(1, 4, 1, 5)],
        [2, { a: 2 }, range(5, 4, 5, 5)],
      ],
    ],
    [
      "... document end markers",
      "a: 1\n...\n---\na: 2\n...\n",
      [
        [0, { a: 1 }, range(1, 4, 1, 5)],
        [1, { a: 2 }, range(4, 4, 4, 5)],
      ],
    ],
    // The `yaml` package sees an extra empty document before `...` here; js-yaml does not.
    ["comments closed by ... before the first document", "# c\n...\na: 1\n", [[0, { a: 1 }, range(3, 4, 3, 5)]]],
    [
      "comments between two ... markers",
      "a: 1\n...\n# c\n...\n---\na: 2\n",
      [
        [0, { a: 1 }, range(1, 4, 1, 5)],
        [1, { a: 2 }, range(6, 4, 6, 5)],
      ],
    ],
    [
      "an explicit null document, which has content",
      "--- ~\n---\n---\na: 1\n",
      [
        [0, null, range(1, 5, 1, 6)],
        [2, { a: 1 }, range(4, 4, 4, 5)],
      ],
    ],
    [
      "a directive before the first document",
      "%YAML 1.2\n---\na: 1\n---\n---\na: 2\n",
      [
        [0, { a: 1 }, range(3, 4, 3, 5)],
        [2, { a: 2 }, range(6, 4, 6, 5)],
      ],
    ],
  ] as Array<[string, string, Array<[number, unknown, Range]>]>)("with %s", (_name, text, expected) => {
    const documents = documentsOf(yamlParser.parse(text, "multi.yaml"));
    // Located by key "a": a misaligned document would answer with another document's line.
    const actual = documents.map((d) => [d.index, d.value, d.locate(d.value === null ? [] : ["a"])]);
    expect(actual).toEqual(expected);
  });

  it.each([
    ["an empty file", ""],
    ["a comment-only file", "# nothing here\n# at all\n"],
    ["a lone separator", "---\n"],
    ["blank lines", "\n\n   \n"],
  ])("returns no documents for %s", (_name, text) => {
    expect(yamlParser.parse(text, "empty.yaml")).toEqual({ ok: true, documents: [] });
  });
});

describe("yamlParser: malformed input", () => {
  it.each([
    ["bad indentation", "a:\n  b: 1\n c: 2\n", "bad indentation of a mapping entry", range(3, 2, 3, 3)],
    ["an unclosed flow sequence at the end", "args: [one, two\n", "deficient indentation", range(2, 1, 2, 1)],
    [
      "an unclosed flow sequence inside a list",
      "steps:\n  - run: echo\n    args: [one, two\n  - run: other\n",
      "deficient indentation",
      range(4, 3, 4, 4),
    ],
    ["a duplicate key", "name: a\nimage: x\nname: b\n", "duplicated mapping key", range(3, 1, 3, 2)],
    ["a tab in indentation", "a:\n\tb: 1\n", "tab characters must not be used in indentation", range(2, 1, 2, 2)],
    ["an unknown alias", "a: *nope\n", 'unidentified alias "nope"', range(1, 5, 1, 6)],
    ["a sequence after a mapping", "a: 1\n- b\n", "end of the stream or a document separator is expected", range(2, 1, 2, 2)],
    ["a NUL byte", "a: 1\u0000\n", "null byte is not allowed in input", range(1, 5, 1, 6)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    expect(yamlParser.parse(text, "bad.yaml")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });

  it("turns nesting beyond the depth limit into an error, not a stack overflow", () => {
    const result = yamlParser.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`, "deep.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.range.line).toBe(1);
  });
});

describe("yamlParser: line endings and byte order marks", () => {
  const variants: Array<[string, (text: string) => string]> = [
    ["LF", (text) => text],
    ["CRLF", (text) => text.replace(/\n/g, "\r\n")],
    ["BOM + LF", (text) => `\uFEFF${text}`],
    ["BOM + CRLF", (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`],
  ];
  const paths: DocPath[] = [
    [],
    ["spec", "template", "spec", "containers", 1, "image"],
    ["spec", "template", "spec", "containers", 1],
    ["spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"],
    ["metadata"],
  ];

  it.each(variants)("%s gives the same values and ranges as LF", (_name, transform) => {
    const documents = documentsOf(yamlParser.parse(transform(MANIFEST), "k8s/shop.yaml"));
    expect(documents.map((d) => d.value)).toEqual(documentsOf(yamlParser.parse(MANIFEST, "x")).map((d) => d.value));
    expect(documents[1]?.locate(paths[1] ?? [])).toEqual(range(25, 18, 25, 30));
    expect(documents[1]?.locate(paths[2] ?? [])).toEqual(range(24, 11, 28, 28));
    expect(documents[1]?.locate(paths[3] ?? [])).toEqual(range(23, 30, 23, 34));
    expect(documents[1]?.locate(paths[0] ?? [])).toEqual(range(7, 1, 28, 28));
    expect(documents[0]?.locate(paths[4] ?? [])).toEqual(range(5, 3, 5, 13));
    expect(documents[0]?.locate([])).toEqual(range(2, 1, 5, 13));
  });

  it.each(variants)("%s gives the same error position as LF", (_name, transform) => {
    expect(yamlParser.parse(transform("a:\n  b: 1\n c: 2\n"), "bad.yaml")).toEqual({
      ok: false,
      errors: [{ message: "bad indentation of a mapping entry", range: range(3, 2, 3, 3) }],
    });
  });

  it("treats a lone CR as a line break", () => {
    const document = only(yamlParser.parse("a: 1\rb:\r  c: two\r", "cr.yaml"));
    expect(document.value).toEqual({ a: 1, b: { c: "two" } });
    expect(document.locate(["b", "c"])).toEqual(range(3, 6, 3, 9));
  });
});

describe("yamlParser: positions are lazy", () => {
  const events = parseEvents;
  beforeEach(() => {
    events.mockClear();
  });

  it("places every document of a plain file of several from its lines, without the event stream", () => {
    const documents = documentsOf(yamlParser.parse(MANIFEST.replace(/---\n$/, ""), "k8s/shop.yaml"));
    expect(documents).toHaveLength(3);
    expect(documents[1]?.locate(["kind"])).toEqual(range(8, 7, 8, 17));
    expect(documents[0]?.locate(["metadata", "name"])).toEqual(range(5, 9, 5, 13));
    expect(events).not.toHaveBeenCalled();
  });

  it("does not read the event stream of a file whose documents all have content until locate is called, then once", () => {
    // An anchor: a file the line reader leaves to the event stream.
    const documents = documentsOf(yamlParser.parse(MANIFEST.replace(/---\n$/, "").replace("name: shop", "name: &ns shop"), "k8s/shop.yaml"));
    expect(documents).toHaveLength(3);
    expect(events).not.toHaveBeenCalled();

    expect(documents[1]?.locate(["kind"])).toEqual(range(8, 7, 8, 17));
    expect(events).toHaveBeenCalledTimes(1);

    documents[0]?.locate(["kind"]);
    documents[2]?.locate(["spec"]);
    documents[1]?.locate([]);
    expect(events).toHaveBeenCalledTimes(1);
  });

  it("drops an empty document the lines read without the event stream", () => {
    const documents = documentsOf(yamlParser.parse(MANIFEST, "k8s/shop.yaml"));
    expect(documents.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(documents[1]?.locate(["kind"])).toEqual(range(8, 7, 8, 17));
    expect(events).not.toHaveBeenCalled();
  });

  it("reads the stream once, at parse time, when a document may be empty", () => {
    // An anchor: a file the line reader leaves to the event stream.
    const documents = documentsOf(yamlParser.parse(MANIFEST.replace("name: shop", "name: &ns shop"), "k8s/shop.yaml"));
    expect(events).toHaveBeenCalledTimes(1);
    expect(documents[1]?.locate(["kind"])).toEqual(range(8, 7, 8, 17));
    documents[2]?.locate(["spec"]);
    expect(events).toHaveBeenCalledTimes(1);
  });

  it("places a plain one-document file from its lines, without the event stream", () => {
    const document = only(yamlParser.parse("a:\n  b: [1, 2]\n  c: 'x' # note\n", "plain.yaml"));
    expect(document.locate(["a", "c"])).toEqual(range(3, 6, 3, 9));
    expect(document.locate(["a"])).toEqual(range(2, 3, 3, 9));
    expect(events).not.toHaveBeenCalled();
    // A path into a flow collection is the event stream's.
    expect(document.locate(["a", "b", 1])).toEqual(range(2, 10, 2, 11));
    expect(events).toHaveBeenCalledTimes(1);
  });

  it("keeps the cache per file", () => {
    // Anchors: files the line reader leaves to the event stream.
    const first = only(yamlParser.parse("a: &x 1\n", "one.yaml"));
    const second = only(yamlParser.parse("a: &x 2\n", "two.yaml"));
    first.locate(["a"]);
    first.locate(["a"]);
    expect(events).toHaveBeenCalledTimes(1);
    second.locate(["a"]);
    expect(events).toHaveBeenCalledTimes(2);
  });

  it("reads a file that fails to parse once, for its error", () => {
    const result = yamlParser.parse("a:\n  b: 1\n c: 2\n", "bad.yaml");
    expect(result.ok).toBe(false);
    expect(events).toHaveBeenCalledTimes(1);
  });
});
