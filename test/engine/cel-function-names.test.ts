import { describe, expect, it } from "vitest";
import { CEL_FUNCTION_NAMES } from "../../src/engine/cel-function-names.js";
import { compileCel, createCelEnv } from "../../src/engine/cel-env.js";
import { celInterpreter } from "../../src/engine/cel-interpreter.js";

describe("the CEL function names known without the interpreter", () => {
  it("are the names of the interpreter environment's functions, exactly", () => {
    const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
    expect([...CEL_FUNCTION_NAMES].sort()).toEqual(celInterpreter().functionNames(env.interpreter()));
  });

  it("tell a policy's unknown function from a known one when it compiles", () => {
    const env = createCelEnv({ now: new Date("2026-01-01T00:00:00Z") });
    expect(compileCel(env, "subject.name.lowerAscii() == 'a' && strings.quote(subject.name) != ''").ok).toBe(true);
    expect(compileCel(env, "subject.name.lowercase() == 'a'")).toMatchObject({ ok: false, message: "unknown function 'lowercase' (at column 13)" });
  });
});
