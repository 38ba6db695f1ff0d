import { type PatternRule } from "./shape.js";
/**
 * A Netlify header path (`/contact/*`, `/:lang/form`, or an absolute URL): `*` matches the rest
 * of the path, `:name` one segment. An absolute URL is matched by its path.
 */
export declare function netlifyPathRule(path: string, setting: string): PatternRule;
/**
 * A Vercel `source` in path-to-regexp syntax: `/:slug` one segment, `/:path*` zero or more,
 * `/:path+` one or more, `/:id(\\d+)` a parameter with its own regex, `/(.*)` a bare group; a
 * trailing `/` is optional, as Vercel matches non-strictly. Undefined for unbalanced groups.
 */
export declare function vercelSourceRule(source: string, setting: string): PatternRule | undefined;
