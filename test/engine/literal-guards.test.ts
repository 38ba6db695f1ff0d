import { describe, expect, it } from "vitest";
import { compileCel, createCelEnv } from "../../src/engine/cel-env.js";
import { literalGuard, unrefuted } from "../../src/engine/literal-guards.js";
import type { Subject } from "../../src/types.js";

const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });

function guard(source: string) {
  const compiled = compileCel(env, source);
  if (!compiled.ok) throw new Error(compiled.message);
  return { check: literalGuard(compiled.program), program: compiled.program };
}

describe("literal guards of where filters", () => {
  it("refute a subject whose field holds another string, in == (either side) and in lists", () => {
    const kind = guard("subject.kind == 'StatefulSet' && has(subject.spec)").check!;
    expect(kind({ subject: { kind: "Deployment" }, meta: {} })).toBe(false);
    expect(kind({ subject: { kind: "StatefulSet" }, meta: {} })).toBeUndefined();
    const reversed = guard("'aws_s3_bucket' == meta.type").check!;
    expect(reversed({ subject: {}, meta: { type: "aws_db_instance" } })).toBe(false);
    const list = guard("meta.product in ['renovate', 'dependabot'] && subject.x > 1").check!;
    expect(list({ subject: {}, meta: { product: "kubernetes" } })).toBe(false);
    expect(list({ subject: {}, meta: { product: "renovate" } })).toBeUndefined();
  });

  it("leave absent fields, markers, non-strings and nested fields of missing objects to CEL", () => {
    const nested = guard("subject.component.type == 'container-image'").check!;
    expect(nested({ subject: {}, meta: {} })).toBeUndefined();
    expect(nested({ subject: { component: { type: { $expr: "var.t" } } }, meta: {} })).toBeUndefined();
    expect(nested({ subject: { component: { type: 3 } }, meta: {} })).toBeUndefined();
    expect(nested({ subject: { component: { type: "dependencies" } }, meta: {} })).toBe(false);
  });

  it("are not made for negations, comparisons with non-literals, or disjunctions with an unguarded operand", () => {
    expect(guard("subject.kind != 'A'").check).toBeUndefined();
    expect(guard("subject.kind == params.kind").check).toBeUndefined();
    expect(guard("subject.kind == 'A' || has(subject.spec)").check).toBeUndefined();
    expect(guard("subject.kind == 'A' || meta.type == 'B'").check).toBeUndefined();
    expect(guard("subject.kind == 'A' || !(subject.kind == 'B')").check).toBeUndefined();
  });

  it("refute through a disjunction whose every operand guards the same field, admitting what any admits", () => {
    const source =
      "(meta.type in ['aws_db_instance', 'aws_rds_cluster'] && !has(subject.replica)) || meta.type == 'azurerm_mssql_database' || " +
      "(subject.x > 1 && (meta.type == 'google_sql_database_instance' || meta.type == 'google_storage_bucket'))";
    const check = guard(source).check!;
    for (const type of ["aws_db_instance", "aws_rds_cluster", "azurerm_mssql_database", "google_sql_database_instance", "google_storage_bucket"]) {
      expect(check({ subject: {}, meta: { type } })).toBeUndefined();
    }
    expect(check({ subject: {}, meta: { type: "aws_s3_bucket" } })).toBe(false);
    expect(check({ subject: {}, meta: { type: { $expr: "var.t" } } })).toBeUndefined();
    // Beside a conjunct of its own: either refutes.
    const both = guard("subject.kind == 'K' && (meta.type == 'a' || meta.type == 'b')").check!;
    expect(both({ subject: { kind: "K" }, meta: { type: "c" } })).toBe(false);
    expect(both({ subject: { kind: "J" }, meta: { type: "a" } })).toBe(false);
    expect(both({ subject: { kind: "K" }, meta: { type: "b" } })).toBeUndefined();
  });

  it("agree with CEL: where a guard refutes, the filter evaluates to false", () => {
    const sources = [
      "subject.kind == 'StatefulSet' && subject.spec.replicas > 0",
      // Every operand false, one of them over a field that is missing (an error alone).
      "(subject.kind == 'StatefulSet' && subject.spec.replicas > 0) || (subject.kind in ['Job', 'CronJob'] && subject.missing.deep)",
    ];
    for (const source of sources) {
      const { check, program } = guard(source);
      const bindings = { subject: { kind: "Deployment" }, meta: {}, params: {}, now: null, item: null, document: null, file: {}, related: [] };
      expect(check!({ subject: bindings.subject, meta: bindings.meta })).toBe(false);
      const result = program.evaluate(bindings);
      expect(result.ok && result.value).toBe(false);
    }
  });

  it("pick the subjects they leave to CEL, in their order, grouped once by the field's value", () => {
    const subject = (id: string, type: unknown, kind?: unknown): Subject => ({
      kind: "terraform-resource",
      id,
      file: "main.tf",
      format: "terraform",
      path: [],
      value: kind === undefined ? {} : { kind },
      meta: type === undefined ? {} : { type },
    });
    const subjects = [
      subject("a", "aws_s3_bucket"),
      subject("b", "aws_db_instance"),
      subject("c", { $expr: "var.t" }),
      subject("d", "aws_s3_bucket", "x"),
      subject("e", undefined),
      subject("f", "aws_dynamodb_table", "y"),
      subject("g", "aws_s3_bucket", "y"),
    ];
    const ids = (source: string): string[] => {
      const { program } = guard(source);
      return unrefuted(program, subjects).map((s) => s.id);
    };
    // Unrefuted: the named types, and every subject whose field holds no string (CEL decides those).
    expect(ids("meta.type in ['aws_s3_bucket', 'aws_dynamodb_table']")).toEqual(["a", "c", "d", "e", "f", "g"]);
    // A second guard refutes too: of those, the ones whose kind is another string.
    expect(ids("meta.type == 'aws_s3_bucket' && subject.kind == 'y'")).toEqual(["a", "c", "e", "g"]);
    // The same answer as asking literalGuard subject by subject.
    for (const source of ["meta.type == 'aws_db_instance'", "subject.kind in ['x'] && meta.type == 'aws_s3_bucket'", "has(subject.kind)"]) {
      const { program, check } = guard(source);
      const expected = subjects.filter((s) => check === undefined || check({ subject: s.value, meta: s.meta ?? {} }) !== false).map((s) => s.id);
      expect(unrefuted(program, subjects).map((s) => s.id)).toEqual(expected);
    }
    // A guard admitting every subject gives the list itself; a second guard still judges each.
    expect(unrefuted(guard("meta.type in ['aws_s3_bucket', 'aws_db_instance', 'aws_dynamodb_table']").program, subjects)).toBe(subjects);
    expect(unrefuted(guard("meta.type in ['aws_s3_bucket', 'aws_db_instance', 'aws_dynamodb_table'] && subject.kind == 'x'").program, subjects).map((s) => s.id)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
  });
});
