import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { resolveIncludes, type NginxLocation } from "../../formats/nginx/index.js";
import type { ResolvedDirective } from "../../formats/nginx/includes.js";
import type { Origin } from "../normalized/source-map.js";
import { PageCacheBuilder } from "./builder.js";
import { createLookup } from "../../formats/includes/index.js";
import { includedFiles } from "./nginx-includes.js";
import { all, appliesTo, conditionsIn, enclosingBlocks, isComputedValue, isSkipValue, last, mapsIn, matchRule, nodeAt, takesPrecedence, unresolvedInBlock, type Condition, type NginxMap } from "./nginx-scope.js";
import { unknownValue } from "../normalized/unknown.js";
import { hidesSettings } from "../../formats/includes/missing.js";
import { exactRule, regexRule } from "./shape.js";
import { namedCookieRule } from "./wordpress.js";
import type { ProductReader } from "../normalized/product-reader.js";

/** The cache modules: `fastcgi_cache` serves PHP-FPM (WordPress), `proxy_cache` a reverse proxy. */
const MODULES = [
  { prefix: "fastcgi", handler: "fastcgi_pass" },
  { prefix: "proxy", handler: "proxy_pass" },
] as const;

type Module = (typeof MODULES)[number];

/**
 * nginx `fastcgi_cache` / `proxy_cache`, one subject per location that passes requests to an
 * upstream with a cache zone in force (includes expanded, directives inherited as nginx does).
 * A path is excluded when a rewrite-phase `if` on `$request_uri` sets a variable that both
 * `*_cache_bypass` (do not answer from cache) and `*_no_cache` (do not store) list: one without
 * the other still lets the page into the cache or out of it. Cookies are read the same way from
 * `if ($http_cookie ~ ...)` and from `$cookie_<name>` in both lists.
 */
export function nginxSubjects(parsed: readonly ParsedDocument[]): Subject[] {
  const documents = parsed.filter((p) => p.format === "nginx").map((p) => p.document);
  if (documents.length === 0) return [];
  const byFile = new Map(documents.map((d) => [d.file, d]));
  // Includes are found as the whole run finds them (src/formats/includes).
  const lookup = createLookup("nginx", documents);
  const included = includedFiles(documents, lookup);
  const subjects: Subject[] = [];
  for (const root of documents) {
    if (included.has(root.file)) continue;
    const resolved = resolveIncludes(root, lookup);
    const nodeOrigin = (node: ResolvedDirective | undefined, extra: DocPath = []): Origin | undefined => {
      const document = node ? byFile.get(node.file) : undefined;
      return node && document ? { document, path: [...node.path, ...extra] } : undefined;
    };
    const context: Context = {
      root,
      nodeAt: (path) => nodeAt(resolved.directives, path),
      origin: (path, extra = []) => nodeOrigin(nodeAt(resolved.directives, path), extra),
      nodeOrigin,
      maps: mapsIn(resolved.directives, nodeOrigin),
      missingIncludes: (source) =>
        enclosingBlocks(source)
          .flatMap((block) => unresolvedInBlock(resolved.directives, resolved.unresolved, block))
          .filter(hidesSettings)
          .flatMap((u) => {
            const document = byFile.get(u.file);
            return document ? [{ pattern: u.pattern, origin: { document, path: u.path } }] : [];
          }),
    };
    for (const server of resolved.servers) {
      const serverNode = context.nodeAt(server.source);
      const serverConditions = conditionsIn(serverNode, nodeOrigin);
      const name = server.serverNames[0] ?? "_";
      const words = { all: serverWords(serverNode, true), own: serverWords(serverNode, false) };
      const visit = (locations: readonly NginxLocation[]): void => {
        locations.forEach((location, index) => {
          for (const module of MODULES) {
            const subject = locationSubject(context, { module, location, siblings: locations, index, serverConditions, name, words });
            if (subject) subjects.push(subject);
          }
          visit(location.locations);
        });
      };
      visit(server.locations);
    }
  }
  return subjects;
}

/** The resolved tree of one root file, and how to get back to the files it was read from. */
interface Context {
  root: Document;
  nodeAt: (path: DocPath) => ResolvedDirective | undefined;
  origin: (path: DocPath, extra?: DocPath) => Origin | undefined;
  nodeOrigin: (node: ResolvedDirective | undefined, extra?: DocPath) => Origin | undefined;
  maps: NginxMap[];
  /** Includes around `source` that found no file in the scan and may hide settings (`hidesSettings`). */
  missingIncludes: (source: DocPath) => Array<{ pattern: string; origin: Origin }>;
}

interface LocationInput {
  module: Module;
  location: NginxLocation;
  /** The locations at the same level, in file order, and this one's index among them. */
  siblings: readonly NginxLocation[];
  index: number;
  serverConditions: Condition[];
  name: string;
  /**
   * The server's directives as text, includes expanded, with its locations (`all`) and without
   * them (`own`): WordPress's paths and cookies there say what renders the cached pages.
   */
  words: { all: string; own: string };
}

