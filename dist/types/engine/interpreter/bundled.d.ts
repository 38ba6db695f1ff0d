/** Stands for ./unbundled.ts in the bundles (scripts/build.mjs), which load dist/vendor/cel.cjs instead. */
export declare const unbundledInterpreter: undefined;
