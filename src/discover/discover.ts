import { existsSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { gitWorkTree } from "../config/find-config.js";
import ignore, { type Ignore } from "ignore";
import { globMatcher, globProblem } from "../glob.js";
import { NorecurError } from "../errors.js";
import type { FileRecord } from "../types.js";
import { detectFormat, formatByPath, type FormatByPath, type FormatOverride } from "./detect-format.js";
import { formats } from "./file-formats.js";
import { FileContent, MAX_BYTES } from "./file-content.js";
import { errorCode, fileKind } from "./file-kind.js";
import { byCodeUnits } from "../compare.js";
import type { HiddenPaths } from "./hidden-paths.js";
import { READ_AHEAD_AFTER, type ReadAhead, type ReadAheadStart } from "./read-ahead.js";

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
  /**
   * What no active policy reads of a file of a wanted format, judged on its bytes as read (or its
   * text, when that is all there is): all of it (`skip`: why; a Kubernetes file of
   * CustomResourceDefinitions only), so that it is neither decoded nor parsed; or some of it
   * (`text`: the text to parse instead, those parts blanked). Undefined to parse it as it is.
   */
  narrow?: ((format: string, content: Buffer | string) => Narrowed | undefined) | undefined;
  /** Largest file read, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** Paths treated as absent although they are on disk (Settings.hidden). */
  hidden?: HiddenPaths;
  /** Starts a worker reading files ahead of discovery on the second core (read-ahead.ts), when there are enough. */
  readAhead?: ReadAheadStart | undefined;
  /** Files a walk will read before the read-ahead starts (default READ_AHEAD_AFTER). */
  readAheadAfter?: number | undefined;
  /**
   * Told of each file to parse as soon as it is read, with the scan roots so far. Within one
   * path given, files come in path order (the order of \`Discovery.candidates\`); the files of
   * several paths come path by path.
   */
  onCandidate?: (candidate: Candidate, roots: readonly string[]) => void;
  /**
   * Files whose name alone says something to the caller (a `kustomization.yaml`): once a walk is
   * listed, before any of its files is read, `tell` gets the paths (relative to cwd, forward
   * slashes) of the listed files whose base name `names` takes.
   */
  named?: { names: (name: string) => boolean; tell: (paths: readonly string[]) => void } | undefined;
}

/** What {@link DiscoverOptions.narrow} leaves of a file. */
export type Narrowed = { skip: string } | { text: string };

/** A file to parse. */
export interface Candidate {
  /** Path relative to cwd, forward slashes. */
  path: string;
  /**
   * The absolute path it was read from when that is not its path under cwd (a link's target,
   * inside the root), to read it again. Not kept for every other file: every candidate of a run
   * lives until discovery ends, and so did the absolute path of each (about 70 bytes; 1.2 MiB
   * of the peak of a run over 50,000 files).
   */
  realPath: string | undefined;
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
  /**
   * Files skipped for having no known format, by path, each with a way to read it: a file an
   * nginx or Squid configuration includes is read with its includer's format whatever its name.
   */
  unrecognised: Map<string, () => UnrecognisedText>;
}

/** The text of a file discovery did not recognise, or why it cannot be read. */
export type UnrecognisedText = { text: string } | { reason: string };

/** Largest `.gitignore` read; a bigger one is not honoured (its files are scanned). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;
const NEVER_WALKED = new Set([".git", "node_modules"]);
const GLOB_CHARS = /[*?[\]{}]/;

const toPosix = (p: string): string => (sep === "/" ? p : p.split(sep).join("/"));

/**
 * `relative(base, path)` in forward slashes. The walk's paths are absolute and normalised, so a
 * path below `base` is its tail: sliced, not resolved, since `path.relative` resolves both of
 * its arguments on every call (about 35 ms of discovering 10,000 files). Any other pair goes
 * through `relative`.
 */
function relativePosix(base: string, path: string): string {
  if (path === base) return "";
  const prefix = base.endsWith(sep) ? base : base + sep;
  return toPosix(path.startsWith(prefix) ? path.slice(prefix.length) : relative(base, path));
}

/**
 * Expands the paths into files, honouring `.gitignore` files and the config's ignore globs,
 * never following a symlink out of its root, and choosing a format per file.
 */
