import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { globMatcher, globProblem } from "../glob.js";
import { NorecurError } from "../errors.js";
import type { FileRecord } from "../types.js";
import { detectFormat, type FormatOverride } from "./detect-format.js";

/** What discovery needs to know. */
export interface DiscoverOptions {
  /** Directory paths are reported relative to. */
  cwd: string;
  /** Files, directories or globs, relative to `cwd`. */
  paths: readonly string[];
  /** Globs (relative to `cwd`) never scanned. */
  ignore: readonly string[];
  /** Config format overrides, tried first. */
  overrides: readonly FormatOverride[];
  /** Whether some active policy reads this format: files of other formats are not parsed. */
  wanted: (format: string) => boolean;
}

/** A file to parse. */
export interface Candidate {
  /** Path relative to cwd, forward slashes. */
  path: string;
  /** Absolute path. */
  absolutePath: string;
  /** Format chosen for it. */
  format: string;
  /** Its text (BOM included; parsers handle it). */
  text: string;
}

/** What discovery found: files to parse, and every other file with the reason it was skipped. */
export interface Discovery {
  /** Scan roots (directories given, or `.` for files and globs), relative to cwd. */
  roots: string[];
  /** Files to parse, sorted by path. */
  candidates: Candidate[];
  /** Skipped files and directories, with reasons. */
  skipped: FileRecord[];
}

const MAX_BYTES = 10 * 1024 * 1024;
const NEVER_WALKED = new Set([".git", "node_modules"]);
const GLOB_CHARS = /[*?[\]{}]/;

const toPosix = (p: string): string => (sep === "/" ? p : p.split(sep).join("/"));

/**
 * Expands the paths into files, honouring `.gitignore` files and the config's ignore globs,
 * never following a symlink out of its root, and choosing a format per file.
 */
export function discover(options: DiscoverOptions): Discovery {
  const cwd = resolve(options.cwd);
  const seen = new Set<string>();
  const roots: string[] = [];
  const candidates: Candidate[] = [];
  const skipped: FileRecord[] = [];

  // A path named on the command line is always scanned: ignore globs that cover the named
  // path itself are dropped for that argument, so `check examples/shop` works even when the
  // config ignores `examples/**` for whole-repository runs.
  let configIgnored = globMatcher(options.ignore);
  const consider = (absolutePath: string, root: string): void => {
    const path = toPosix(relative(cwd, absolutePath)) || ".";
    if (seen.has(path)) return;
    seen.add(path);
    if (configIgnored(path)) return void skipped.push({ path, status: "skipped", reason: "ignored by config" });
    const rootRelative = toPosix(relative(root, absolutePath));
    const outcome = classify(absolutePath, rootRelative, options);
    if ("reason" in outcome) skipped.push({ path, ...(outcome.format ? { format: outcome.format } : {}), status: "skipped", reason: outcome.reason });
    else candidates.push({ path, absolutePath, format: outcome.format, text: outcome.text });
  };

  for (const arg of options.paths) {
    const absolute = resolve(cwd, arg);
    const named = toPosix(relative(cwd, absolute));
    configIgnored = globMatcher(named === "" ? options.ignore : options.ignore.filter((glob) => !globMatcher([glob])(named)));
    if (GLOB_CHARS.test(arg) && !existsSync(absolute)) {
      const problem = globProblem(toPosix(arg));
      if (problem !== undefined) throw new NorecurError("usage", `cannot use ${arg} as a glob: ${problem}`);
      const isMatch = globMatcher([toPosix(arg)]);
      const ignoredHere = configIgnored;
      walk(cwd, cwd, [], (file) => (isMatch(toPosix(relative(cwd, file))) ? consider(file, cwd) : undefined), skipped, cwd, ignoredHere);
      pushRoot(roots, ".");
      continue;
    }
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new NorecurError("usage", `no such file or directory: ${arg}`);
    }
    if (stats.isDirectory()) {
      pushRoot(roots, toPosix(relative(cwd, absolute)) || ".");
      walk(absolute, absolute, [], (file) => consider(file, absolute), skipped, cwd, configIgnored);
    } else {
      pushRoot(roots, ".");
      consider(absolute, cwd);
    }
  }
  candidates.sort((a, b) => a.path.localeCompare(b.path));
  return { roots, candidates, skipped };
}