/** A block's directive names and arguments, includes expanded, as one text; nested locations only with `locations`. */
function serverWords(node: ResolvedDirective | undefined, locations: boolean): string {
  const words: string[] = [];
  const visit = (directive: ResolvedDirective): void => {
    words.push(directive.name, ...directive.args);
    for (const child of directive.block ?? []) if (locations || child.name !== "location") visit(child);
  };
  if (node) visit(node);
  return words.join(" ");
}

function locationSubject(context: Context, input: LocationInput): Subject | undefined {
  const { module, location } = input;
  const { origin } = context;
  const { prefix } = module;
  const zone = last(location.effective, `${prefix}_cache`);
  if (zone === undefined || zone.args[0] === "off" || !(module.handler in location.effective)) return undefined;
  const zoneOrigin = origin(zone.source, ["args", 0]);
  const locationOrigin = origin(location.source);
  if (!zoneOrigin || !locationOrigin) return undefined;
  const scopeName = `${input.name} location ${location.modifier ? `${location.modifier} ` : ""}${location.pattern}`;
  const cache = new PageCacheBuilder(locationOrigin, "location", scopeName);
  // PHP-FPM behind fastcgi_pass serves the whole site's pages, so the whole server says what it
  // is; a proxied location is what its own upstream is, as far as its block and the server's own
  // directives say.
  if (module.prefix === "fastcgi") cache.platformHint(input.words.all);
  else cache.platformHint(input.words.own).platformHint(serverWords(context.nodeAt(location.source), true));
  cache.flag("enabled", true, zoneOrigin);
  cache.rule("appliesTo", appliesTo(location), origin(location.source, ["args"]) ?? locationOrigin);

  const bypass = all(location.effective, `${prefix}_cache_bypass`);
  const noCache = all(location.effective, `${prefix}_no_cache`);
  const skips = (variable: string) => bypass.some((d) => d.args.includes(variable)) && noCache.some((d) => d.args.includes(variable));
  const listOrigin = (noCache[0] && origin(noCache[0].source)) ?? (bypass[0] && origin(bypass[0].source)) ?? zoneOrigin;
  cache.listOrigin("excludedPaths", listOrigin).listOrigin("bypassCookies", listOrigin);

  const excludedMethods = new Set<string>();
  // Inside a location, `$uri` is already the rewritten `/index.php`; only `$request_uri` still
  // holds the page's path. At server level the rewrite has not happened yet.
  const pathVariables = (atServer: boolean) => (atServer ? ["$request_uri", "$uri", "$document_uri"] : ["$request_uri"]);
  const conditions = [
    ...input.serverConditions.map((c) => ({ ...c, atServer: true })),
    ...conditionsIn(context.nodeAt(location.source), context.nodeOrigin).map((c) => ({ ...c, atServer: false })),
  ];
  for (const condition of conditions) {
    if (!condition.sets.some(skips)) {
      if (condition.maySet.some(skips)) possibleSkip(cache, condition.variable, pathVariables(condition.atServer), `if (${condition.variable} ${condition.operator} ...) sets the skip flag from a variable`, condition.origin);
      continue;
    }
    const { variable, operator, operand, origin: from } = condition;
    const ignoreCase = operator === "~*";
    if (pathVariables(condition.atServer).includes(variable)) {
      if (operator === "~" || operator === "~*") cache.rule("excludedPaths", regexRule(operand, `if (${variable} ${operator} ...)`, ignoreCase ? `(?i)${operand}` : operand), from);
      else if (operator === "=") cache.rule("excludedPaths", exactRule(operand, `if (${variable} = ...)`), from);
    } else if (variable === "$http_cookie" && (operator === "~" || operator === "~*")) {
      cache.rule("bypassCookies", regexRule(operand, `if ($http_cookie ${operator} ...)`, ignoreCase ? `(?i)${operand}` : operand), from);
    } else if (variable === "$request_method" && operator === "=") {
      excludedMethods.add(operand.toUpperCase());
    }
  }
  for (const map of context.maps) {
    if (!skips(map.target)) continue;
    for (const entry of map.entries) {
      const setting = `map ${map.source} ${map.target}`;
      if (isComputedValue(entry.value)) {
        possibleSkip(cache, map.source, ["$request_uri"], `${setting} sets the skip flag from a variable`, entry.origin);
        continue;
      }
      if (!isSkipValue(entry.value)) continue;
      const rule =
        entry.kind === "default"
          ? regexRule("default", `${setting} (default)`, "")
          : entry.kind === "regex"
            ? regexRule(entry.pattern, setting, entry.ignoreCase ? `(?i)${entry.pattern}` : entry.pattern)
            : exactRule(entry.pattern, setting);
      // A map is computed when the flag is read, after the rewrite to /index.php: only
      // $request_uri still holds the page's path there.
      if (map.source === "$request_uri") cache.rule("excludedPaths", rule, entry.origin);
      else if (map.source === "$http_cookie") cache.rule("bypassCookies", rule, entry.origin);
      else if (map.source === "$request_method" && entry.kind === "exact") excludedMethods.add(entry.pattern.toUpperCase());
    }
  }
  for (const directive of bypass) {
    directive.args.forEach((arg, i) => {
      if (!skips(arg)) return;
      const from = origin(directive.source, ["args", i]);
      if (!from) return;
      if (arg.startsWith("$cookie_")) cache.rule("bypassCookies", exactRule(arg.slice("$cookie_".length), `${prefix}_cache_bypass ${arg}`), from);
      else if (arg === "$http_cookie") cache.rule("bypassCookies", regexRule("(any cookie)", `${prefix}_cache_bypass $http_cookie`, ""), from);
    });
  }
  // Cookies in the cache key give each cookie value entries of its own.
  const key = last(location.effective, `${prefix}_cache_key`);
  const keyText = key?.args.join(" ") ?? "";
  const keyOrigin = key ? origin(key.source, ["args", 0]) : undefined;
  if (keyOrigin) {
    for (const match of keyText.matchAll(/\$(?:\{cookie_(\w+)\}|cookie_(\w+))/g)) {
      const name = match[1] ?? match[2] ?? "";
      cache.rule("bypassCookies", namedCookieRule(name, `${prefix}_cache_key`), keyOrigin);
    }
    if (/\$(?:\{http_cookie\}|http_cookie\b)/.test(keyText)) cache.rule("bypassCookies", regexRule("(any cookie)", `${prefix}_cache_key $http_cookie`, ""), keyOrigin);
  }
  siblingExclusions(context, input, cache);
  // A file included around this location that the scan does not hold may exclude pages, bypass
  // cookies or override the origin's headers: what the known rules leave cached is unknown.
  const missing = context.missingIncludes(location.source)[0];
  if (missing) {
    const why = (what: string) => unknownValue(`include ${missing.pattern} names no file in the scanned tree, and it may ${what}`);
    cache.unresolvedExclusion(why("exclude pages from the cache"), missing.origin);
    cache.unknownCookies(why("bypass the cache for cookies"), missing.origin);
  }

  const ignored = last(location.effective, `${prefix}_ignore_headers`);
  const overriding = ignored?.args.findIndex((h) => /^(set-cookie|cache-control)$/i.test(h)) ?? -1;
  if (ignored && overriding >= 0) cache.flag("overridesPrivate", true, origin(ignored.source, ["args", overriding]));
  else if (missing) cache.flag("overridesPrivate", unknownValue(`include ${missing.pattern} names no file in the scanned tree, and it may set ${prefix}_ignore_headers`), missing.origin);
  else cache.flag("overridesPrivate", false, ignored ? origin(ignored.source) : zoneOrigin);

  const methods = last(location.effective, `${prefix}_cache_methods`);
  // nginx always caches GET and HEAD; the directive adds to them.
  const listed = new Set(["GET", "HEAD", ...(methods?.args.map((m) => m.toUpperCase()) ?? [])]);
  const cached = [...listed].filter((m) => !excludedMethods.has(m));
  const post = methods?.args.findIndex((m) => m.toUpperCase() === "POST") ?? -1;
  cache.methods(cached, methods ? origin(methods.source, post >= 0 ? ["args", post] : []) : zoneOrigin);
  return cache.build({
    id: `nginx:${context.root.file}#${scopeName}#${prefix}_cache`,
    product: "nginx",
    format: "nginx",
    meta: { module: `${prefix}_cache`, server: input.name },
  });
}


