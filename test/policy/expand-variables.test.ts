import { describe, expect, it } from "vitest";
import { expandVariables, expandTemplateVariables } from "../../src/policy/expand-variables.js";

const VARIABLES = { a: "subject.x + vars.b", b: "size(subject.y)", loop: "vars.loop" };

describe("expandVariables", () => {
  it.each<[string, string]>([
    ["subject.enabled == true", "subject.enabled == true"],
    ["vars.b > 1", "(size(subject.y)) > 1"],
    ["vars .b", "(size(subject.y))"],
    ["vars.a == 2 && vars .b == 1", "(subject.x + (size(subject.y))) == 2 && (size(subject.y)) == 1"],
    // Inside string literals, after a name or a dot, and without `.NAME`: left as written.
    ["'vars.b' + \"vars.b\" + '''x 'vars.b' y''' + vars.b", "'vars.b' + \"vars.b\" + '''x 'vars.b' y''' + (size(subject.y))"],
    ["myvars.b + x.vars.b + vars + vars. + varsb", "myvars.b + x.vars.b + vars + vars. + varsb"],
    ["'it\\'s vars.b' == vars. b", "'it\\'s vars.b' == (size(subject.y))"],
  ])("%s", (source, expanded) => {
    expect(expandVariables(source, VARIABLES)).toEqual({ ok: true, source: expanded });
  });

  it("names an undefined variable and a cycle", () => {
    expect(expandVariables("vars.c", VARIABLES)).toEqual({ ok: false, message: "unknown variable `vars.c` (defined: a, b, loop)" });
    expect(expandVariables("1 + vars.loop", VARIABLES)).toEqual({ ok: false, message: "variable `loop` refers to itself (loop → loop)" });
  });

  it("expands only inside a message's holes", () => {
    expect(expandTemplateVariables("vars.b is {{ vars.b }}", VARIABLES)).toEqual({ ok: true, source: "vars.b is {{ (size(subject.y)) }}" });
  });
});
