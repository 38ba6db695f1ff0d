import { type PatternRule } from "./shape.js";
/**
 * WordPress names its login cookie `wordpress_logged_in_<hash of the site URL>`; plugins that
 * "don't cache for logged-in users" look for that prefix.
 */
export declare function loggedInCookieRule(setting: string): PatternRule;
/**
 * A cookie named exactly (a CDN cache key, a `missing` condition). A login cookie named with
 * its site hash stands for every site's login cookie: the policies test a placeholder hash.
 */
export declare function namedCookieRule(name: string, setting: string): PatternRule;
/**
 * The WordPress site a plugin file belongs to, named by the directory holding `wp-content`
 * (or the export file's directory), so that findings read "the WordPress site in blog/".
 */
export declare function siteOf(file: string): string;
