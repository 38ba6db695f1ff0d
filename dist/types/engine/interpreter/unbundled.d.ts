import * as interpreter from "./index.js";
/**
 * The interpreter for code that runs from the sources (the tests, the build's own tools): a
 * plain import. The bundles replace this module with ./bundled.ts (scripts/build.mjs) and load
 * dist/vendor/cel.cjs instead, on first use (../cel-interpreter.ts).
 */
export declare const unbundledInterpreter: typeof interpreter | undefined;