function pushRoot(roots: string[], root: string): void {
  if (!roots.includes(root)) roots.push(root);
}

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

/** Depth-first walk in name order, with nested .gitignore files applied below their folder. */
function walk(
  dir: string,
  root: string,
  layers: readonly IgnoreLayer[],
  visit: (file: string) => void,
  skipped: FileRecord[],
  cwd: string,
  configIgnored: (path: string) => boolean,
): void {
  const gitignore = join(dir, ".gitignore");
  const here = existsSync(gitignore) ? [...layers, { base: dir, rules: ignore().add(readFileSync(gitignore, "utf8")) }] : layers;
  const ignored = (full: string, isDir: boolean): boolean =>
    here.some((layer) => {
      const rel = toPosix(relative(layer.base, full));
      return rel !== "" && !rel.startsWith("..") && layer.rules.ignores(isDir ? `${rel}/` : rel);
    });
  const record = (full: string, reason: string): void => {
    skipped.push({ path: `${toPosix(relative(cwd, full))}/`, status: "skipped", reason });
  };

  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (NEVER_WALKED.has(entry.name)) {
        record(full, `${entry.name} is never scanned`);
        continue;
      }
      if (ignored(full, true)) {
        record(full, "ignored by .gitignore");
        continue;
      }
      if (configIgnored(`${toPosix(relative(cwd, full))}/`) || configIgnored(toPosix(relative(cwd, full)))) {
        record(full, "ignored by config");
        continue;
      }
      walk(full, root, here, visit, skipped, cwd, configIgnored);
    } else if (entry.isSymbolicLink()) {
      const target = safeRealpath(full);
      const rootReal = safeRealpath(root);
      const path = toPosix(relative(cwd, full));
      if (!target || !rootReal || (target !== rootReal && !target.startsWith(rootReal + sep))) {
        skipped.push({ path, status: "skipped", reason: "symlink points outside the scan root" });
      } else if (lstatSync(target).isDirectory()) {
        skipped.push({ path, status: "skipped", reason: "symlink to a directory (scanned at its real path)" });
      } else if (!ignored(full, false)) {
        visit(full);
      }
    } else if (entry.isFile()) {
      if (ignored(full, false)) skipped.push({ path: toPosix(relative(cwd, full)), status: "skipped", reason: "ignored by .gitignore" });
      else visit(full);
    }
  }
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

type Classification = { format: string; text: string } | { format?: string; reason: string };

function classify(absolutePath: string, rootRelative: string, options: DiscoverOptions): Classification {
  let text: string | undefined;
  let unreadable: string | undefined;
  const read = (): string => {
    if (text === undefined) {
      try {
        const size = statSync(absolutePath).size;
        if (size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MiB`);
        text = readFileSync(absolutePath, "utf8");
      } catch (error) {
        unreadable = error instanceof Error ? error.message : String(error);
        text = "";
      }
    }
    return text;
  };
  const format = detectFormat(rootRelative, read, options.overrides);
  if (unreadable) return { ...(format ? { format } : {}), reason: `cannot read: ${unreadable}` };
  if (!format) return { reason: "no known format" };
  if (!options.wanted(format)) return { format, reason: `no active policy reads ${format} files` };
  const content = read();
  if (unreadable) return { format, reason: `cannot read: ${unreadable}` };
  if (content.slice(0, 8192).includes("\u0000")) return { format, reason: "binary content" };
  if (/(^|\/)templates\//.test(rootRelative) && content.includes("{{")) {
    return { format, reason: "template (Helm/Go): render it and check the output" };
  }
  return { format, text: content };
}
