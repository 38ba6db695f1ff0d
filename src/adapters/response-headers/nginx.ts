import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { resolveIncludes, type NginxLocation } from "../../formats/nginx/index.js";
import type { ResolvedDirective } from "../../formats/nginx/includes.js";
import type { EffectiveMap } from "../../formats/nginx/effective.js";
import { createLookup } from "../../formats/includes/index.js";
import type { Origin } from "../normalized/source-map.js";
import { unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";
import { enclosingBlocks, nodeAt, unresolvedInBlock } from "../page-cache/nginx-scope.js";
import { hidesSettings } from "../../formats/includes/missing.js";
import { cspValue, isCspHeader } from "./csp.js";
import { ResponseHeadersBuilder } from "./shape.js";

/**
 * nginx `add_header`, one subject per server, and per location that writes an `add_header` of
 * its own, that sends a CSP or drops one. Includes are expanded as the whole run expands them,
 * and headers are inherited as nginx does: a level with any `add_header` of its own keeps none
 * of the enclosing level's, so a location that adds `X-Frame-Options` silently loses the
 * server's Content-Security-Policy (the `effective` view of docs/formats/nginx.md).
 */
export function nginxSubjects(parsed: readonly ParsedDocument[]): Subject[] {
  const documents = parsed.filter((p) => p.format === "nginx").map((p) => p.document);
  if (documents.length === 0) return [];
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const lookup = createLookup("nginx", documents);
  const subjects: Subject[] = [];
  for (const root of documents) {
    // An included file is read where its includer includes it (the run marks it `includedBy`).
    if (isRecord(root.value) && Array.isArray(root.value["includedBy"])) continue;
    const resolved = resolveIncludes(root, lookup);
    // Includes inside a server or location that matched no scanned file: they may set headers.
    const missingIncludes = (source: DocPath): Origin[] =>
      unresolvedInBlock(resolved.directives, resolved.unresolved, source).filter(hidesSettings).flatMap((u) => {
        const document = byFile.get(u.file);
        return document ? [{ document, path: u.path }] : [];
      });
    const origin = (source: DocPath, extra: DocPath = []): Origin | undefined => {
      const node = nodeAt(resolved.directives, source);
      const document: Document | undefined = node ? byFile.get(node.file) : undefined;
      return node && document ? { document, path: [...node.path, ...extra] } : undefined;
    };
    const http = httpHeaders(resolved.directives);
    for (const server of resolved.servers) {
      const serverName = `nginx server ${server.serverNames[0] ?? "_"}`;
      // Includes of the server or the http block that the scan lacks may send a CSP for it.
      const around = enclosingBlocks(server.source).flatMap(missingIncludes);
      const serverSubject = scope(root.file, serverName, server.source, server.effective, { effective: { add_header: http }, name: "the http block" }, origin, missingIncludes, around[0]);
      if (serverSubject) subjects.push(serverSubject);
      const visit = (locations: readonly NginxLocation[], parent: EffectiveMap, parentName: string): void => {
        for (const location of locations) {
          const name = `${parentName} location ${location.modifier ? `${location.modifier} ` : ""}${location.pattern}`;
          // Only a location with its own add_header differs from its parent.
          const own = (location.effective["add_header"] ?? []).some((d) => !sameSource(d.source, parent["add_header"]));
          if (own) {
            const subject = scope(root.file, name, location.source, location.effective, { effective: parent, name: parentName }, origin, missingIncludes);
            if (subject) subjects.push(subject);
          }
          visit(location.locations, location.effective, name);
        }
      };
      visit(server.locations, server.effective, serverName);
    }
  }
  return subjects;
}

/**
 * The `add_header` directives written at the http level: in the `http` block, or at the top of a
 * file without one (a `conf.d` file included inside `http`), as the effective view reads levels.
 */
function httpHeaders(directives: readonly ResolvedDirective[]): EffectiveMap[string] {
  const index = directives.findIndex((d) => d.name === "http" && d.block !== undefined);
  const http = index >= 0 ? directives[index]?.block ?? [] : directives;
  const base: DocPath = index >= 0 ? ["directives", index, "block"] : ["directives"];
  return http.flatMap((d, i) => (d.name === "add_header" && d.block === undefined ? [{ name: d.name, args: d.args, source: [...base, i] }] : []));
}

function sameSource(source: DocPath, list: ReadonlyArray<{ source: DocPath }> | undefined): boolean {
  const key = JSON.stringify(source);
  return (list ?? []).some((d) => JSON.stringify(d.source) === key);
}

function scope(
  file: string,
  name: string,
  source: DocPath,
  effective: EffectiveMap,
  parent: { effective: EffectiveMap; name: string } | undefined,
  origin: (source: DocPath, extra?: DocPath) => Origin | undefined,
  missingIncludes: (source: DocPath) => Origin[],
  unread?: Origin,
): Subject | undefined {
  const rootOrigin = origin(source);
  if (!rootOrigin) return undefined;
  const builder = new ResponseHeadersBuilder(rootOrigin, name);
  if (unread) builder.unread(unknownValue("this level includes a file that is not in the scanned tree and may send a Content-Security-Policy"), unread);
  const headers = effective["add_header"] ?? [];
  for (const directive of headers) {
    const [header, value] = directive.args;
    if (header === undefined || value === undefined || !isCspHeader(header)) continue;
    const at = origin(directive.source, ["args", 1]);
    if (at) builder.csp(cspValue(header, runTimeValue(header, value)), at);
  }
  if (parent) {
    const first = headers.find((d) => !sameSource(d.source, parent.effective["add_header"]));
    const dropper = first ? origin(first.source) : undefined;
    for (const inherited of parent.effective["add_header"] ?? []) {
      const [header, value] = inherited.args;
      if (header === undefined || value === undefined || !isCspHeader(header)) continue;
      // Set again at this level (the same snippet included in the location): nothing is lost.
      if (headers.some((d) => d.args[0]?.toLowerCase() === header.toLowerCase())) continue;
      // A file this level includes but the run could not find may set the CSP again.
      const missing = missingIncludes(source)[0];
      if (missing) builder.maybeDiscarded(unknownValue(`this level includes a file that is not in the scanned tree and may set ${header} again`), missing);
      else if (dropper) builder.discard({ header, value, from: parent.name }, dropper);
    }
  }
  return builder.empty ? undefined : builder.build({ id: `nginx:${file}#${name}`, product: "nginx", format: "nginx" });
}

/** An nginx variable in a directive argument: `$csp`, `${csp}`. */
const VARIABLE = /\$(?:\{\w+\}|\w+)/;

/**
 * A header value as far as it is known before a request: a variable (filled by a `map` or a
 * `set`) may hold any directives, so the policy is unknown rather than read as the variable's
 * name. A variable inside a `'nonce-…'` source only changes the nonce.
 */
function runTimeValue(header: string, value: string): string | UnknownMarker {
  const variable = VARIABLE.exec(value.replace(/'nonce-[^'\s;]*'/gi, ""))?.[0];
  return variable === undefined ? value : unknownValue(`the ${header} value uses ${variable}, which nginx fills in per request`);
}
