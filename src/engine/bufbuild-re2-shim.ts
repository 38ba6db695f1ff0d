import { vendored } from "../vendor.js";

/**
 * Stands in for `@bufbuild/re2` in the bundles (scripts/build.mjs aliases it here). Only
 * @bufbuild/cel's standard `matches()` imports it, and cel-env.ts gives every environment its own
 * RE2 (`re2Engine`: re2js, cached and bounded), which replaces that `matches()`: the second regex
 * engine was 130 KB of every start-up, never called. Should anything call it still, it gets re2js.
 */
export const RE2JS = {
  compile(pattern: string): { test(text: string): boolean } {
    return vendored.re2js().RE2JS.compile(pattern);
  },
};
