import { describe, expect, it } from "vitest";
import { SourceMap, sharedPath } from "../../../src/adapters/normalized/source-map.js";
import { normalizedSubject } from "../../../src/adapters/normalized/subject.js";
import { findUnknown, isUnknown, unknownValue } from "../../../src/adapters/normalized/unknown.js";
import { yamlParser } from "../../../src/formats/yaml.js";
import { only, range } from "../../helpers/parse.js";

const plugin = only(yamlParser.parse("cache:\n  enabled: true\n  exclude:\n    - /contact/\n    - /cart/\n", "site/plugin.yaml"));
const server = only(yamlParser.parse("server:\n  ignore_headers: [Set-Cookie]\n", "site/nginx.yaml"));

describe("SourceMap", () => {
  const sources = new SourceMap({ document: plugin, path: ["cache"] })
    .add(["enabled"], { document: plugin, path: ["cache", "enabled"] })
    .add(["excludedPaths"], { document: plugin, path: ["cache", "exclude"], follow: true })
    .add(["overridesPrivate"], { document: server, path: ["server", "ignore_headers", 0] });

  it("places a field at the value it was read from", () => {
    expect(sources.trace(["enabled"])).toEqual({ file: "site/plugin.yaml", range: range(2, 12, 2, 16), path: ["cache", "enabled"] });
  });

  it("follows deeper paths into a field that copies its source's structure", () => {
    expect(sources.trace(["excludedPaths", 1])).toEqual({ file: "site/plugin.yaml", range: range(5, 7, 5, 13), path: ["cache", "exclude", 1] });
  });

  it("points at another file when the field came from there", () => {
    expect(sources.trace(["overridesPrivate", "reason"])).toEqual({ file: "site/nginx.yaml", range: range(2, 20, 2, 30), path: ["server", "ignore_headers", 0] });
  });

  it("falls back to the subject's root for a field without an origin", () => {
    expect(sources.trace(["servesLoggedIn"])).toEqual({ file: "site/plugin.yaml", range: range(2, 3, 5, 13), path: ["cache"] });
  });

  it("gives normalized subjects a trace and the product as meta", () => {
    const subject = normalizedSubject({ kind: "page-cache", id: "x", product: "test-cache", format: "yaml", value: { enabled: true }, sources });
    expect(subject.meta).toEqual({ product: "test-cache" });
    expect(subject.file).toBe("site/plugin.yaml");
    expect(subject.trace?.(["overridesPrivate"]).file).toBe("site/nginx.yaml");
  });
});

describe("unknown markers", () => {
  it("recognises `$expr` and `$unknown` markers and nothing else", () => {
    expect(isUnknown({ $expr: "var.x" })).toBe(true);
    expect(isUnknown(unknownValue("needs admin:org"))).toBe(true);
    expect(isUnknown({ $expr: "var.x", other: 1 })).toBe(false);
    expect(isUnknown({ $expr: 1 })).toBe(false);
    expect(isUnknown(["$expr"])).toBe(false);
  });

  it("finds the first marker with its path", () => {
    expect(findUnknown({ a: [1, { b: { $unknown: "why" } }] })).toEqual({ path: ["a", 1, "b"], marker: { $unknown: "why" } });
    expect(findUnknown({ a: [1, 2] })).toBeUndefined();
  });
});

describe("sharedPath", () => {
  it("gives one frozen list for equal paths, so that many subjects share it", () => {
    const first = sharedPath(["spec", "template", "spec", "containers", 0]);
    const again = sharedPath(["spec", "template", "spec", "containers", 0]);
    expect(again).toBe(first);
    expect(first).toEqual(["spec", "template", "spec", "containers", 0]);
    expect(Object.isFrozen(first)).toBe(true);
    // Equal as text is not enough: a number index and a string key are different paths.
    expect(sharedPath(["items", "0"])).not.toBe(sharedPath(["items", 0]));
  });

  it("does not freeze the caller's list", () => {
    const mine = ["a", 1, "shared-path-test"];
    sharedPath(mine);
    expect(Object.isFrozen(mine)).toBe(false);
  });
});
