import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { EVENT_ID, parseEvents } from "js-yaml";
import { describe, expect, it } from "vitest";
import { blockPositions } from "../../src/formats/yaml-block-positions.js";
import { fastDocumentValues } from "../../src/formats/yaml-values.js";
import { YamlEventPositions, plainKeyString } from "../../src/formats/yaml-event-positions.js";
import { yamlParser } from "../../src/formats/yaml.js";
import type { DocPath, Range } from "../../src/types.js";
import { blockScalarTexts, colonStartTexts, countTaken, doubleQuotedTexts, keyShapeTexts, plainLinesTexts, quotedLinesTexts, valueBelowKeyTexts, writtenDocuments, writtenStreams } from "../helpers/yaml-documents.js";

/** The range js-yaml 5's event stream gives for `path` in a document of a text: the reference. */
function eventRange(text: string, path: DocPath, document = 0): Range {
  const events = parseEvents(text, { maxDepth: 256 });
  const starts = events.flatMap((event, i) => (event.type === EVENT_ID.DOCUMENT ? [i] : []));
  return new YamlEventPositions(text, events).locate((starts[document] as number) + 1, path);
}

/** Every path into a value, and one step past each leaf and each collection (a missing key or index). */
function pathsOf(value: unknown, prefix: DocPath = [], out: DocPath[] = []): DocPath[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
    out.push([...prefix, value.length]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], out);
    out.push([...prefix, "missing"]);
  } else {
    out.push([...prefix, "below"]);
  }
  return out;
}

/** Checks every path of every document of a text the line reader takes; says whether it took it. */
function agreesWithEvents(text: string): boolean {
  const blocks = blockPositions(text);
  const values = fastDocumentValues(text);
  if (blocks === undefined || values === undefined) return false;
  expect(blocks.length, `documents of\n${text}`).toBe(values.length);
  // The event stream counts the same documents, and calls empty the ones the lines found empty.
  const events = parseEvents(text, { maxDepth: 256 });
  const roots = events.flatMap((event, i) => (event.type === EVENT_ID.DOCUMENT ? [events[i + 1]] : []));
  expect(roots.length, `documents in the event stream of\n${text}`).toBe(blocks.length);
  blocks.forEach((block, document) => {
    const root = roots[document];
    const emptyInEvents = root?.type === EVENT_ID.SCALAR && root.valueStart < 0 && root.tagStart < 0 && root.anchorStart < 0;
    expect(emptyInEvents, `document ${document} empty in\n${text}`).toBe(block === undefined);
    if (block === undefined) return;
    for (const path of pathsOf(values[document])) {
      const quick = block.locate(path);
      if (quick !== undefined) expect(quick, `${JSON.stringify(path)} of document ${document} in\n${text}`).toEqual(eventRange(text, path, document));
    }
  });
  return true;
}

