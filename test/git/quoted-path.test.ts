import { describe, expect, it } from "vitest";
import { unquoteGitPath } from "../../src/git/quoted-path.js";

describe("unquoteGitPath", () => {
  it("leaves plain names alone", () => {
    expect(unquoteGitPath("k8s/my deploy.yaml")).toBe("k8s/my deploy.yaml");
  });

  it("decodes octal UTF-8 bytes and C escapes", () => {
    expect(unquoteGitPath('"caf\\303\\251/a\\tb\\"c\\\\d.yaml"')).toBe('café/a\tb"c\\d.yaml');
  });
});
