import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { objectsRead, plainKinds } from "../../src/discover/kubernetes-kinds.js";
import { countTaken } from "../helpers/yaml-documents.js";

const jsYaml4 = createRequire(import.meta.url)("js-yaml-4") as { loadAll: (text: string) => unknown[] };

const CRD = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  names:\n    kind: Widget\n";
const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";
const notCrd = (kind: string): boolean => kind !== "CustomResourceDefinition";
/** The kinds, when the file holds nothing `reads` takes. */
const unreadKinds = (content: string | Buffer, reads: (kind: string) => boolean): string[] | undefined => {
  const read = objectsRead(content, reads);
  return read !== undefined && "unread" in read ? read.unread : undefined;
};

describe("the kinds of a Kubernetes file, read from its lines", () => {
  it("reads one kind per document from the line at the first column, nested kinds aside", () => {
    expect(plainKinds(CRD)).toEqual(["CustomResourceDefinition"]);
    expect(plainKinds(`# generated\n---\n${CRD}---\n${DEPLOYMENT}---\n# nothing here\n---\n`)).toEqual(["CustomResourceDefinition", "Deployment"]);
    expect(plainKinds(`${CRD}...\n--- # next\n${DEPLOYMENT}`)).toEqual(["CustomResourceDefinition", "Deployment"]);
  });

  it("takes a quoted key or word, a comment after the word, CR line breaks and a byte order mark", () => {
    expect(plainKinds('"apiVersion": v1\n"kind": \'ConfigMap\'  # the kind\n')).toEqual(["ConfigMap"]);
    expect(plainKinds("\uFEFFapiVersion: v1\r\nkind: Secret\r\n---\r\napiVersion: v1\r\nkind: \"Service\"\r\n")).toEqual(["Secret", "Service"]);
  });

  it("says nothing of a document it cannot read plainly", () => {
    const unread = [
      '{"apiVersion": "v1", "kind": "ConfigMap"}\n', // JSON
      "{apiVersion: v1, kind: ConfigMap}\n", // a flow mapping
      "  apiVersion: v1\n  kind: ConfigMap\n", // an indented document
      "resources:\n  - web.yaml\n", // a kustomization file without a kind
      "apiVersion: v1\nkind: ConfigMap\nkind: Secret\n", // two kind lines
      "kind: ConfigMap\n", // no apiVersion line
      "apiVersion: v1\nkind: Config Map\n", // not a word
      "apiVersion: v1\nkind: ConfigMap#x\n", // `#` without a space before it is part of the word
      "apiVersion: v1\n? kind\n: ConfigMap\n", // a complex key
      "%YAML 1.2\n---\napiVersion: v1\nkind: ConfigMap\n", // a directive
      "--- !tagged\napiVersion: v1\nkind: ConfigMap\n", // content on the marker's line
      "- apiVersion: v1\n  kind: ConfigMap\n", // a list
      `${CRD}---\nresources: [a.yaml]\n`, // one document not plain is enough
    ];
    for (const text of unread) expect(plainKinds(text), text).toBeUndefined();
  });

  it("reads the same from a file's bytes, a byte order mark and multi-byte characters included", () => {
    const text = `\uFEFF# Widgets — générés\n${CRD}  description: ☕ «quoted»\n---\n${CRD}`;
    expect(plainKinds(Buffer.from(text, "utf8"))).toEqual(["CustomResourceDefinition", "CustomResourceDefinition"]);
    expect(unreadKinds(Buffer.from(text, "utf8"), notCrd)).toEqual(["CustomResourceDefinition", "CustomResourceDefinition"]);
    expect(unreadKinds(Buffer.from(`${text}---\n${DEPLOYMENT}`, "utf8"), notCrd)).toBeUndefined();
    expect(plainKinds(Buffer.from("apiVersion: v1\nkind: Café\n", "utf8"))).toBeUndefined();
  });

  it("names the kinds only when the predicate reads none of them", () => {
    expect(unreadKinds(`${CRD}---\n${CRD}`, notCrd)).toEqual(["CustomResourceDefinition", "CustomResourceDefinition"]);
    expect(unreadKinds(`${CRD}---\n${DEPLOYMENT}`, notCrd)).toBeUndefined();
    expect(unreadKinds(`${DEPLOYMENT}---\n${CRD}`, notCrd)).toBeUndefined();
    expect(unreadKinds(DEPLOYMENT, notCrd)).toBeUndefined();
    expect(unreadKinds("apiVersion: v1\nkind: List\nitems: []\n", () => false)).toEqual(["List"]);
    expect(unreadKinds("", () => false)).toBeUndefined();
    expect(unreadKinds("# only a comment\n---\n", () => false)).toBeUndefined();
  });

  it("blanks the documents no policy reads, line by line, when others are read", () => {
    // The first document had no `---` before it: it gets one, so that the Deployment stays the second.
    expect(objectsRead(`# header\n${CRD}---\n${DEPLOYMENT}`, notCrd)).toEqual({ text: `# header\n---\n${"\n".repeat(7)}---\n${DEPLOYMENT}` });
    expect(objectsRead(Buffer.from(`---\n${CRD}---\n${DEPLOYMENT}`), notCrd)).toEqual({ text: `---\n${"\n".repeat(8)}---\n${DEPLOYMENT}` });
    // Comment lines stay (an inline waiver is one), and CR line breaks go with the blanked lines.
    const waived = `${DEPLOYMENT}---\r\n# norecur:waive NR-X-001 owner=a reason="b" expires=2027-01-01\r\napiVersion: v1\r\nkind: CustomResourceDefinition\r\nspec:\r\n  # nested\r\n  x: 1`;
    expect(objectsRead(waived, notCrd)).toEqual({ text: `${DEPLOYMENT}---\r\n# norecur:waive NR-X-001 owner=a reason="b" expires=2027-01-01\r\n\n\n\n  # nested\r\n` });
    expect(objectsRead(`${DEPLOYMENT}---\n${DEPLOYMENT}`, notCrd)).toBeUndefined();
    expect(objectsRead(DEPLOYMENT, notCrd)).toBeUndefined();
    expect(objectsRead(`${CRD}---\n${CRD}`, notCrd)).toEqual({ unread: ["CustomResourceDefinition", "CustomResourceDefinition"] });
    // Told which few kinds are unread, it looks no further into a file that names none of them.
    const fewUnread = Object.assign((kind: string) => kind !== "Secret", { unread: ["Secret"] });
    expect(objectsRead(`${CRD}---\n${DEPLOYMENT}`, fewUnread)).toBeUndefined();
    expect(objectsRead(Buffer.from(`apiVersion: v1\nkind: Secret\n---\n${DEPLOYMENT}`), fewUnread)).toEqual({ text: `---\n\n---\n${DEPLOYMENT}` });
  });

  it("gives the first document its `---` on its first line with content, past blank CRLF lines, and keeps comment lines indented with tabs", () => {
    const text = `\r\n \t\r\napiVersion: v1\r\nkind: CustomResourceDefinition\r\nspec:\r\n\t# norecur:waive NR-X-001\r\n  x: 1\r\n---\r\n${DEPLOYMENT}`;
    const expected = { text: `\n\n---\n\n\n\t# norecur:waive NR-X-001\r\n\n---\r\n${DEPLOYMENT}` };
    expect(objectsRead(text, notCrd)).toEqual(expected);
    expect(objectsRead(Buffer.from(text), notCrd)).toEqual(expected);
  });

  // Lines that make the reading hard: a column-0 `kind:` inside a quoted scalar or a flow
  // collection (js-yaml 4 takes such continuation lines), block scalars, nested kinds, markers.
  const line = fc.constantFrom(
    "apiVersion: v1",
    "apiVersion: apiextensions.k8s.io/v1",
    "kind: Deployment",
    "kind: CustomResourceDefinition",
    "kind: 'Secret'",
    '"kind": Service',
    "kind: Pod # a comment",
    "metadata:",
    "  name: web",
    "spec:",
    '  text: "starts here',
    'text: "starts here',
    "text: 'starts here",
    'kind: Secret"',
    "kind: Secret'",
    "list: [a,",
    "kind: Pod]",
    "  kind: Nested",
    "notes: |",
    "  kind: InBlock",
    "---",
    "--- # next",
    "...",
    "# a comment",
    "",
    "  - item",
    "- item",
    "? kind",
    ": Pod",
    "\tkind: Tabbed",
    " kind: Indented",
    "{apiVersion: v1, kind: Flow}",
    "  note: café ☕",
    "é: x",
    "kind: Caf\u00e9",
    "\u00a0",
  );
  // Documents mostly start as objects do, so that many files are read plainly.
  const document = fc
    .tuple(fc.constantFrom("apiVersion: v1\nkind: Secret", "kind: CustomResourceDefinition\napiVersion: v1", "apiVersion: v1", "metadata:"), fc.array(line, { maxLength: 6 }))
    .map(([head, lines]) => [head, ...lines].join("\n"));
  const files = fc
    .tuple(fc.array(document, { minLength: 1, maxLength: 3 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
    .map(([documents, eol, bom]) => `${bom ? "\uFEFF" : ""}${documents.join("\n---\n").replaceAll("\n", eol)}${eol}`);

  it("never names a document's kind wrongly: each document read has that kind, or none at all", () => {
    const taken = countTaken(
      files,
      (text) => {
        const kinds = plainKinds(text);
        // Read from the bytes as read from disk, the same.
        expect(plainKinds(Buffer.from(text, "utf8")), text).toEqual(kinds);
        if (kinds === undefined) return false;
        let documents: unknown[];
        try {
          documents = jsYaml4.loadAll(text);
        } catch {
          // js-yaml refuses it: a file no policy reads is not parsed, so its error goes unreported.
          return false;
        }
        const objects = documents.filter((document) => document !== null && document !== undefined);
        expect(objects.length, text).toBe(kinds.length);
        objects.forEach((object, i) => {
          expect(typeof object, text).toBe("object");
          const kind = (object as Record<string, unknown>)["kind"];
          // A document whose only `kind:` line continues a quoted scalar has no kind: it is no Kubernetes object.
          if (kind !== undefined) expect(kind, text).toBe(kinds[i]);
        });
        return kinds.length > 0;
      },
      3000,
      20261205,
    );
    expect(taken).toBeGreaterThan(100);
  });

  // Files of several objects, mostly plain, some of them CustomResourceDefinitions.
  const body = fc.constantFrom("metadata:", "  name: web", "spec:", "  # a comment", "# norecur:waive X", "notes: |", "  kind: InBlock", "  - item", "", '  text: "two', '  lines"', "  list: [a, b]", "data:\n  k: v");
  const object = fc
    .tuple(fc.constantFrom("CustomResourceDefinition", "Deployment", "Secret"), fc.array(body, { maxLength: 6 }), fc.boolean())
    .map(([kind, lines, comment]) => [...(comment ? ["# about it"] : []), "apiVersion: v1", `kind: ${kind}`, "metadata:", ...lines].join("\n"));
  const streams = fc
    .tuple(fc.array(object, { minLength: 2, maxLength: 4 }), fc.boolean(), fc.constantFrom("\n", "\r\n"), fc.boolean())
    .map(([objects, leading, eol, bom]) => `${bom ? "\uFEFF" : ""}${leading ? "---\n" : ""}${objects.join("\n---\n").replaceAll("\n", eol)}${eol}`);

  it("keeps every document read where it was, and each line as it was or blank", () => {
    const taken = countTaken(
      streams,
      (text) => {
        const read = objectsRead(text, notCrd);
        if (read === undefined || !("text" in read)) return false;
        expect(objectsRead(Buffer.from(text, "utf8"), notCrd), text).toEqual(read);
        const before = text.split("\n");
        const after = read.text.split("\n");
        expect(after.length, text).toBe(before.length);
        after.forEach((line, i) => {
          // A byte order mark stays where it was, before the first line.
          if (line !== before[i]) expect(["", "---"], text).toContain(line.replace(/^\uFEFF/, ""));
        });
        let original: unknown[];
        try {
          original = jsYaml4.loadAll(text);
        } catch {
          return false;
        }
        const narrowed = jsYaml4.loadAll(read.text);
        expect(narrowed.length, read.text).toBe(original.length);
        original.forEach((document, i) => {
          const kind = document !== null && typeof document === "object" ? (document as Record<string, unknown>)["kind"] : undefined;
          expect(narrowed[i], read.text).toEqual(kind === "CustomResourceDefinition" ? null : document);
        });
        return true;
      },
      3000,
      20261206,
    );
    expect(taken).toBeGreaterThan(150);
  });
});