export function discover(options: DiscoverOptions): Discovery {
  const cwd = resolve(options.cwd);
  // Paths already considered, when several paths are given (`check k8s k8s/base`): one walk
  // meets each file once, and the set cost a lookup of every path of a large tree.
  const seen = options.paths.length > 1 ? new Set<string>() : undefined;
  const roots: string[] = [];
  const candidates: Candidate[] = [];
  const skipped: FileRecord[] = [];
  const unrecognised = new Map<string, () => UnrecognisedText>();
  const hidden: HiddenPaths = options.hidden ?? (() => false);

  // A path named on the command line is always scanned: ignore globs that cover the named
  // path itself are dropped for that argument, so `check examples/shop` works even when the
  // config ignores `examples/**` for whole-repository runs.
  let configIgnored = globMatcher(options.ignore);
  let ahead: ReadAhead | undefined;
  /**
   * Lists what a walk visits, then tells the read-ahead which of those files will be read (when
   * there are enough), then visits them: the worker reads them in the order they are visited.
   */
  const walkThenVisit = (dir: string, root: string, shouldVisit?: (file: string) => boolean): void => {
    const visits = new Visits(shouldVisit);
    walk(dir, root, [], visits, skipped, cwd, configIgnored, hidden);
    if (options.named !== undefined) {
      const { names, tell } = options.named;
      const paths = visits.files.filter((file) => names(file.slice(file.lastIndexOf(sep) + 1))).map((file) => relativePosix(cwd, file));
      if (paths.length > 0) tell(paths);
    }
    const byPath: Array<FormatByPath | undefined> = [];
    const places: number[] = [];
    if (options.readAhead !== undefined) {
      const toRead: string[] = [];
      const toReadAt: number[] = [];
      visits.files.forEach((file, i) => {
        if (!visits.regular(i)) return;
        // What the path says is kept for \`consider\`, which would look at the path again. (A
        // file \`consider\` then passes over, seen or ignored by config, is read for nothing.)
        const format = formatByPath(relativePosix(root, file), options.overrides);
        byPath[i] = format;
        if ("sniffFrom" in format || (format.format !== undefined && options.wanted(format.format))) {
          toRead.push(file);
          toReadAt.push(i);
        }
      });
      if (toRead.length >= (options.readAheadAfter ?? READ_AHEAD_AFTER)) ahead ??= options.readAhead(options.maxBytes ?? MAX_BYTES);
      if (ahead !== undefined && toRead.length > 0) {
        const first = ahead.want(toRead);
        toReadAt.forEach((i, k) => (places[i] = first + k));
      }
    }
    const files = visits.files;
    for (let i = 0; i < files.length; i++) {
      consider(files[i] as string, root, visits.regular(i), byPath[i], places[i]);
      // Its absolute path is not needed again (see Candidate.realPath): let it go with the file.
      files[i] = "";
    }
  };

  /**
   * `regular`: the walk's directory listing says it is a regular file, not a link or a special
   * file; `byPath`: what its path says of its format; `place`: where the read-ahead has it, if it does.
   */
  const consider = (absolutePath: string, root: string, regular = false, byPath?: FormatByPath, place?: number): void => {
    const path = relativePosix(cwd, absolutePath) || ".";
    if (seen !== undefined) {
      if (seen.has(path)) return;
      seen.add(path);
    }
    if (configIgnored(path)) return void skipped.push({ path, status: "skipped", reason: "ignored by config" });
    // A regular file is classified by its path, and opened only when it is read: most files of
    // a repository (sources, pages) are neither read nor stat'ed.
    let kind = regular ? { kind: "file" as const, real: absolutePath } : fileKind(absolutePath, root);
    // A link to a hidden path points at nothing in the tree being judged.
    if (kind.kind !== "skip" && kind.real !== absolutePath && hidden(kind.real)) kind = { kind: "skip", reason: `broken symlink (${errorCode({ code: "ENOENT" })})` };
    if (kind.kind === "skip") return void skipped.push({ path, status: "skipped", reason: kind.reason });
    if (kind.kind === "directory") return void skipped.push({ path, status: "skipped", reason: "symlink to a directory (scanned at its real path)" });
    const rootRelative = relativePosix(root, absolutePath);
    // What the path said, and the read-ahead's text, are of the listed path: not of a link's target.
    const listed = kind.real === absolutePath;
    // A file told to the read-ahead is one \`classify\` reads: taken in its turn.
    const readAhead = listed && place !== undefined ? ahead?.take(place) : undefined;
    const outcome = classify(kind.real, rootRelative, options, readAhead, listed ? byPath : undefined);
    if ("reason" in outcome) {
      skipped.push({ path, ...(outcome.format ? { format: outcome.format } : {}), status: "skipped", reason: outcome.reason });
      if (outcome.reason === NO_KNOWN_FORMAT) unrecognised.set(path, () => readText(kind.real, options.maxBytes));
    } else {
      const candidate: Candidate = { path, realPath: listed ? undefined : kind.real, format: outcome.format, text: outcome.text };
      candidates.push(candidate);
      options.onCandidate?.(candidate, roots);
    }
  };

  for (const arg of options.paths) {
    const absolute = resolve(cwd, arg);
    const named = toPosix(relative(cwd, absolute));
    configIgnored = globMatcher(named === "" ? options.ignore : options.ignore.filter((glob) => !globMatcher([glob])(named)));
    if (GLOB_CHARS.test(arg) && !existsSync(absolute)) {
      const problem = globProblem(toPosix(arg));
      if (problem !== undefined) throw new NorecurError("usage", `cannot use ${arg} as a glob: ${problem}`);
      const isMatch = globMatcher([toPosix(arg)]);
      walkThenVisit(cwd, cwd, (file) => isMatch(relativePosix(cwd, file)));
      pushRoot(roots, ".");
      continue;
    }
    if (!existsSync(absolute) || hidden(absolute)) throw new NorecurError("usage", `no such file or directory: ${arg}`);
    // A named symlink is followed only inside cwd, like any other (fileKind).
    if (fileKind(absolute, cwd).kind === "directory") {
      pushRoot(roots, toPosix(relative(cwd, absolute)) || ".");
      walkThenVisit(absolute, absolute);
    } else {
      pushRoot(roots, ".");
      // A file outside cwd (`check /abs/deploy.yaml` from elsewhere) is recognised by its path
      // within its own repository, or its directory, never by a `../` path no pattern matches.
      const inside = !relative(cwd, absolute).startsWith("..") && !isAbsolute(relative(cwd, absolute));
      consider(absolute, inside ? cwd : (gitWorkTree(absolute) ?? dirname(absolute)));
    }
  }
  ahead?.close();
  candidates.sort((a, b) => byCodeUnits(a.path, b.path));
  return { roots, candidates, skipped, unrecognised };
}

