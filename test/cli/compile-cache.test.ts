import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isAscii } from "node:buffer";
import { runWithCompileCache } from "../../src/cli/compile-cache.js";
import { tempDir } from "../helpers/temp-dir.js";

const CLI = join(process.cwd(), "dist", "cli.js");

/** A cache home of its own, as XDG_CACHE_HOME. */
function cacheHome(): string {
  return tempDir("norecur-cache-");
}

/** `norecur check examples/shop` as JSON, with the given cache settings. */
function run(env: Record<string, string>): string {
  const result = spawnSync(process.execPath, [CLI, "check", "examples/shop", "--format", "json"], { encoding: "utf8", env: { ...process.env, ...env } });
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toBe("");
  return result.stdout;
}

const caches = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith(".v8cache"));

describe("the command line's code cache", () => {
  const plain = run({ NORECUR_COMPILE_CACHE: "0", XDG_CACHE_HOME: cacheHome() });

  it("is written on the first run to a directory only the user can read, and read on the next, with the same output", () => {
    const home = cacheHome();
    expect(run({ XDG_CACHE_HOME: home })).toBe(plain);
    const dir = join(home, "norecur");
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const [cache] = caches(dir);
    expect(cache).toMatch(/^cli-.+\.v8cache$/);
    const file = join(dir, cache as string);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = statSync(file);
    expect(run({ XDG_CACHE_HOME: home })).toBe(plain);
    // Accepted, so not written again.
    expect(statSync(file).ino).toBe(written.ino);
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
  });

  it("replaces a cache V8 rejects, and still runs correctly with it", () => {
    const home = cacheHome();
    run({ XDG_CACHE_HOME: home });
    const dir = join(home, "norecur");
    const file = join(dir, caches(dir)[0] as string);
    writeFileSync(file, Buffer.from("not a code cache at all"), { mode: 0o600 });
    expect(run({ XDG_CACHE_HOME: home })).toBe(plain);
    expect(readFileSync(file).toString("latin1")).not.toBe("not a code cache at all");
  });

  it("neither reads nor writes a cache in a directory others can write, through a link, or when switched off", () => {
    const shared = cacheHome();
    run({ XDG_CACHE_HOME: shared });
    const dir = join(shared, "norecur");
    for (const name of caches(dir)) rmSync(join(dir, name));
    chmodSync(dir, 0o777);
    expect(run({ XDG_CACHE_HOME: shared })).toBe(plain);
    expect(caches(dir)).toEqual([]);

    const linked = cacheHome();
    run({ XDG_CACHE_HOME: linked });
    const linkedDir = join(linked, "norecur");
    const name = caches(linkedDir)[0] as string;
    const elsewhere = join(linked, "elsewhere");
    writeFileSync(elsewhere, "not a code cache", { mode: 0o600 });
    rmSync(join(linkedDir, name));
    symlinkSync(elsewhere, join(linkedDir, name));
    expect(run({ XDG_CACHE_HOME: linked })).toBe(plain);
    // The link was not followed to be read; the run wrote a cache of its own in its place.
    expect(readFileSync(elsewhere, "utf8")).toBe("not a code cache");
    expect(statSync(join(linkedDir, name)).isFile()).toBe(true);

    const off = cacheHome();
    expect(run({ XDG_CACHE_HOME: off, NORECUR_COMPILE_CACHE: "0" })).toBe(plain);
    expect(readdirSync(off)).toEqual([]);

    // A cache home that cannot hold a directory (a file, as a read-only or missing home would be): compiled as usual.
    const file = join(cacheHome(), "not-a-directory");
    writeFileSync(file, "");
    expect(run({ XDG_CACHE_HOME: file })).toBe(plain);
  });

  it("keeps the newest few caches of other builds when it writes one", () => {
    const home = cacheHome();
    run({ XDG_CACHE_HOME: home });
    const dir = join(home, "norecur");
    const current = caches(dir)[0] as string;
    rmSync(join(dir, current));
    for (let i = 0; i < 6; i++) {
      const old = join(dir, `cli-old-build-${i}.v8cache`);
      writeFileSync(old, "old", { mode: 0o600 });
      utimesSync(old, 1_000_000 + i, 1_000_000 + i);
    }
    run({ XDG_CACHE_HOME: home });
    expect(caches(dir).sort()).toEqual([current, "cli-old-build-2.v8cache", "cli-old-build-3.v8cache", "cli-old-build-4.v8cache", "cli-old-build-5.v8cache"].sort());
  });

  it("reads an ASCII bundle as it is written, and any other as UTF-8", () => {
    // The build writes the bundle and the built-in pack's manifest in ASCII, so that they load as one-byte strings.
    expect(isAscii(readFileSync(join(process.cwd(), "dist", "cli-main.cjs")))).toBe(true);
    expect(isAscii(readFileSync(join(process.cwd(), "dist", "builtin-policies.json")))).toBe(true);
    const dir = cacheHome();
    const seen = globalThis as { compileCacheTest?: string };
    for (const text of ["plain ASCII", "個人情報 — é"]) {
      const file = join(dir, "program.cjs");
      writeFileSync(file, `globalThis.compileCacheTest = ${JSON.stringify(text)};\n`);
      runWithCompileCache(file, { NORECUR_COMPILE_CACHE: "0" });
      expect(seen.compileCacheTest).toBe(text);
    }
    delete seen.compileCacheTest;
  });

  it("runs the program strict, as the ES modules it is built from", () => {
    expect(readFileSync(join(process.cwd(), "dist", "cli-main.cjs"), "utf8").startsWith('"use strict";\n')).toBe(true);
  });
});
