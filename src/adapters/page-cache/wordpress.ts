import { posix } from "node:path";
import { exactRule, type PatternRule } from "./shape.js";

/**
 * WordPress names its login cookie `wordpress_logged_in_<hash of the site URL>`; plugins that
 * "don't cache for logged-in users" look for that prefix.
 */
export function loggedInCookieRule(setting: string): PatternRule {
  return { syntax: "prefix", pattern: "wordpress_logged_in", match: "^wordpress_logged_in", setting };
}

/**
 * A cookie named exactly (a CDN cache key, a `missing` condition). A login cookie named with
 * its site hash stands for every site's login cookie: the policies test a placeholder hash.
 */
export function namedCookieRule(name: string, setting: string): PatternRule {
  return /^wordpress_logged_in_[0-9a-f]{32}$/.test(name) ? { ...loggedInCookieRule(setting), pattern: name } : exactRule(name, setting);
}

/**
 * The WordPress site a plugin file belongs to, named by the directory holding `wp-content`
 * (or the export file's directory), so that findings read "the WordPress site in blog/".
 */
export function siteOf(file: string): string {
  const index = file.lastIndexOf("wp-content/");
  const root = index < 0 ? posix.dirname(file) : file.slice(0, index).replace(/\/$/, "");
  return root === "" || root === "." ? "the WordPress site" : `the WordPress site in ${root}/`;
}
