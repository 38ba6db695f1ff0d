import { describe, expect, it } from "vitest";
import { evaluateByKind, kindsRead } from "../../src/engine/evaluate-by-kind.js";
import type { CompiledPolicy } from "../../src/policy/compiled-policy.js";
import type { Subject } from "../../src/types.js";

/** A policy as far as the scheduling reads it: its id, target kind and related kind. */
const policy = (id: string, kind: string, related?: string): CompiledPolicy =>
  ({ policy: { id, target: { kind }, ...(related ? { related: { kind: related } } : {}) } }) as unknown as CompiledPolicy;

const subject = (kind: string): Subject => ({ kind, id: kind, file: `${kind}.yaml`, format: "yaml", value: {} }) as unknown as Subject;

describe("policies evaluated kind by kind", () => {
  const policies = [policy("A", "update-policy"), policy("B", "document"), policy("C", "update-policy", "repository"), policy("D", "repository"), policy("E", "document")];

  it("reads a policy's target and related kinds once each", () => {
    expect(kindsRead(policy("X", "document", "document"))).toEqual(["document"]);
    expect(kindsRead(policy("X", "update-policy", "repository"))).toEqual(["update-policy", "repository"]);
  });

  it("makes each kind's subjects once, holds them only while a policy still reads them, and answers in the policies' order", () => {
    const made: string[] = [];
    const held: string[][] = [];
    const results = evaluateByKind(
      policies,
      (kind) => {
        made.push(kind);
        return [subject(kind)];
      },
      (compiled, subjects) => {
        held.push([...subjects.keys()].sort());
        return `${compiled.policy.id}:${kindsRead(compiled).map((k) => subjects.get(k)?.[0]?.kind).join("+")}`;
      },
    );
    expect(results).toEqual(["A:update-policy", "B:document", "C:update-policy+repository", "D:repository", "E:document"]);
    expect(made).toEqual(["document", "repository", "update-policy"]);
    // Run order: document (B, E), repository (D), update-policy (A, C): the documents' subjects are
    // gone before the repository's are made, and the repository's stay until C has read them.
    expect(held).toEqual([["document"], ["document"], ["repository"], ["repository", "update-policy"], ["repository", "update-policy"]]);
  });
});
