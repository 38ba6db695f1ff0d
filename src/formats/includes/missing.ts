import type { UnresolvedInclude } from "../nginx/includes.js";

/**
 * Files the nginx packages ship and repositories rarely copy: parameters for the upstream
 * protocols, MIME types, charsets, Debian's PHP snippet and certbot's TLS settings. None of them
 * sets caching, logging or security headers, so not finding them leaves nothing unknown.
 */
const NGINX_STOCK = /(^|\/)(fastcgi_params|fastcgi\.conf|proxy_params|uwsgi_params|scgi_params|mime\.types|koi-utf|koi-win|win-utf|snippets\/fastcgi-php\.conf|snippets\/snakeoil\.conf|options-ssl-nginx\.conf)$/;

const GLOB = /[*?[\]{}]/;

/**
 * Whether an include that found nothing may hide settings: a literal path the scan does not
 * hold (the server has the file, the repository does not), or one cut by a bound. A glob that
 * matches nothing includes nothing, for the server too; a cycle's file is read already; the
 * packages' stock files hold no setting a policy reads.
 */
export function hidesSettings(include: Pick<UnresolvedInclude, "pattern" | "reason">): boolean {
  if (include.reason === "cycle") return false;
  if (include.reason === "no match" && GLOB.test(include.pattern)) return false;
  return !NGINX_STOCK.test(include.pattern);
}

/** `null`, or an unknown marker naming the first include that may hide settings. */
export function incompleteMarker(unresolved: readonly UnresolvedInclude[]): null | { $unknown: string } {
  const first = unresolved.find(hidesSettings);
  return first === undefined ? null : { $unknown: `include ${first.pattern} names no file in the scanned tree${first.reason === "no match" ? "" : ` (${first.reason})`}` };
}
