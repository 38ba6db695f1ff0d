/** Update types Renovate raises for ordinary dependencies. */
export const UPDATE_TYPES = ["major", "minor", "patch", "pin", "digest"];

/** packageRule keys that narrow the packages a rule applies to (update types and managers do not). */
const PACKAGE_MATCHERS = /^(?:match|exclude)(?!UpdateTypes$|Managers$)/;

/** `:name` and `default:name` are the same built-in preset. */
export function presetName(entry: unknown): string | undefined {
  return typeof entry === "string" ? /^(?:default)?:([A-Za-z]+)$/.exec(entry)?.[1] : undefined;
}

/** The strings of a list; anything else is no list. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A packageRule that applies to every package (it may still narrow update types or managers). */
export function appliesToAllPackages(rule: Record<string, unknown>): boolean {
  return !Object.keys(rule).some((key) => PACKAGE_MATCHERS.test(key));
}
