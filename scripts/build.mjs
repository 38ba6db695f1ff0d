// Builds dist/ (committed: the Action and the no-install quick start run from it) and the
// JSON Schemas editors use. Deterministic: CI rebuilds and fails on any diff.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { resolve as resolvePath } from "node:path";
import { pathToFileURL } from "node:url";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { thirdPartyLicenses } from "./third-party-licenses.mjs";
import { Ajv } from "ajv";
import standaloneCodeModule from "ajv/dist/standalone/index.js";

const standaloneCode = standaloneCodeModule.default;

const banner = {
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  js: 'import { createRequire as __norecurCreateRequire } from "node:module";\nconst require = __norecurCreateRequire(import.meta.url);',
};

/** What every bundle of dist/ is built with. */
const common = { bundle: true, platform: "node", target: "node20", legalComments: "none", metafile: true, logLevel: "warning" };
/** norecur's own bundles: @bufbuild/cel's own matches() engine is replaced by the one cel-env.ts passes (see the shim). */
const own = { ...common, alias: { "@bufbuild/re2": "./src/engine/bufbuild-re2-shim.ts" } };

/**
 * The CEL interpreter is a bundle of its own, dist/vendor/cel.cjs, loaded when a run first needs
 * it (src/engine/cel-interpreter.ts): the other bundles take src/engine/interpreter/bundled.ts
 * where the sources import the interpreter directly.
 */
const interpreterOnDemand = {
  name: "cel-interpreter-on-demand",
  setup(build) {
    build.onResolve({ filter: /[\\/]interpreter[\\/]unbundled\.js$/ }, () => ({ path: resolvePath("src/engine/interpreter/bundled.ts") }));
  },
};

/** Fails the build when a bundle that loads the interpreter on demand holds any of it. */
function withoutInterpreter(result) {
  for (const [output, { inputs }] of Object.entries(result.metafile.outputs)) {
    const held = Object.keys(inputs).find((input) => input.includes("node_modules/@bufbuild/") || input.includes("src/engine/interpreter/index.ts"));
    if (held !== undefined) throw new Error(`${output} holds ${held}: the CEL interpreter must load on demand (src/engine/cel-interpreter.ts)`);
  }
  return result;
}

/**
 * `text` in ASCII: every non-ASCII character as a `\u` escape, which means the same character in
 * a string, a JSON text or a regular expression, and is inert in a comment. A file the CLI reads
 * on every run is then a one-byte string, decoded and parsed faster: one non-ASCII character made
 * the 1.7 MB program a two-byte string (11 ms to decode, against 1.5 ms).
 */
const asciiOnly = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

rmSync("dist", { recursive: true, force: true });
const bundled = withoutInterpreter(await build({
  ...own,
  plugins: [interpreterOnDemand],
  entryPoints: { action: "src/action.ts", cli: "src/cli.ts", index: "src/index.ts", "parse-worker": "src/parse/worker.ts" },
  outdir: "dist",
  // One file per entry, not split into chunks: measured on a pre-commit run of 5 files, loading
  // two dozen chunks cost more (0.162 s) than compiling one file (0.150 s). Code a run may not
  // need is kept out of the bundles instead (src/vendor.ts).
  format: "esm",
  banner,
  // The bundles read the built-in pack from dist/builtin-policies.json (src/policy/builtin-manifest.ts).
  define: { __NORECUR_BUNDLED__: "true" },
}));

// The command-line program as CommonJS, which dist/cli.js runs with V8's code cache kept between
// runs (src/cli/compile-cache.ts): Node 20 has no code cache for ES modules. The same loader as
// CommonJS too, dist/cli.cjs, the package's `bin`: an ES module entry loads Node's ES module
// loader first, about 7 ms of every run (a pre-commit run is mostly start-up).
const program = withoutInterpreter(await build({
  ...own,
  plugins: [interpreterOnDemand],
  entryPoints: { "cli-main": "src/cli-main.ts", cli: "src/cli.ts" },
  outdir: "dist",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  banner: {
    // Strict as the ES modules it is built from; import.meta.url as the bundle's own URL.
    js: '"use strict";\nconst __norecurUrl = require("node:url").pathToFileURL(__filename).href;',
  },
  define: { __NORECUR_BUNDLED__: "true", "import.meta.url": "__norecurUrl" },
}));
// The CEL interpreter, with norecur's functions, as CommonJS loaded synchronously when first
// needed (src/engine/cel-interpreter.ts).
const interpreter = await build({
  ...own,
  entryPoints: { cel: "src/engine/interpreter/index.ts" },
  outdir: "dist/vendor",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  banner: { js: '"use strict";\nconst __norecurUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { __NORECUR_BUNDLED__: "true", "import.meta.url": "__norecurUrl" },
});
// The read-ahead worker (src/discover/read-ahead-worker.ts) as a small CommonJS file of its own:
// a worker started from an ES module loads Node's ES module loader first.
const readAheadWorker = await build({
  ...own,
  entryPoints: { "read-ahead": "src/discover/read-ahead-worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
});
// esbuild escapes strings and identifiers, but comments and regular expression literals keep their
// characters. Every bundle is made ASCII: Node reads an ES module as UTF-8 too, and V8 keeps a
// module's source for as long as its functions may compile (the library's 1.5 MB as 2.9 MiB).
for (const bundle of Object.keys({ ...bundled.metafile.outputs, ...program.metafile.outputs, ...interpreter.metafile.outputs, ...readAheadWorker.metafile.outputs })) {
  writeFileSync(bundle, asciiOnly(readFileSync(bundle, "utf8")));
}

execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });

