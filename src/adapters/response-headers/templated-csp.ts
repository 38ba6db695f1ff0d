import type { UnknownMarker } from "../normalized/unknown.js";

// Template holes as the html format recognises them: {{ }}, {% %}, <?php ?>/<?= ?>, <% %>, ${ }.
const HOLE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<\?(?:php|=)?[\s\S]*?\?>|<%[\s\S]*?%>|\$\{[^}]*\}/g;
const MARK = "\u0000";

/**
 * The policy text of a templated CSP meta element whose only template holes are nonces
 * (`script-src 'nonce-{{ csp_nonce }}'`), the usual way a server-rendered page writes its
 * per-request nonce: the policy's structure is then known and only the nonce value is not.
 * Anything else templated (a whole directive, a host list) stays unknown.
 */
export function nonceOnlyPolicy(marker: UnknownMarker): string | undefined {
  if (!("$expr" in marker)) return undefined;
  const text = marker.$expr.replace(HOLE, MARK);
  if (!text.includes(MARK) || /[{}]|<\?|<%/.test(text)) return undefined;
  const tokens = text.split(/[\s;]+/);
  const onlyNonces = tokens.every((token) => !token.includes(MARK) || /^'nonce-[^']*'$/i.test(token));
  return onlyNonces ? text.replaceAll(MARK, "templated") : undefined;
}
