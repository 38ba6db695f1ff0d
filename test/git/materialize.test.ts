import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NorecurError } from "../../src/errors.js";
import { materializeRevision } from "../../src/git/materialize.js";
import { commit, gitRepo, write } from "./repo.js";

const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

describe("materializeRevision", () => {
  it("writes a revision's files byte for byte, not the working tree's, and removes them on cleanup", () => {
    const cwd = gitRepo({ "bin/all.bytes": everyByte, "k8s/a b.yaml": "kind: A\n", "k8s/é.yaml": "kind: E\r\n" });
    commit(cwd, { "k8s/a b.yaml": "kind: Changed\n", "later.txt": "after the base\n" });
    write(cwd, { "k8s/é.yaml": "uncommitted\n" });
    const tree = materializeRevision(cwd, "HEAD~1");
    try {
      expect(tree.files).toEqual(["bin/all.bytes", "k8s/a b.yaml", "k8s/é.yaml"]);
      expect(readFileSync(join(tree.cwd, "bin/all.bytes")).equals(everyByte)).toBe(true);
      expect(readFileSync(join(tree.cwd, "k8s/a b.yaml"), "utf8")).toBe("kind: A\n");
      expect(readFileSync(join(tree.cwd, "k8s/é.yaml"), "utf8")).toBe("kind: E\r\n");
      expect(existsSync(join(tree.cwd, "later.txt"))).toBe(false);
    } finally {
      tree.cleanup();
    }
    expect(existsSync(tree.root)).toBe(false);
  });

  it("takes only the given paths, relative to a subdirectory, mirroring the repository layout", () => {
    const cwd = gitRepo({ "app/policies/p.policy.yaml": "id: X\n", "app/k8s/d.yaml": "kind: D\n", "app/.norecur.yml": "builtin: false\n", "other/x": "x\n" });
    const tree = materializeRevision(join(cwd, "app"), "HEAD", ["policies", ".norecur.yml", "missing-dir"]);
    try {
      expect(tree.files).toEqual(["app/.norecur.yml", "app/policies/p.policy.yaml"]);
      expect(tree.cwd).toBe(join(tree.root, "app"));
      expect(readFileSync(join(tree.cwd, "policies/p.policy.yaml"), "utf8")).toBe("id: X\n");
    } finally {
      tree.cleanup();
    }
  });

  it("reads blobs in bounded batches, a blob larger than a batch alone, with identical files once", () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 12; i++) files[`f${i}.bin`] = Buffer.from(Array.from({ length: 40 + i * 17 }, (_, j) => (i * 31 + j) % 256));
    files["big.bin"] = Buffer.alloc(1000, 7);
    files["same-as-f3.bin"] = files["f3.bin"] ?? Buffer.alloc(0);
    const cwd = gitRepo(files);
    const tree = materializeRevision(cwd, "HEAD", ["."], { batchBytes: 100 });
    try {
      for (const [name, bytes] of Object.entries(files)) expect(readFileSync(join(tree.cwd, name)).equals(bytes)).toBe(true);
    } finally {
      tree.cleanup();
    }
  });

  it("does not write symlinks, which could point outside the tree", () => {
    const cwd = gitRepo({ "a.txt": "a\n" });
    symlinkSync("/etc/passwd", join(cwd, "link"));
    commit(cwd, {});
    const tree = materializeRevision(cwd, "HEAD");
    try {
      expect(tree.files).toEqual(["a.txt"]);
      expect(tree.skipped).toEqual([{ file: "link", reason: "symlink" }]);
      expect(existsSync(join(tree.cwd, "link"))).toBe(false);
    } finally {
      tree.cleanup();
    }
  });

  it("refuses unknown revisions and paths outside the repository", () => {
    const cwd = gitRepo({ "a.txt": "a\n" });
    expect(() => materializeRevision(cwd, "no-such-ref")).toThrow(new NorecurError("usage", "--base no-such-ref: not a revision of this repository"));
    expect(() => materializeRevision(cwd, "HEAD", ["../elsewhere"])).toThrow(/not inside the repository/);
  });
});
