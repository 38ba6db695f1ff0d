import { describe, expect, it } from "vitest";
import { readSelection } from "../../src/adapters/page-cache/cloudflare-expression.js";
import { deepPath, MAX_NESTING } from "../../src/formats/bounded-parse.js";
import { parseFile } from "../../src/parse-file.js";
import { blockPositions } from "../../src/formats/yaml-block-positions.js";
import { fastYamlValues } from "../../src/formats/yaml-values.js";

const N = 20_000;

describe("deeply nested input is a positioned parse error, never a stack overflow", () => {
  it.each<[string, string, string, number, number]>([
    ["PHP arrays", "wordpress/wp-config.php", `<?php\n$x = ${"array(".repeat(N)}${")".repeat(N)};\n`, 2, 6 + 6 * MAX_NESTING],
    ["PHP short arrays", "wordpress/wp-config.php", `<?php\n$x = ${"[".repeat(N)}${"]".repeat(N)};\n`, 2, MAX_NESTING + 6],
    ["Terraform JSON", "main.tf.json", `{"locals": {"a": ${"[".repeat(N)}${"]".repeat(N)}}}`, 1, 18 + MAX_NESTING - 2],
    ["JSON", "data.json", `{"a": ${"[".repeat(3000)}${"]".repeat(3000)}}`, 1, 7 + MAX_NESTING],
  ])("%s", (_name, path, text, line, column) => {
    const { result } = parseFile(path, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/nested too deeply/);
    expect([result.errors[0]?.range.line, result.errors[0]?.range.column]).toEqual([line, column]);
  });

  it("measures shared subtrees once and finds the deep path through them", () => {
    let value: unknown = "leaf";
    for (let i = 0; i < MAX_NESTING + 5; i++) value = { a: value, b: value };
    const started = performance.now();
    const path = deepPath(value);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(path?.length).toBeGreaterThan(MAX_NESTING);
    expect(deepPath({ a: [[[1]]] })).toBeUndefined();
  });

  it("reads Cloudflare expressions with thousands of negations or parentheses without recursion", () => {
    expect(readSelection(`${"!".repeat(10_000)}(http.request.uri.path eq "/a")`)).toBeUndefined();
    expect(readSelection(`${"(".repeat(5_000)}http.request.uri.path eq "/a"${")".repeat(5_000)}`)).toBeUndefined();
    expect(readSelection(`not not http.request.uri.path eq "/a"`)).toBeUndefined();
  });
});

describe("long plain YAML read from its lines", () => {
  it("is read in time linear in its lines: no search runs to the end of the text from every line", () => {
    // A search for `: ` or `:` from each line to the end of the text made 160,000 items take 2 s;
    // 600,000 would take half a minute.
    const items = 600_000;
    const list = `list:\n${"  - item\n".repeat(items)}`;
    const started = performance.now();
    const values = fastYamlValues(list);
    const positions = blockPositions(list);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((values?.[0] as { list: unknown[] }).list).toHaveLength(items);
    expect(positions?.[0]?.locate(["list", items - 1])).toEqual({ line: items + 1, column: 5, endLine: items + 1, endColumn: 9 });
  });
});