const key = fc.oneof(fc.constantFrom("name", "image", "spec", "x-y", "a.b", "true", "1", "0x1A", "null", "k:v", "with space", "a#b"), fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/));
const scalar = fc.oneof(
  fc.constantFrom("nginx:1.27", "latest", "", " padded ", "a: b", "it's", 'say "hi"', "# not a comment", "- item", "{x}", "multi\nline", "yes", "~", "0.5", "-3"),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
  fc.stringMatching(/^[a-z0-9 .:/@-]{0,12}$/),
);
describe("positions read from the lines of plain YAML", () => {
  it("are the event stream's, for every path of generated documents in every block style js-yaml writes", () => {
    const taken = countTaken(writtenDocuments(key, scalar), agreesWithEvents, 1500, 20261204);
    // Not vacuous: most generated documents are plain enough to be read from their lines.
    expect(taken).toBeGreaterThan(250);
  });

  it("are the event stream's, for every path of every document of generated files of several documents", () => {
    const documents = writtenDocuments(key, scalar).filter((text) => blockPositions(text) !== undefined && fastDocumentValues(text) !== undefined);
    let several = 0;
    fc.assert(
      fc.property(writtenStreams(documents), (text) => {
        if (agreesWithEvents(text) && (blockPositions(text)?.length ?? 0) > 1) several += 1;
      }),
      { numRuns: 600, seed: 20261205 },
    );
    expect(several).toBeGreaterThan(250);
  });

  it("are the event stream's for generated literal and folded block scalars", () => {
    const taken = countTaken(blockScalarTexts(), agreesWithEvents, 2000, 6);
    expect(taken).toBeGreaterThan(1000);
  });

  it("are the event stream's for generated plain scalars over several lines", () => {
    const taken = countTaken(plainLinesTexts(), agreesWithEvents, 2000, 8);
    expect(taken).toBeGreaterThan(400);
  });

  it("are the event stream's for generated quoted scalars over several lines", () => {
    const taken = countTaken(quotedLinesTexts(), agreesWithEvents, 2000, 10);
    expect(taken).toBeGreaterThan(400);
  });

  it("are the event stream's for generated double-quoted scalars with escapes", () => {
    const taken = countTaken(doubleQuotedTexts(), agreesWithEvents, 2000, 12);
    expect(taken).toBeGreaterThan(600);
  });

  it("are the event stream's for generated values on the line below their key", () => {
    const taken = countTaken(valueBelowKeyTexts(), agreesWithEvents, 2000, 14);
    expect(taken).toBeGreaterThan(600);
  });

  it("are the event stream's for generated keys as Envoy configurations write them", () => {
    const taken = countTaken(keyShapeTexts(), agreesWithEvents, 1500, 18);
    expect(taken).toBeGreaterThan(500);
  });

  it("are the event stream's for generated plain scalars starting with a colon", () => {
    const taken = countTaken(colonStartTexts(), agreesWithEvents, 1000, 16);
    expect(taken).toBeGreaterThan(300);
  });

  it("find a quoted key as itself only, and place it from its opening quote", () => {
    const text = "labels:\n  '0x1A': quoted\n  \"app.kubernetes.io/name\":\n";
    const [block] = blockPositions(text) ?? [];
    expect(block?.locate(["labels", "0x1A"])).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 17 });
    expect(block?.locate(["labels", "26"])).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 27 });
    expect(block?.locate(["labels", "app.kubernetes.io/name"])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 27 });
    for (const path of [["labels", "0x1A"], ["labels", "26"], ["labels", "app.kubernetes.io/name"]]) expect(block?.locate(path)).toEqual(eventRange(text, path));
  });

  it("know an empty document without the event stream, in generated files of several documents", () => {
    const documents = fc.oneof(
      writtenDocuments(key, scalar).filter((text) => blockPositions(text) !== undefined && fastDocumentValues(text) !== undefined),
      fc.constantFrom("", "# only a comment\n", "\n\n", "  # indented comment\n"),
    );
    let empty = 0;
    fc.assert(
      fc.property(fc.tuple(writtenStreams(documents), fc.constantFrom("", "---\n", "--- # last\n")), ([stream, tail]) => {
        const text = stream + tail;
        if (agreesWithEvents(text) && (blockPositions(text) ?? []).includes(undefined)) empty += 1;
      }),
      { numRuns: 800, seed: 13 },
    );
    expect(empty).toBeGreaterThan(200);
  });

  it("place each document of a file of several manifests, and a block scalar from its indicator to its last line", () => {
    const text = "---\napiVersion: v1\nkind: ConfigMap\ndata:\n  run.sh: |\n    set -e\n\n    echo hi\n\n--- # next\nkind: Pod\nspec:\n  image: nginx\n";
    const [first, second] = blockPositions(text) ?? [];
    expect(first?.locate(["data", "run.sh"])).toEqual({ line: 5, column: 11, endLine: 8, endColumn: 12 });
    expect(second?.locate(["spec", "image"])).toEqual({ line: 13, column: 10, endLine: 13, endColumn: 15 });
    expect(first?.locate(["data", "run.sh"])).toEqual(eventRange(text, ["data", "run.sh"], 0));
    expect(second?.locate(["spec", "image"])).toEqual(eventRange(text, ["spec", "image"], 1));
  });

  it("are the event stream's on every YAML file of the repository's fixtures and examples", () => {
    const files = execFileSync("git", ["ls-files", "*.yaml", "*.yml"], { encoding: "utf8" }).split("\n").filter(Boolean);
    let taken = 0;
    for (const file of files) if (agreesWithEvents(readFileSync(file, "utf8"))) taken += 1;
    expect(taken).toBeGreaterThan(50);
  });

  it.each([
    ["a document end marker where no document is open", "a: 1\n...\n...\nb: 2\n"],
    ["a double-quoted scalar with an escaped line break", 'script: "echo\\\n  hi"\n'],
    ["a colon before a flow indicator, which js-yaml 5 reads as a pair", "addresses: [1.2.3.4, 001:db8::]\nexportTo: [foo, .]\n"],
    ["a block scalar with no content", "script: |\nnext: 1\n"],
    ["an anchor and an alias", "base: &b {x: 1}\nuse: *b\n"],
    ["a tag", "n: !!str 1\n"],
    ["a quoted key with an escape", '"a\\tb": 1\n'],
    ["a merge key", "base: {x: 1}\nuse:\n  <<: {y: 2}\n"],
    ["a plain scalar over two lines with a comment between", "a: one\n  # x\n  two\n"],
    ["a flow collection over two lines", "a: [1,\n  2]\n"],
    ["tabs", "a:\t1\n"],
    ["CRLF line breaks", "a: 1\r\nb: 2\r\n"],
    ["an empty sequence item", "a:\n  -\n  - x\n"],
    ["nesting past the depth bound", Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " x\n"],
  ])("leave %s to the event stream", (_name, text) => {
    expect(blockPositions(text)).toBeUndefined();
  });

  it("leave a path into a flow collection to the event stream, and the parser then reads the events", () => {
    const text = "resources:\n  limits: { cpu: 500m, memory: 256Mi }\n";
    expect(blockPositions(text)?.[0]?.locate(["resources", "limits", "cpu"])).toBeUndefined();
    expect(blockPositions(text)?.[0]?.locate(["resources", "limits"])).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 39 });
    const parsed = yamlParser.parse(text, "r.yaml");
    expect(parsed.ok && parsed.documents[0]?.locate(["resources", "limits", "cpu"])).toEqual(eventRange(text, ["resources", "limits", "cpu"]));
  });
});