/**
 * The files a walk visits (those `shouldVisit` takes), in order, and which of them the directory
 * listing says are not regular files (links, FIFOs, devices: few).
 */
class Visits {
  readonly files: string[] = [];
  readonly #irregular = new Set<number>();

  constructor(readonly shouldVisit?: (file: string) => boolean) {}

  add(file: string, regular: boolean): void {
    if (this.shouldVisit !== undefined && !this.shouldVisit(file)) return;
    if (!regular) this.#irregular.add(this.files.length);
    this.files.push(file);
  }

  regular(index: number): boolean {
    return !this.#irregular.has(index);
  }
}

function pushRoot(roots: string[], root: string): void {
  if (!roots.includes(root)) roots.push(root);
}

interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

/**
 * Depth-first walk in path order, with nested .gitignore files applied below their folder,
 * listing the files to visit in `visits`. A directory sorts as its name and a slash, so the walk
 * meets files in the order their paths sort (\`base.yaml\` before \`base/a.yaml\`, \`a-b\` before
 * \`a/\`): files can be judged as they are read.
 */
function walk(
  dir: string,
  root: string,
  layers: readonly IgnoreLayer[],
  visits: Visits,
  skipped: FileRecord[],
  cwd: string,
  configIgnored: (path: string) => boolean,
  hidden: HiddenPaths,
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    // The root's own failure is recorded once, as `./`.
    skipped.push({ path: `${toPosix(relative(cwd, dir)) || "."}/`, status: "skipped", reason: `cannot read directory: ${errorCode(error)}` });
    return;
  }
  // The listing says whether there is a .gitignore: looking for one in every directory cost a
  // failed lstat each, which Node turns into an exception (about 30 ms over 200 directories).
  const gitignore = join(dir, ".gitignore");
  const rules = !entries.some((entry) => entry.name === ".gitignore") || hidden(gitignore) ? undefined : readGitignore(gitignore, root);
  const here = rules === undefined ? layers : [...layers, { base: dir, rules }];
  const ignored = (full: string, isDir: boolean): boolean =>
    here.some((layer) => {
      const rel = relativePosix(layer.base, full);
      return rel !== "" && !rel.startsWith("..") && layer.rules.ignores(isDir ? `${rel}/` : rel);
    });
  const record = (full: string, reason: string): void => {
    skipped.push({ path: `${relativePosix(cwd, full)}/`, status: "skipped", reason });
  };

  const sortKey = (entry: Dirent): string => (entry.isDirectory() ? `${entry.name}/` : entry.name);
  for (const entry of entries.sort((a, b) => byCodeUnits(sortKey(a), sortKey(b)))) {
    // `dir` is absolute and normalised, and a listed name holds no separator: join would only
    // normalise again (a tenth of discovery's own time).
    const full = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
    if (hidden(full)) continue;
    if (entry.isDirectory()) {
      if (NEVER_WALKED.has(entry.name)) {
        // `.git` is git's own store, not the repository's content: not worth a line.
        if (entry.name !== ".git") record(full, `${entry.name} is never scanned`);
        continue;
      }
      if (ignored(full, true)) {
        record(full, "ignored by .gitignore");
        continue;
      }
      const fromCwd = relativePosix(cwd, full);
      if (configIgnored(`${fromCwd}/`) || configIgnored(fromCwd)) {
        record(full, "ignored by config");
        continue;
      }
      walk(full, root, here, visits, skipped, cwd, configIgnored, hidden);
    } else if (ignored(full, false)) {
      skipped.push({ path: relativePosix(cwd, full), status: "skipped", reason: "ignored by .gitignore" });
    } else {
      // Files, symlinks, FIFOs, sockets and devices alike: `consider` lists each one, and
      // reads only regular files inside the root.
      visits.add(full, entry.isFile());
    }
  }
}

