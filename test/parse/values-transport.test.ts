import { describe, expect, it } from "vitest";
import { fastDocumentValues, jsonExact } from "../../src/formats/yaml-values.js";
import { receivedValues, sendValues } from "../../src/parse/values-transport.js";

type Manifest = { metadata: { labels: object }; spec: Record<string, unknown> };

/** What the main thread gets for a text the worker read: through JSON or the structured clone, as the worker chose. */
function carried(text: string): { values: unknown[]; sent: unknown[]; asJson: boolean } {
  const values = fastDocumentValues(text);
  if (values === undefined) throw new Error("the fast path refused the text");
  const sent = sendValues(values);
  return { values, sent: receivedValues(typeof sent === "string" ? sent : structuredClone(sent)), asJson: typeof sent === "string" };
}

describe("the parse worker's values on their way to the main thread", () => {
  it("go as JSON when JSON carries them exactly, keys in their order", () => {
    const text = [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata: {name: web, labels: {'2': two, '10': ten, b: x, a: y}}",
      "spec:",
      "  replicas: 3",
      "  ratio: 0.25",
      "  big: 12345678901234567890",
      "  enabled: true",
      "  nothing: ~",
      '  odd: "\\ud800 lone surrogate, \\u0000 and \\t"',
      "  __proto__: {polluted: yes}",
      "---",
      "- plain list",
      "",
    ].join("\n");
    const { values, sent, asJson } = carried(text);
    expect(asJson).toBe(true);
    expect(sent).toEqual(values);
    const [sentDoc, doc] = [sent[0], values[0]] as [Manifest, Manifest];
    expect(Object.keys(sentDoc.metadata.labels)).toEqual(Object.keys(doc.metadata.labels));
    expect(Object.keys(sentDoc.spec)).toEqual(Object.keys(doc.spec));
    // An own key named __proto__, as js-yaml made it, not the object's prototype.
    expect(Object.hasOwn(sentDoc.spec, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(sentDoc.spec)).toBe(Object.prototype);
  });

  it.each([
    ["not a number", "a: .nan\n", (v: unknown) => Number.isNaN((v as { a: number }).a)],
    ["infinity", "a: [-.inf, 1]\n", (v: unknown) => (v as { a: number[] }).a[0] === -Infinity],
    ["negative zero", "a: {b: -0.0}\n", (v: unknown) => Object.is((v as { a: { b: number } }).a.b, -0)],
  ])("go by structured clone when they hold %s, which JSON would change", (_name, text, check) => {
    const { values, sent, asJson } = carried(text);
    expect(jsonExact(values)).toBe(false);
    expect(asJson).toBe(false);
    expect(check(sent[0])).toBe(true);
  });

  it("go by structured clone when an alias shares a part, which JSON would copy", () => {
    const { values, sent, asJson } = carried("base: &b {x: 1}\nuse: *b\n");
    expect(asJson).toBe(false);
    expect(sent).toEqual(values);
    const doc = sent[0] as { base: object; use: object };
    expect(doc.use).toBe(doc.base);
  });
});