/**
 * A skip flag set from another variable (`set $skip_cache $flag;`, a `map` line whose value is a
 * variable): whether the condition's paths or cookies skip the cache is not known, so they are
 * possible exclusions, not known ones.
 */
function possibleSkip(cache: PageCacheBuilder, variable: string, pathVariables: readonly string[], why: string, from: Origin): void {
  const marker = unknownValue(`${why}; whether it skips the cache is not known`);
  if (pathVariables.includes(variable)) cache.unresolvedExclusion(marker, from);
  else if (variable === "$http_cookie") cache.unknownCookies(marker, from);
}

/**
 * Other locations of the same level that take a request before this one and answer it
 * themselves without the cache: for those paths the cache here is never consulted.
 */
function siblingExclusions(context: Context, input: LocationInput, cache: PageCacheBuilder): void {
  const { prefix } = input.module;
  input.siblings.forEach((other, i) => {
    if (i === input.index || !takesPrecedence(other, i, input.location, input.index)) return;
    const zone = last(other.effective, `${prefix}_cache`);
    if (zone !== undefined && zone.args[0] !== "off") return;
    // A location that hands the request on (`try_files ... /index.php`) sends it back to the
    // caching one: only a location that answers itself keeps its paths out.
    if (!(input.module.handler in other.effective) && !("return" in other.effective)) return;
    const from = context.origin(other.source, ["args"]);
    const setting = `location ${other.modifier ? `${other.modifier} ` : ""}${other.pattern} (no ${prefix}_cache)`;
    if (from) cache.rule("excludedPaths", matchRule(other, setting), from);
  });
}

/** What this module reads, and how. */
export const nginxReader: ProductReader = { formats: ["nginx"], read: ({ documents }) => nginxSubjects(documents) };
