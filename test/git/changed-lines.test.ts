import { describe, expect, it } from "vitest";
import { NorecurError } from "../../src/errors.js";
import { changedLines, parseUnifiedZero } from "../../src/git/changed-lines.js";
import { commit, git, gitRepo, write } from "./repo.js";

const numbered = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `line ${i + from}\n`).join("");
const asObject = (lines: Map<string, Set<number>>): Record<string, number[]> =>
  Object.fromEntries([...lines].map(([file, set]) => [file, [...set].sort((a, b) => a - b)]));

describe("parseUnifiedZero", () => {
  it("takes new-side ranges, skips hunk bodies by count and ignores no-newline markers", () => {
    const diff = [
      "diff --git a/a.txt b/a.txt",
      "--- a/a.txt",
      "+++ b/a.txt",
      "@@ -2 +2,2 @@",
      "-old",
      "+++ looks like a header",
      "+@@ -1 +1 @@ looks like a hunk",
      "\\ No newline at end of file",
      "@@ -9,0 +11 @@ context",
      "+added",
      "diff --git a/gone.txt b/gone.txt",
      "--- a/gone.txt",
      "+++ /dev/null",
      "@@ -1,3 +0,0 @@",
      "-a",
      "-b",
      "-c",
      "",
    ].join("\n");
    expect(asObject(parseUnifiedZero(diff))).toEqual({ "a.txt": [2, 3, 11] });
  });
});

describe("changedLines", () => {
  it("reports added and modified lines of the working tree against the merge base, whatever the diff settings", () => {
    const cwd = gitRepo({ "a.txt": numbered(5), "stay.txt": "same\n" });
    // Settings that change how git prints a diff must not change what is read.
    const settings = { "color.ui": "always", "diff.noprefix": "true", "diff.mnemonicPrefix": "true", "core.quotePath": "false" };
    for (const [key, value] of Object.entries(settings)) git(cwd, "config", key, value);
    git(cwd, "checkout", "-q", "-b", "feature");
    write(cwd, { "a.txt": "new first\n" + numbered(5).replace("line 3\n", "line three\n") });
    expect(asObject(changedLines(cwd, "main"))).toEqual({ "a.txt": [1, 4] });
  });

  it("handles renames, deletions, spaces, non-ASCII names, untracked files and a missing final newline", () => {
    const cwd = gitRepo({ "old name.txt": numbered(30), "gone.txt": "x\n", "café.txt": "a\nb", "bin.dat": Buffer.from([0, 1, 2, 10]) });
    git(cwd, "checkout", "-q", "-b", "feature");
    git(cwd, "mv", "old name.txt", "new name.txt");
    write(cwd, {
      "new name.txt": numbered(30) + "line 31\n",
      "gone.txt": null,
      "café.txt": "a\nb\nc\n",
      "fresh dir/new file.txt": "one\ntwo\n",
      "bin.dat": Buffer.from([0, 1, 3, 10]),
    });
    git(cwd, "add", "-A", "--", "new name.txt", "gone.txt");
    expect(asObject(changedLines(cwd, "main"))).toEqual({
      "café.txt": [2, 3],
      "fresh dir/new file.txt": [1, 2],
      "new name.txt": [31],
    });
  });

  it("compares a given head commit instead of the working tree, from the merge base", () => {
    const cwd = gitRepo({ "a.txt": numbered(3) });
    git(cwd, "checkout", "-q", "-b", "feature");
    commit(cwd, { "a.txt": numbered(4) });
    // The base branch moves on after the fork: its changes are not the feature's.
    git(cwd, "checkout", "-q", "main");
    commit(cwd, { "b.txt": "on main\n" });
    write(cwd, { "untracked.txt": "ignored with a head commit\n" });
    expect(asObject(changedLines(cwd, "main", "feature"))).toEqual({ "a.txt": [4] });
  });

  it("reports paths relative to a subdirectory and only under it", () => {
    const cwd = gitRepo({ "sub/a.txt": "1\n", "top.txt": "1\n" });
    write(cwd, { "sub/a.txt": "1\n2\n", "top.txt": "1\n2\n" });
    expect(asObject(changedLines(`${cwd}/sub`, "HEAD"))).toEqual({ "a.txt": [2] });
  });

  it("stops with a clear error when there is no merge base", () => {
    const cwd = gitRepo({ "a.txt": "1\n" });
    git(cwd, "checkout", "-q", "--orphan", "other");
    commit(cwd, { "a.txt": "2\n" });
    expect(() => changedLines(cwd, "main")).toThrow(new NorecurError("usage", "--base main: no common ancestor with HEAD (unrelated histories)"));
    const unborn = gitRepo({});
    git(unborn, "checkout", "-q", "--orphan", "empty");
    expect(() => changedLines(unborn, "main")).toThrow(new NorecurError("usage", "HEAD (compared with --base main): not a revision of this repository"));
  });
});
