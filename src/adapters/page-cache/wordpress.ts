import { posix } from "node:path";
import type { PatternRule } from "./shape.js";

/**
 * WordPress names its login cookie `wordpress_logged_in_<hash of the site URL>`; plugins that
 * "don't cache for logged-in users" look for that prefix.
 */
export function loggedInCookieRule(setting: string): PatternRule {
  return { syntax: "prefix", pattern: "wordpress_logged_in", match: "^wordpress_logged_in", setting };
}

/**
 * The WordPress site a plugin file belongs to, named by the directory holding `wp-content`
 * (`.` at the scan root), so that findings read "site blog/" rather than a file name.
 */
export function siteOf(file: string): string {
  const index = file.lastIndexOf("wp-content/");
  if (index < 0) return posix.dirname(file);
  const root = file.slice(0, index).replace(/\/$/, "");
  return root === "" ? "." : root;
}
