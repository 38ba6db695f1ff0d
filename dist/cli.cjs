#!/usr/bin/env node
"use strict";
const __norecurUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";

// src/cli.ts
var import_node_url = require("node:url");

// src/cli/compile-cache.ts
var import_node_buffer = require("node:buffer");
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
var COMPILE_CACHE_SWITCH = "NORECUR_COMPILE_CACHE";
function runWithCompileCache(file, env = process.env) {
  const bytes = (0, import_node_fs.readFileSync)(file);
  const source = (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const cacheFile = env[COMPILE_CACHE_SWITCH] === "0" ? void 0 : cachePath(file, env);
  const cachedData = cacheFile === void 0 ? void 0 : readPrivate(cacheFile);
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData !== void 0 ? { cachedData } : {}
  });
  if (cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected === true)) {
    process.once("exit", () => writePrivate(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext();
  const module2 = { exports: {} };
  run(module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file));
}
function cachePath(file, env) {
  try {
    const base = env["XDG_CACHE_HOME"] || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache");
    const dir = (0, import_node_path.join)(base, "norecur");
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (!privateTo((0, import_node_fs.lstatSync)(dir), "directory")) return void 0;
    const stat = (0, import_node_fs.statSync)(file);
    const key = [stat.size, Math.trunc(stat.mtimeMs), stat.ino, process.version, process.arch, ...process.execArgv].join("-").replace(/[^A-Za-z0-9.-]/g, "_");
    return (0, import_node_path.join)(dir, `cli-${key}.v8cache`);
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
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0));
    if (!privateTo((0, import_node_fs.fstatSync)(fd), "file")) return void 0;
    return (0, import_node_fs.readFileSync)(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function writePrivate(path, data) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    (0, import_node_fs.writeFileSync)(temporary, data(), { mode: 384, flag: "wx" });
    (0, import_node_fs.renameSync)(temporary, path);
    pruneOthers(path);
  } catch {
    (0, import_node_fs.rmSync)(temporary, { force: true });
  }
}
var KEPT = 4;
function pruneOthers(path) {
  const dir = (0, import_node_path.dirname)(path);
  const others = (0, import_node_fs.readdirSync)(dir).filter((name) => /^cli-.+\.v8cache$/.test(name) && (0, import_node_path.join)(dir, name) !== path).map((name) => ({ name, time: (0, import_node_fs.statSync)((0, import_node_path.join)(dir, name)).mtimeMs })).sort((a, b) => b.time - a.time);
  for (const old of others.slice(KEPT)) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, old.name), { force: true });
}

// src/cli.ts
runWithCompileCache((0, import_node_url.fileURLToPath)(new URL("./cli-main.cjs", __norecurUrl)));
