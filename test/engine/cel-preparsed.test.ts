import { parse } from "@bufbuild/cel";
import { ParsedExprSchema } from "@bufbuild/cel-spec/cel/expr/syntax_pb.js";
import { toBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { addPreparsed, parseCel, recordParses } from "../../src/engine/cel-preparsed.js";
import { compileCel, createCelEnv, evaluateCel } from "../../src/engine/cel-env.js";

const binary = (source: string): Uint8Array => toBinary(ParsedExprSchema, parse(source));

describe("CEL expressions parsed at build time", () => {
  it("records what a compile parses, before the compiler rewrites the tree", () => {
    const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
    const source = "subject.items.all(i, i.size() > 1) && subject.name != 'x'";
    const { parsed } = recordParses(() => compileCel(env, source));
    expect(Object.keys(parsed)).toEqual([source]);
    expect(Buffer.from(parsed[source] as string, "base64")).toEqual(Buffer.from(binary(source)));
  });

  it("decodes a recorded expression to the tree the parser gives, and it evaluates alike", () => {
    const source = "subject.replicas >= 2 && subject.image.endsWith(':latest') == false";
    const { parsed } = recordParses(() => parseCel(source));
    addPreparsed(parsed);
    expect(toBinary(ParsedExprSchema, parseCel(source))).toEqual(binary(source));
    const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
    const compiled = compileCel(env, source);
    if (!compiled.ok) throw new Error(compiled.message);
    expect(evaluateCel(compiled.program, { subject: { replicas: 3, image: "nginx:1.27" } })).toMatchObject({ ok: true, value: true });
    expect(evaluateCel(compiled.program, { subject: { replicas: 3, image: "nginx:latest" } })).toMatchObject({ ok: true, value: false });
  });

  it("parses the source when an entry is damaged, and keeps syntax errors as the parser words them", () => {
    addPreparsed({ "1 + 2 == 3": "not base64 of a tree!" });
    expect(toBinary(ParsedExprSchema, parseCel("1 + 2 == 3"))).toEqual(binary("1 + 2 == 3"));
    expect(() => parseCel("1 +")).toThrow();
  });
});