// The schemas are TypeScript modules (one source of truth); write their JSON for editors.
await build({
  stdin: {
    contents:
      'export { policySchema } from "./src/policy/policy-schema.ts"; export { configSchema } from "./src/config/config-schema.ts"; export { waiverSchema } from "./src/waivers/waiver-schema.ts"; export { readmeWithGeneratedTables } from "./src/readme-table.ts"; export { publishedSubjectSchemas, subjectDocWithFields } from "./src/adapters/normalized/schemas/publish.ts"; export { SUBJECT_KINDS } from "./src/types.ts"; export { buildBuiltinManifest, CEL_PATH, MANIFEST_PATH, TEXTS_PATH } from "./src/policy/builtin-manifest.ts"; export { builtinPolicyDir } from "./src/policy/builtin-dir.ts"; export { vendoredPackages } from "./src/vendor.ts"; export { AJV_OPTIONS, shapeKey } from "./src/schema/ajv.ts"; export { paramShape } from "./src/policy/param-types.ts";',
    resolveDir: ".",
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  banner,
  outfile: "build/build-tools.mjs",
  logLevel: "warning",
});
const schemas = await import(pathToFileURL("build/build-tools.mjs").href);

// Libraries a run loads on first use (src/vendor.ts): one CommonJS file each, so that a parser
// or a validator can load its library synchronously where it is called.
const resolvePackage = createRequire(import.meta.url).resolve;
const vendored = await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(schemas.vendoredPackages).map(([name, pkg]) => [name, resolvePackage(pkg)])),
  outdir: "dist/vendor",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
});
// The built-in pack parsed once here rather than on every run.
const pack = schemas.buildBuiltinManifest(schemas.builtinPolicyDir());
// norecur's own schemas compiled here, as Ajv's standalone code: compiling the config schema at
// run time was about 80 ms of every run in a repository with a config (src/schema/ajv.ts).
const ownSchemas = { config: schemas.configSchema, policy: schemas.policySchema, waivers: schemas.waiverSchema };
mkdirSync("build/validators", { recursive: true });
for (const [name, schema] of Object.entries(ownSchemas)) {
  const ajv = new Ajv({ ...schemas.AJV_OPTIONS, code: { source: true } });
  writeFileSync(`build/validators/${name}.cjs`, standaloneCode(ajv, ajv.compile(schema)));
}
// And the param shapes of the built-in policies (src/policy/param-types.ts), by their key.
const shapes = new Map();
for (const { value } of pack.manifest.policies) {
  for (const spec of Object.values(value.params ?? {})) {
    const shape = schemas.paramShape(spec);
    shapes.set(schemas.shapeKey(shape), shape);
  }
}
const shapeList = [...shapes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const paramAjv = new Ajv({ ...schemas.AJV_OPTIONS, code: { source: true } });
shapeList.forEach(([, shape], i) => paramAjv.addSchema(shape, `p${i}`));
writeFileSync("build/validators/param-shapes.cjs", standaloneCode(paramAjv, Object.fromEntries(shapeList.map((_, i) => [`p${i}`, `p${i}`]))));
writeFileSync(
  "build/validators/params.cjs",
  `const shapes = require("./param-shapes.cjs");\nmodule.exports = new Map([\n${shapeList.map(([key], i) => `  [${JSON.stringify(key)}, shapes.p${i}],\n`).join("")}]);\n`,
);
const validators = await build({
  ...common,
  entryPoints: Object.fromEntries([...Object.keys(ownSchemas), "params"].map((name) => [name, `build/validators/${name}.cjs`])),
  outdir: "dist/validators",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
});
for (const file of Object.keys(validators.metafile.outputs)) writeFileSync(file, asciiOnly(readFileSync(file, "utf8")));
// The bundled packages' licence notices ship beside the bundles.
writeFileSync("dist/THIRD-PARTY-LICENSES.txt", thirdPartyLicenses({ inputs: { ...bundled.metafile.inputs, ...program.metafile.inputs, ...interpreter.metafile.inputs, ...vendored.metafile.inputs, ...validators.metafile.inputs } }));
mkdirSync("schemas", { recursive: true });
writeFileSync("schemas/policy.schema.json", `${JSON.stringify(schemas.policySchema, null, 2)}\n`);
writeFileSync("schemas/config.schema.json", `${JSON.stringify(schemas.configSchema, null, 2)}\n`);
writeFileSync("schemas/waivers.schema.json", `${JSON.stringify(schemas.waiverSchema, null, 2)}\n`);
writeFileSync("README.md", schemas.readmeWithGeneratedTables(readFileSync("README.md", "utf8")));
// Every run reads and parses it; one Japanese control title made it a two-byte string.
writeFileSync(schemas.MANIFEST_PATH, `${asciiOnly(JSON.stringify(pack.manifest))}\n`);
writeFileSync(schemas.CEL_PATH, pack.cel);
writeFileSync(schemas.TEXTS_PATH, pack.texts);
// One JSON Schema per subject kind, and the field tables of docs/subjects generated from them.
mkdirSync("schemas/subjects", { recursive: true });
for (const [file, schema] of Object.entries(schemas.publishedSubjectSchemas())) {
  writeFileSync(`schemas/subjects/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
}
for (const kind of schemas.SUBJECT_KINDS) {
  const page = `docs/subjects/${kind}.md`;
  writeFileSync(page, schemas.subjectDocWithFields(kind, readFileSync(page, "utf8")));
}
