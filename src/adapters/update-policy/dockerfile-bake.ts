import type { DocPath, Document } from "../../types.js";
import { globalArgValues } from "../../formats/dockerfile/global-args.js";
import { substitute } from "../../formats/dockerfile/substitute.js";
import { isUnknown, unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import type { BakeBuild, BakeSetting } from "./bake-builds.js";

/** What a `FROM` pulls when a Bake target builds the Dockerfile. */
export interface BakeOutcome {
  reference: string | UnknownMarker;
  /** The args make the `FROM` name an earlier stage of the file: built there, no image pulled. */
  stage?: boolean;
  /** The base is another Bake target, or files of the repository: built, not pulled. */
  builtBy?: "bake";
  /** The Bake setting that decides it. */
  origin: { document: Document; path: DocPath };
  /** The target, for the subject's name when targets differ. */
  target: string;
}

/** A named context that is another target of the same Bake run (`target:base`). */
const TARGET_CONTEXT = /^"?target:/;

/**
 * The image a `FROM` pulls under one Bake target: its `args` replace the global `ARG` defaults
 * (`ARG from_tag=debian:12` with `args = { from_tag = "debian:12.5" }`), and a named context whose
 * key is the resulting name replaces the image itself (`contexts = { base = "target:base" }` is a
 * target built in the same run; `docker-image://alpine:3.20` another image), and a name that
 * is now an earlier stage's is that stage. Undefined where the target changes nothing for this
 * `FROM`. A value that is not a literal makes it unknown.
 */
export function underBake(from: string, defaults: Readonly<Record<string, unknown>>, build: BakeBuild, earlierStages: ReadonlySet<string>): BakeOutcome | undefined {
  const where = `${build.file} target "${build.target}"`;
  const unknownMap = build.unknownMaps.find((m) => m.path.at(-1) === "contexts" || from.includes("$"));
  if (unknownMap) return outcome(unknownValue(`${where} sets its ${String(unknownMap.path.at(-1))} from an expression, which may change this image`), unknownMap, build);
  // An escaped `$` is read with the file's escape character, which the parsed value does not keep.
  if (from.includes("\\$") || from.includes("`$")) return undefined;
  const defaultsOnly = expand(from, defaults, new Map());
  const withArgs = expand(from, defaults, build.args);
  const setting = overriding(from, defaults, build.args);
  if (!withArgs.ok) {
    // An arg the target sets from an expression; otherwise an ARG without a default, unknown as before.
    const literal = setting !== undefined && ["string", "number", "boolean"].includes(typeof setting.value);
    return setting !== undefined && !literal ? outcome(unknownValue(`${where} sets a build arg this image uses to a value that is not a literal`), setting, build) : undefined;
  }
  // `FROM tcnative_build-${DISTRIB_NAME}` with the target's DISTRIB_NAME names a stage above.
  if (earlierStages.has(withArgs.text.toLowerCase())) return setting === undefined ? undefined : { ...outcome(withArgs.text, setting, build), stage: true };
  const context = build.contexts.get(withArgs.text);
  if (context) {
    const value = context.value;
    const text = typeof value === "string" ? value : isUnknown(value) && "$expr" in value ? value.$expr.trim() : undefined;
    if (text !== undefined && TARGET_CONTEXT.test(text)) return { ...outcome(withArgs.text, context, build), builtBy: "bake" };
    if (typeof value !== "string") return outcome(unknownValue(`${where} sets the context ${withArgs.text} to a value that is not a literal`), context, build);
    if (value.startsWith("docker-image://")) return outcome(value.slice("docker-image://".length), context, build);
    // A directory, an archive or an OCI layout of the repository: files, not a pulled image.
    return { ...outcome(withArgs.text, context, build), builtBy: "bake" };
  }
  if (setting === undefined || (defaultsOnly.ok && defaultsOnly.text === withArgs.text)) return undefined;
  return outcome(withArgs.text, setting, build);
}

function outcome(reference: string | UnknownMarker, setting: BakeSetting, build: BakeBuild): BakeOutcome {
  return { reference, origin: { document: setting.document, path: setting.path }, target: build.target };
}

/** `from` with the global ARGs' defaults, each replaced by the target's arg where it sets one (a value that is not a literal: unknown). */
function expand(from: string, defaults: Readonly<Record<string, unknown>>, args: ReadonlyMap<string, BakeSetting>): ReturnType<typeof substitute> {
  const declarations = Object.keys(defaults).map((name): [string, string | undefined] => [name, typeof defaults[name] === "string" ? defaults[name] : undefined]);
  const overrides = new Map([...args].map(([name, { value }]) => [name, typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined]));
  return substitute(from, globalArgValues(declarations, "\\", overrides), "\\");
}

/** The target's arg that this `FROM` reads, directly or through another ARG's default. */
function overriding(from: string, defaults: Readonly<Record<string, unknown>>, args: ReadonlyMap<string, BakeSetting>): BakeSetting | undefined {
  const reads = (text: string, name: string): boolean => new RegExp(`\\$\\{?${name}(?![A-Za-z0-9_])`).test(text);
  const used = new Set<string>();
  const visit = (text: string): void => {
    for (const name of Object.keys(defaults)) {
      if (used.has(name) || !reads(text, name)) continue;
      used.add(name);
      const fallback = defaults[name];
      if (typeof fallback === "string") visit(fallback);
    }
  };
  visit(from);
  for (const name of Object.keys(defaults)) if (used.has(name) && args.has(name)) return args.get(name);
  return undefined;
}
