import { parse } from "@bufbuild/cel";
import { ParsedExprSchema } from "@bufbuild/cel-spec/cel/expr/syntax_pb.js";
import { toBinary } from "@bufbuild/protobuf";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addPreparsed, parseCel, recordParses } from "../../src/engine/cel-preparsed.js";
import { compileCel, createCelEnv, evaluateCel } from "../../src/engine/cel-env.js";
import { makeTree } from "../helpers/tree.js";

/** The protobuf encoding of a tree: equal encodings, equal trees. */
const binary = (tree: ReturnType<typeof parse>): Uint8Array => toBinary(ParsedExprSchema, tree);

/** The tree the parser gives, as the build stores it: without the macro calls as written, which only unparsing reads. */
const stored = (source: string): ReturnType<typeof parse> => {
  const tree = parse(source);
  return { ...tree, sourceInfo: { ...tree.sourceInfo, macroCalls: {} } } as ReturnType<typeof parse>;
};

/** The file and index a build would write for these expressions. */
function written(sources: readonly string[]): { index: Record<string, readonly [number, number]>; path: string } {
  const { index, bytes } = recordParses(() => sources.map((s) => parseCel(s)));
  const path = join(makeTree({}), "cel.bin");
  writeFileSync(path, bytes);
  return { index, path };
}

describe("CEL expressions parsed at build time", () => {
  it("records what a compile parses, before the compiler rewrites the tree, in source order", () => {
    const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
    const a = "subject.items.all(i, i.size() > 1) && subject.name != 'x'";
    const b = "params.limit >= 2";
    const { index, bytes } = recordParses(() => [compileCel(env, b), compileCel(env, a)]);
    expect(Object.keys(index)).toEqual([b, a].sort());
    const [offsetA, lengthA] = index[a] ?? [0, 0];
    expect(offsetA + lengthA).toBeLessThanOrEqual(bytes.length);
    const path = join(makeTree({}), "cel.bin");
    writeFileSync(path, bytes);
    addPreparsed(index, path);
    expect(binary(parseCel(a))).toEqual(binary(stored(a)));
    expect(Object.keys(parse(a).sourceInfo?.macroCalls ?? {})).toHaveLength(1);
    expect(binary(parseCel(b))).toEqual(binary(parse(b)));
  });

  it("decodes a recorded expression to the tree the parser gives, and it evaluates alike", () => {
    const source = "subject.replicas >= 2 && subject.image.endsWith(':latest') == false && b'\\x01' != b'' && 3u > 1u";
    const { index, path } = written([source]);
    addPreparsed(index, path);
    expect(binary(parseCel(source))).toEqual(binary(parse(source)));
    const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
    const compiled = compileCel(env, source);
    if (!compiled.ok) throw new Error(compiled.message);
    expect(evaluateCel(compiled.program, { subject: { replicas: 3, image: "nginx:1.27" } })).toMatchObject({ ok: true, value: true });
    expect(evaluateCel(compiled.program, { subject: { replicas: 3, image: "nginx:latest" } })).toMatchObject({ ok: true, value: false });
  });

  it("parses the source when an entry is damaged, out of the file, or the file is gone", () => {
    const damaged = makeTree({ "cel.bin": "not a serialized tree" });
    addPreparsed({ "1 + 2 == 3": [0, 21], "2 + 2 == 4": [10, 500] }, join(damaged, "cel.bin"));
    addPreparsed({ "3 + 2 == 5": [0, 4] }, join(damaged, "missing.bin"));
    for (const source of ["1 + 2 == 3", "2 + 2 == 4", "3 + 2 == 5"]) expect(binary(parseCel(source))).toEqual(binary(parse(source)));
    expect(() => parseCel("1 +")).toThrow();
  });

  it("gives each entry the tree of its own source, never another's", () => {
    const sources = ["subject.a == 1", "subject.b == 2", "subject.c.exists(x, x > 3)"];
    const { index, path } = written(sources);
    addPreparsed(index, path);
    for (const source of sources) expect(binary(parseCel(source))).toEqual(binary(stored(source)));
  });

  it("reads the tree from the file, without parsing, where the build's index points", () => {
    const { index, path } = written(["subject.x == 'from the file'"]);
    // An index is trusted as the build wrote it: pointed elsewhere, it is what comes back.
    addPreparsed({ "subject.x == 'written'": index["subject.x == 'from the file'"] as [number, number] }, path);
    expect(binary(parseCel("subject.x == 'written'"))).toEqual(binary(parse("subject.x == 'from the file'")));
  });
});
