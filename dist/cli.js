#!/usr/bin/env node
import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);

// src/cli.ts
import { fileURLToPath } from "node:url";

// src/cli/compile-cache.ts
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
var COMPILE_CACHE_SWITCH = "NORECUR_COMPILE_CACHE";
function runWithCompileCache(file, env = process.env) {
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const cacheFile = env[COMPILE_CACHE_SWITCH] === "0" ? void 0 : cachePath(file, env);
  const cachedData = cacheFile === void 0 ? void 0 : readPrivate(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData !== void 0 ? { cachedData } : {}
  });
  if (cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true)) {
    process.once("exit", () => writePrivate(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext();
  const module = { exports: {} };
  run(module.exports, createRequire(file), module, file, dirname(file));
}
function cachePath(file, env) {
  try {
    const base = env["XDG_CACHE_HOME"] || join(homedir(), ".cache");
    const dir = join(base, "norecur");
    mkdirSync(dir, { recursive: true, mode: 448 });
    if (!privateTo(lstatSync(dir), "directory")) return void 0;
    const stat = statSync(file);
    const key = [stat.size, Math.trunc(stat.mtimeMs), stat.ino, process.version, process.arch, ...process.execArgv].join("-").replace(/[^A-Za-z0-9.-]/g, "_");
    return join(dir, `cli-${key}.v8cache`);
  } catch {
    return void 0;
  }
}
function privateTo(stat, kind) {
  if (kind === "directory" ? !stat.isDirectory() : !stat.isFile()) return false;
  const uid = process.getuid?.();
  if (uid === void 0) return true;
  return stat.uid === uid && (stat.mode & 18) === 0;
}
function readPrivate(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    if (!privateTo(fstatSync(fd), "file")) return void 0;
    return readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function writePrivate(path, data) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data(), { mode: 384, flag: "wx" });
    renameSync(temporary, path);
    pruneOthers(path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
var KEPT = 4;
function pruneOthers(path) {
  const dir = dirname(path);
  const others = readdirSync(dir).filter((name) => /^cli-.+\.v8cache$/.test(name) && join(dir, name) !== path).map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs })).sort((a, b) => b.time - a.time);
  for (const old of others.slice(KEPT)) rmSync(join(dir, old.name), { force: true });
}

// src/cli.ts
runWithCompileCache(fileURLToPath(new URL("./cli-main.cjs", import.meta.url)));
