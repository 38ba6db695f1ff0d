import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitAsync, git as runGit } from "../../src/git/git.js";
import { gitTogether } from "../../src/git/git-together.js";
import { askStagedEarly, CHANGED, stagedQueries } from "../../src/git/staged-queries.js";
import { makeTree } from "../helpers/tree.js";
import { git, gitRepo, write } from "./repo.js";

/** A repository with a staged edit, an untracked directory, an ignored file and a path with a space and a quote. */
function repository(): string {
  const cwd = gitRepo({ ".gitignore": "*.log\n", "a/b/t.yaml": "t: 1\n", "c/u.yaml": "u: 1\n", "it's here.yaml": "q: 1\n" });
  write(cwd, { "a/b/t.yaml": "t: 2\n", "a/x.log": "log\n", "d/e/o.txt": "o\n", "c/new.yaml": "n: 1\n" });
  git(cwd, "add", "a/b/t.yaml", "c/new.yaml");
  return cwd;
}

describe("gitTogether", () => {
  it("answers each git as gitAsync does, arguments with quotes and spaces included", async () => {
    const cwd = repository();
    const commands = [["rev-parse", "--show-prefix"], ["ls-files", "-z", "--", ":/it's here.yaml"], CHANGED] as const;
    const sub = join(cwd, "a");
    const together = await Promise.all(gitTogether(sub, commands));
    const alone = await Promise.all(commands.map((args) => gitAsync(sub, args)));
    expect(together).toEqual(alone);
    expect(together.map((answer) => answer.ok && answer.out)).toEqual(["a/\n", "../it's here.yaml\0", "b/t.yaml\0"]);
  });

  it("fails the git that failed, with its message, and answers the others", async () => {
    const cwd = repository();
    const [good, bad] = await Promise.all(gitTogether(cwd, [["rev-parse", "--show-prefix"], ["rev-parse", "--verify", "no-such-ref"]]));
    expect(good).toEqual({ ok: true, out: "\n" });
    expect(bad?.ok).toBe(false);
    expect(!bad?.ok && bad?.error.message).toMatch(/^Command failed: git rev-parse --verify no-such-ref\nfatal: Needed a single revision/);
  });

  it("fails every git outside a repository", async () => {
    const answers = await Promise.all(gitTogether(makeTree({ "a.yaml": "a: 1\n" }), [["rev-parse", "--show-toplevel"], CHANGED]));
    expect(answers.map((answer) => answer.ok)).toEqual([false, false]);
  });
});

describe("stagedQueries", () => {
  it("lists the whole index from a subdirectory as the listing at the top does", async () => {
    const cwd = repository();
    mkdirSync(join(cwd, "d/e/f"), { recursive: true });
    writeFileSync(join(cwd, "d/e/f/g.txt"), "g\n");
    // The listing a run at the top made before: the same flags, no pathspec, paths from the top.
    const atTop = runGit(cwd, ["--no-optional-locks", "ls-files", "-v", "-s", "-c", "-o", "-m", "-d", "--directory", "-z"]);
    expect(atTop.split("\0")).toEqual(expect.arrayContaining(["? a/x.log", "? d/"]));
    for (const dir of ["a", "a/b", "d/e/f"]) {
      const listing = await stagedQueries(join(cwd, dir)).listing;
      expect({ dir, listing }).toEqual({ dir, listing: { ok: true, out: atTop } });
    }
  });

  it("takes the questions asked early only from the same directory, and only once", async () => {
    const cwd = realpathSync(repository());
    askStagedEarly(join(cwd, "a"));
    const elsewhere = stagedQueries(cwd);
    expect(elsewhere.cwd).toBe(cwd);
    expect(await elsewhere.location).toEqual({ ok: true, out: `${cwd}\n\n` });
    askStagedEarly(join(cwd, "a"));
    const early = stagedQueries(join(cwd, "a"));
    expect(await early.location).toEqual({ ok: true, out: `${cwd}\na/\n` });
    expect(stagedQueries(join(cwd, "a"))).not.toBe(early);
  });
});
