/**
 * Libraries that only some runs need, loaded the first time they are used: the HTML parser, the
 * TOML parser, the JSON parser with positions, the JSON Schema validator, RE2 (for globs and
 * the regex functions) and the GitHub client were a third of the code, and loading code is most
 * of a pre-commit run. js-yaml 5 reads only the YAML files the line reader and js-yaml 4 leave
 * (templates, invalid files, a few unusual ones) and places findings in them. The bundles read each from its own CommonJS file in `dist/vendor/` (built
 * by scripts/build.mjs), which can be loaded synchronously where a parser or a validator is
 * called; under the tests they come from node_modules.
 */
declare const VENDORED: {
    readonly ajv: "ajv";
    readonly jsyaml: "js-yaml";
    readonly momoa: "@humanwhocodes/momoa";
    readonly octokit: "@octokit/rest";
    readonly parse5: "parse5";
    readonly re2js: "re2js";
    readonly toml: "toml-eslint-parser";
};
/** A library loaded on first use, by its name in dist/vendor/. */
export type VendorName = keyof typeof VENDORED;
/** Each vendored library, typed as its package, loaded on first call. */
export declare const vendored: {
    readonly ajv: () => typeof import("ajv");
    readonly jsyaml: () => typeof import("js-yaml");
    readonly momoa: () => typeof import("@humanwhocodes/momoa");
    readonly octokit: () => typeof import("@octokit/rest");
    readonly parse5: () => typeof import("parse5");
    readonly re2js: () => typeof import("re2js");
    readonly toml: () => typeof import("toml-eslint-parser");
};
/** The package names of the vendored libraries, for the build. */
export declare const vendoredPackages: Readonly<Record<VendorName, string>>;
export {};
