import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changedFiles, parseNameStatus } from "../../src/git/changed-files.js";
import { commit, git, gitRepo, write } from "./repo.js";

describe("parseNameStatus", () => {
  it("reads statuses with one or two NUL-separated names", () => {
    expect(parseNameStatus("M\0a b.txt\0R087\0old\0new\0C100\0src\0copy\0D\0gone\0A\0x\nnewline\0T\0link\0")).toEqual([
      { change: "modified", file: "a b.txt" },
      { change: "renamed", file: "new", from: "old" },
      { change: "added", file: "copy" },
      { change: "deleted", file: "gone" },
      { change: "added", file: "x\nnewline" },
      { change: "modified", file: "link" },
    ]);
  });
});

describe("changedFiles", () => {
  it("lists changes under cwd, or across the repository relative to cwd, whatever the user's diff settings", () => {
    const cwd = gitRepo({ "app/a.txt": "a\n", "lib/b.txt": "b\n" });
    git(cwd, "config", "diff.relative", "true");
    git(cwd, "config", "color.ui", "always");
    commit(cwd, { "app/a.txt": "a2\n", "lib/b.txt": "b2\n" });
    write(cwd, { "lib/new.txt": "n\n", "app/new.txt": "n\n" });
    const app = join(cwd, "app");
    expect(changedFiles(app, "HEAD~1")).toEqual([
      { change: "modified", file: "a.txt" },
      { change: "added", file: "new.txt" },
    ]);
    expect(changedFiles(app, "HEAD~1", undefined, "repository")).toEqual([
      { change: "modified", file: "../lib/b.txt" },
      { change: "added", file: "../lib/new.txt" },
      { change: "modified", file: "a.txt" },
      { change: "added", file: "new.txt" },
    ]);
    expect(changedFiles(app, "HEAD~1", "HEAD", "repository").map((c) => c.file)).toEqual(["../lib/b.txt", "a.txt"]);
  });
});
