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

// src/git/git.ts
import { createRequire as createRequire2 } from "node:module";
var load = createRequire2(import.meta.url);
var childProcess = () => load("node:child_process");
var MAX_BUFFER = 256 * 1024 * 1024;
var TOP_AND_PREFIX = ["rev-parse", "--show-toplevel", "--show-prefix"];
function gitAsync(cwd, args2) {
  return new Promise((settle) => {
    childProcess().execFile("git", args2, { cwd, encoding: "utf8", maxBuffer: MAX_BUFFER }, (error, out) => {
      settle(error ? { ok: false, error } : { ok: true, out });
    });
  });
}

// src/git/git-together.ts
var SHELL = "/bin/sh";
function gitTogether(cwd, commands) {
  if (process.platform === "win32") return commands.map((args2) => gitAsync(cwd, args2));
  const script = [
    ...commands.map((args2, i) => `${["git", ...args2].map(quoted).join(" ")} >&${3 + i} & p${i}=$!`),
    ...commands.map((_, i) => `wait $p${i}; s${i}=$?`),
    `echo ${commands.map((_, i) => `$s${i}`).join(" ")}`
  ].join("\n");
  const child = childProcess().spawn(SHELL, ["-c", script], { cwd, stdio: ["ignore", "pipe", "pipe", ...commands.map(() => "pipe")] });
  const whole = new Promise((settle) => {
    let size = 0;
    const counted = (bytes) => {
      size += bytes;
      if (size > MAX_BUFFER) child.kill();
    };
    const outputs = [1, 2, ...commands.map((_, i) => 3 + i)].map((fd) => collected(child.stdio[fd] ?? null, counted));
    child.on("error", () => settle(Promise.all(commands.map((args2) => gitAsync(cwd, args2)))));
    child.on("close", () => {
      const [statusLine, stderr, ...outs] = outputs.map((output) => output.text());
      const statuses = (statusLine ?? "").trim().split(" ").map(Number);
      settle(
        commands.map(
          (args2, i) => statuses[i] === 0 && size <= MAX_BUFFER ? { ok: true, out: outs[i] ?? "" } : { ok: false, error: new Error(`Command failed: git ${args2.join(" ")}${size > MAX_BUFFER ? " (output too large)" : ""}
${stderr ?? ""}`) }
        )
      );
    });
  });
  return commands.map((_, i) => whole.then((answers) => answers[i]));
}
function collected(stream, counted) {
  const chunks = [];
  stream?.on("data", (chunk) => {
    chunks.push(chunk);
    counted(chunk.length);
  });
  return { text: () => Buffer.concat(chunks).toString("utf8") };
}
function quoted(word) {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

// src/git/staged-queries.ts
var LISTING = ["--no-optional-locks", "ls-files", "-v", "-s", "-c", "-o", "-m", "-d", "--directory", "-z", "--full-name", "--", ":/"];
var CHANGED = ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative"];
function askStaged(cwd) {
  const [location, listing, changed] = gitTogether(cwd, [TOP_AND_PREFIX, LISTING, CHANGED]);
  return { cwd, location, listing, changed };
}
var EARLY = /* @__PURE__ */ Symbol.for("norecur.staged-queries");
function askStagedEarly(cwd) {
  globalThis[EARLY] = askStaged(cwd);
}

// src/process/heap-growth.ts
import { setFlagsFromString } from "node:v8";
var HEAP_GROWING_PERCENT = 20;
var GIVEN = /^--heap[-_]growing[-_]percent(=|$)/;
function boundHeapGrowth(execArgv = process.execArgv, nodeOptions = process.env["NODE_OPTIONS"], set = setFlagsFromString) {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((arg) => GIVEN.test(arg));
  if (given) return false;
  try {
    set(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    return true;
  } catch {
    return false;
  }
}

// src/cli.ts
var args = process.argv.slice(2);
if (args.includes("--staged") && args.includes("check")) askStagedEarly(process.cwd());
boundHeapGrowth();
runWithCompileCache(fileURLToPath(new URL("./cli-main.cjs", import.meta.url)));