describe("positions of many files", () => {
  it("are the same when a file is placed again after more files than are kept were placed", () => {
    // Line-read trees and event streams are kept for the files placed last only (yaml.ts).
    const plain = (i: number): string => `kind: Deployment\nmetadata:\n  name: web-${i}\nspec:\n${Array.from({ length: i % 3 }, (_, k) => `  x${k}: 1\n`).join("")}  image: nginx:${i}\n`;
    const streamed = (i: number): string => `a: 1\n---\nkind: Job\n# ${i}\n${"\n".repeat(i % 4)}spec:\n  image: |\n    busybox:${i}\n`;
    const documents = Array.from({ length: 150 }, (_, i) => {
      const parsed = yamlParser.parse(i % 2 === 0 ? plain(i) : streamed(i), `f${i}.yaml`);
      if (!parsed.ok) throw new Error(`f${i}.yaml did not parse`);
      return parsed.documents[parsed.documents.length - 1] as (typeof parsed.documents)[number];
    });
    const image = ["spec", "image"];
    const first = documents.map((d) => d.locate(image));
    expect(first[0]).toEqual({ line: 5, column: 10, endLine: 5, endColumn: 17 });
    expect(first[1]).toEqual({ line: 7, column: 10, endLine: 8, endColumn: 14 });
    expect(first[3]?.line).toBe(9);
    const again = documents.map((d, i) => documents[documents.length - 1 - i]?.locate(image)).reverse();
    expect(again).toEqual(first);
  });
});

describe("plainKeyString", () => {
  it("types keys the core schema types, from every character such a key starts with", () => {
    const typed: Array<[string, string]> = [
      ["~", "null"], ["null", "null"], ["Null", "null"], ["NULL", "null"],
      ["true", "true"], ["True", "true"], ["TRUE", "true"], ["false", "false"], ["False", "false"], ["FALSE", "false"],
      ["-012", "-12"], ["+7", "7"], ["0o17", "15"], ["0x1A", "26"], ["1.50", "1.5"], [".5", "0.5"], ["+1e3", "1000"], ["-.25", "-0.25"],
      ...[..."0123456789"].map((digit): [string, string] => [`${digit}0`, String(Number(`${digit}0`))]),
    ];
    expect(typed.map(([key]) => plainKeyString(key))).toEqual(typed.map(([, string]) => string));
    // Keys starting so but not of a type stay as written.
    expect(["nope", "Nil", "tru", "TrUe", "fals", "-", "+x", ".", "0b101", "1_000", "12a"].map(plainKeyString)).toEqual(["nope", "Nil", "tru", "TrUe", "fals", "-", "+x", ".", "0b101", "1_000", "12a"]);
  });

  it("leaves every key starting with any other code unit as written, whatever follows", () => {
    const typedStarts = new Set("~nNtTfF-+.0123456789");
    const tails = ["", "0", "1.5", "ull", "rue", "alse", "x1A", "o17", "e3", "ame"];
    const changed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const first = String.fromCharCode(code);
      if (typedStarts.has(first)) continue;
      for (const tail of tails) if (plainKeyString(first + tail) !== first + tail) changed.push(first + tail);
    }
    expect(changed).toEqual([]);
  });
});
