import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHclBody, type BodyItem } from "../../src/formats/hcl/syntax.js";
import { fileValue } from "../../src/formats/hcl/value.js";

/** A value with its key order, prototypes and own `__proto__` keys made visible to a deep comparison. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return ["list", value.map(ordered)];
  if (value !== null && typeof value === "object") return ["map", Object.getPrototypeOf(value) === Object.prototype, Object.entries(value).map(([k, v]) => [k, ordered(v)])];
  return value;
}

function body(text: string): BodyItem[] | undefined {
  try {
    return parseHclBody(text);
  } catch {
    return undefined;
  }
}

/** Whether the value built without spans is the one built with them, to the key order. */
function sameWithoutSpans(text: string): boolean {
  const items = body(text);
  if (items === undefined) return true;
  return JSON.stringify(ordered(fileValue(items, text, false).value)) === JSON.stringify(ordered(fileValue(items, text, true).value));
}

describe("a Terraform file's value built without spans", () => {
  it.each([
    ["blocks, labels, locals merged, repeated providers", 'resource "a" "b" {\n  x = 1\n  tags = { Name = "n" }\n}\nlocals {\n  a = 1\n}\nlocals {\n  b = var.x\n}\nprovider "aws" {}\nprovider "aws" {\n  alias = "e"\n}\n'],
    ["a block named as an attribute holding an expression", 'resource "a" "b" {\n  rule = var.rules\n  rule {\n    x = 1\n  }\n  rule {\n    x = 2\n  }\n}\n'],
    ["a block added to a tuple of the same name", 'resource "a" "b" {\n  rule = [1, 2]\n  rule {\n    x = 1\n  }\n}\n'],
    ["labels under an attribute that is an object literal, and one that is a marker", 'resource = { "a" = { x = 1 } }\nresource "a" "b" {\n  y = 2\n}\nmodule = var.m\nmodule "c" {\n  z = 3\n}\n'],
    ["an object literal with a $expr key, then a block into it", 'data = { "$expr" = "x" }\ndata "a" "b" {\n  y = 1\n}\n'],
    ["merges of literals and of a variable", 'locals {\n  a = merge({ x = 1, y = { z = 2 } }, { x = 3 })\n  b = merge(var.tags, { Name = "n" })\n  c = merge()\n}\n'],
    ["__proto__ keys", 'locals {\n  __proto__ = 1\n  o = { __proto__ = { p = 1 } }\n}\nresource "__proto__" "x" {\n  a = 1\n}\n'],
    ["nested repeated blocks and dynamic blocks", 'resource "a" "b" {\n  ingress {\n    from = 1\n  }\n  ingress {\n    from = 2\n    nested {\n      x = [for s in var.l : s]\n    }\n  }\n  dynamic "egress" {\n    for_each = var.e\n    content {\n      to = egress.value\n    }\n  }\n}\n'],
  ])("is the one built with spans: %s", (_name, text) => {
    expect(body(text)).toBeDefined();
    expect(sameWithoutSpans(text)).toBe(true);
  });

  it("is the one built with spans for every Terraform file of the repository", () => {
    const files = execFileSync("git", ["ls-files", "*.tf", "*.tfvars"], { encoding: "utf8" }).split("\n").filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const differing = files.filter((file) => !sameWithoutSpans(readFileSync(file, "utf8")));
    expect(differing).toEqual([]);
  });

  it("is the one built with spans for generated bodies of blocks, attributes, tuples, objects and merges", () => {
    const name = fc.constantFrom("a", "b", "rule", "locals", "provider", "resource", "__proto__");
    const key = fc.constantFrom("a", "rule", "__proto__", "$expr");
    const value: fc.Arbitrary<string> = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom("1", '"s"', "true", "null", "var.x", "local.y[0]"),
        fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
        fc.array(fc.tuple(key, tie("value")), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `"${k}" = ${v}`).join(", ")} }`),
        fc.array(tie("value"), { maxLength: 3 }).map((args) => `merge(${args.join(", ")})`),
      ),
    })).value;
    const item: fc.Arbitrary<string> = fc.letrec((tie) => ({
      item: fc.oneof(
        { depthSize: "small" },
        fc.tuple(name, value).map(([k, v]) => `${k} = ${v}\n`),
        fc.tuple(name, fc.array(fc.constantFrom('"x"', '"y"', '"__proto__"'), { maxLength: 2 }), fc.array(tie("item"), { maxLength: 3 })).map(([type, labels, items]) => `${type} ${labels.join(" ")} {\n${items.join("")}}\n`),
      ),
    })).item;
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const text = items.join("");
        expect(body(text)).toBeDefined();
        expect(sameWithoutSpans(text)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
