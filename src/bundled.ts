/** Set by the build (scripts/build.mjs) in the bundles; absent when the sources run under the tests. */
declare const __NORECUR_BUNDLED__: boolean | undefined;

/** Whether this code runs from the bundles in dist/, where the files the build writes beside them exist. */
export const BUNDLED = typeof __NORECUR_BUNDLED__ !== "undefined" && __NORECUR_BUNDLED__;
