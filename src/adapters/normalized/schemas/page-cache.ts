import { flag, list, orUnknown, record, text, unknownMarker, type FieldSchema, type SubjectKindSchema } from "./field-schema.js";

const rule = (description: string): FieldSchema =>
  record(
    {
      syntax: text("The product's pattern syntax.", ["regex", "prefix", "exact", "contains", "wildcard"]),
      pattern: text("The pattern as written."),
      match: orUnknown(text("One RE2 expression matching exactly what the product matches.")),
      setting: text("The setting it was read from."),
    },
    description,
    ["syntax", "pattern", "match", "setting"],
  );

/** Fields of a `page-cache` subject (docs/subjects/page-cache.md). */
export const pageCacheSchema: SubjectKindSchema = {
  value: record(
    {
      scope: text("What the subject is.", ["site", "server", "location", "distribution", "behavior", "rule"]),
      name: text("The site, location, behaviour or rule."),
      enabled: orUnknown(flag("Whether this cache stores full pages at all.")),
      appliesTo: list(rule("A URL path rule the scope caches."), "The URL paths this scope caches."),
      excludedPaths: list(rule("A path kept out of the shared cache."), "Known rules that keep a path out of the shared cache."),
      unresolvedExclusions: list(unknownMarker, "Exclusion rules that are not literals."),
      bypassCookies: list(orUnknown(rule("A cookie that keeps a request away from shared pages.")), "Cookies that keep a request away from shared pages."),
      servesLoggedIn: orUnknown(flag("Whether logged-in users are served shared pages (products with a logged-in switch).")),
      overridesPrivate: orUnknown(flag("Whether Set-Cookie / private / no-store responses are cached anyway.")),
      forcedPublic: list(rule("A path forced into the shared cache."), "Paths forced into the shared cache whatever else says."),
      cachedMethods: list(text("An HTTP method."), "Request methods whose responses are cached."),
      origin: record(
        {
          kind: text(
            "`application`: the cache is part of a site that renders pages per request (a WordPress plugin, nginx in front of PHP); `static`: it stores files (an S3 bucket or website); `unknown`: nothing in the scanned files says.",
            ["application", "static", "unknown"],
          ),
          evidence: text("The setting that shows it, in the product's words."),
          platform: orUnknown(
            text(
              "What renders the pages: `wordpress` (a WordPress cache plugin, or WordPress's paths or cookies in the configuration), `php` (PHP scripts, PHP-FPM or PHP's session cookie); unknown where nothing in the scanned files says.",
              ["wordpress", "php"],
            ),
          ),
        },
        "What the cache stores pages of.",
        ["kind", "evidence", "platform"],
      ),
    },
    "A full-page cache scope and what it keeps out.",
    ["scope", "name", "enabled", "appliesTo", "excludedPaths", "bypassCookies"],
  ),
  meta: record(
    {
      product: text("The product.", ["w3-total-cache", "wp-super-cache", "wp-rocket", "litespeed-cache", "nginx", "cloudfront", "cloudflare", "netlify", "vercel"]),
      site: text("WordPress: the site."),
      module: text("nginx: `fastcgi_cache` or `proxy_cache`."),
      server: text("nginx: the server name."),
      address: text("Terraform address of the resource."),
    },
    "Facts about the subject.",
    ["product"],
  ),
};
