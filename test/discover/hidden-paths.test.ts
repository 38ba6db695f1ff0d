import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discover } from "../../src/discover/discover.js";
import { hiddenBelow } from "../../src/discover/hidden-paths.js";
import { NorecurError } from "../../src/errors.js";
import { makeTree } from "../helpers/tree.js";

const options = { ignore: [], overrides: [], wanted: () => true };

describe("hidden paths", () => {
  it("hides an entry and everything below it, and nothing else", () => {
    const hidden = hiddenBelow("/repo", ["build/", "k8s/new.yaml", "vendor/lib"]);
    expect(["/repo/build", "/repo/build/out/a.yaml", "/repo/k8s/new.yaml", "/repo/vendor/lib/x/y.yaml"].map(hidden)).toEqual([true, true, true, true]);
    expect(["/repo", "/repo/k8s", "/repo/k8s/new.yaml.bak", "/repo/buildx/a.yaml", "/repo/vendor/library", "/repo2/build/a.yaml", "/elsewhere"].map(hidden)).toEqual([false, false, false, false, false, false, false]);
    expect(hiddenBelow("/repo", [])("/repo/a.yaml")).toBe(false);
  });

  it("are absent to discovery: not read, not listed, not honoured, not a link's target", () => {
    const root = makeTree({
      "k8s/web.yaml": "kind: Deployment\n",
      "k8s/new.yaml": "kind: Deployment\n",
      "k8s/.gitignore": "web.yaml\n",
      "build/out.yaml": "kind: Deployment\n",
    });
    symlinkSync("new.yaml", join(root, "k8s/link.yaml"));
    const hidden = hiddenBelow(root, ["k8s/new.yaml", "k8s/.gitignore", "build/"]);
    const found = discover({ ...options, cwd: root, paths: ["."], hidden });
    expect(found.candidates.map((c) => c.path)).toEqual(["k8s/web.yaml"]);
    expect(found.skipped).toEqual([{ path: "k8s/link.yaml", status: "skipped", reason: "broken symlink (no such file (ENOENT))" }]);
    expect(() => discover({ ...options, cwd: root, paths: ["build"], hidden })).toThrow(new NorecurError("usage", "no such file or directory: build"));
  });
});