/**
 * The rules of a `.gitignore` that is a regular file inside the root and of a sane size; any
 * other (a directory, a FIFO, a link to `/dev/zero` or out of the tree, unreadable) is not
 * honoured, which scans more rather than hiding files. The entry itself is listed by the walk.
 */
function readGitignore(path: string, root: string): Ignore | undefined {
  const kind = fileKind(path, root);
  if (kind.kind !== "file" || kind.size > MAX_GITIGNORE_BYTES) return undefined;
  try {
    return ignore().add(readFileSync(kind.real, "utf8"));
  } catch {
    return undefined;
  }
}

type Classification = { format: string; text: string } | { format?: string; reason: string };

const NO_KNOWN_FORMAT = "no known format";

/** A candidate's text read again (from `cwd`, the directory discovery ran from), or why it cannot be had now. */
export function readAgain(candidate: Candidate, cwd: string, maxBytes: number | undefined): UnrecognisedText {
  return readText(candidate.realPath ?? resolve(cwd, candidate.path), maxBytes);
}

/** A regular file's text within the size limit, or why it cannot be had. */
function readText(absolutePath: string, maxBytes: number | undefined): UnrecognisedText {
  const content = new FileContent(absolutePath, maxBytes);
  const text = content.text();
  const reason = content.failure();
  return reason === undefined ? { text } : { reason };
}

function classify(absolutePath: string, rootRelative: string, options: DiscoverOptions, readAhead: Buffer | undefined, byPath: FormatByPath | undefined): Classification {
  const file = new FileContent(absolutePath, options.maxBytes, readAhead);
  const format = detectFormat(rootRelative, (prefixBytes) => file.text(prefixBytes), options.overrides, byPath);
  const unreadable = file.failure();
  if (unreadable !== undefined) return { ...(format ? { format } : {}), reason: unreadable };
  if (!format) return { reason: NO_KNOWN_FORMAT };
  if (!options.wanted(format)) return { format, reason: `no active policy reads ${format} files` };
  // Decided on the bytes where the text has not been decoded yet: a file skipped here is never decoded.
  const raw = file.raw();
  if (raw === undefined) return { format, reason: file.failure() ?? "cannot read" };
  // Helm charts keep Go templates of YAML under templates/; HTML templates (Twig, Jinja,
  // Handlebars) live there too, and the html format reads their {{ }} as unknown values.
  if (/(^|\/)templates\//.test(rootRelative) && raw.includes("{{") && formats[format]?.parser !== "html") {
    return { format, reason: "template (Helm/Go): render it and check the output" };
  }
  const narrowed = options.narrow?.(format, raw);
  if (narrowed !== undefined && "skip" in narrowed) return { format, reason: narrowed.skip };
  return { format, text: narrowed?.text ?? file.text() };
}
