import { createRequire } from "node:module";
import { join } from "node:path";
import { packageRoot } from "./package-root.js";
import { BUNDLED } from "./bundled.js";

/**
 * Libraries that only some runs need, loaded the first time they are used: the HTML parser, the
 * TOML parser, the JSON parser with positions, the JSON Schema validator, RE2 (for globs and
 * the regex functions) and the GitHub client were a third of the code, and loading code is most
 * of a pre-commit run. js-yaml 5 reads only the YAML files the line reader and js-yaml 4 leave
 * (templates, invalid files, a few unusual ones) and places findings in them. The bundles read each from its own CommonJS file in `dist/vendor/` (built
 * by scripts/build.mjs), which can be loaded synchronously where a parser or a validator is
 * called; under the tests they come from node_modules.
 */
const VENDORED = {
  ajv: "ajv",
  jsyaml: "js-yaml",
  momoa: "@humanwhocodes/momoa",
  octokit: "@octokit/rest",
  parse5: "parse5",
  re2js: "re2js",
  toml: "toml-eslint-parser",
} as const;

/** A library loaded on first use, by its name in dist/vendor/. */
export type VendorName = keyof typeof VENDORED;

const loaded = new Map<VendorName, unknown>();
const load = createRequire(import.meta.url);

/** The package behind `name`, loaded on first call. */
function vendor<T>(name: VendorName): T {
  let module = loaded.get(name);
  if (module === undefined) {
    module = BUNDLED ? load(join(packageRoot(), "dist", "vendor", `${name}.cjs`)) : load(VENDORED[name]);
    loaded.set(name, module);
  }
  return module as T;
}

/** Each vendored library, typed as its package, loaded on first call. */
export const vendored = {
  ajv: (): typeof import("ajv") => vendor("ajv"),
  jsyaml: (): typeof import("js-yaml") => vendor("jsyaml"),
  momoa: (): typeof import("@humanwhocodes/momoa") => vendor("momoa"),
  octokit: (): typeof import("@octokit/rest") => vendor("octokit"),
  parse5: (): typeof import("parse5") => vendor("parse5"),
  re2js: (): typeof import("re2js") => vendor("re2js"),
  toml: (): typeof import("toml-eslint-parser") => vendor("toml"),
} as const satisfies Record<VendorName, () => unknown>;

/** The package names of the vendored libraries, for the build. */
export const vendoredPackages: Readonly<Record<VendorName, string>> = VENDORED;
