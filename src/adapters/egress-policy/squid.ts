import { posix } from "node:path";
import type { SquidAcl, SquidAccessRule, SquidConfig } from "../../formats/squid.js";
import type { DocPath, Document, Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import { ZoneBuilder, addTo, isRecord } from "./model.js";

/** ACL types that name the destination of a request. */
const DESTINATION = new Set(["dstdomain", "dstdom_regex", "dst", "dst_as", "ssl::server_name", "ssl::server_name_regex", "url_regex"]);
/** ACLs Squid defines itself (Squid 4 and later), by type. */
const LOOPBACK = new Set(["127.0.0.1", "127.0.0.1/32", "127.0.0.1/255.255.255.255", "::1", "::1/128"]);
const PREDEFINED: Record<string, string> = { all: "src", localhost: "src", to_localhost: "dst", to_linklocal: "dst", manager: "url_regex", CONNECT: "method" };

/** One step of the expanded configuration, in the order Squid reads it. */
type Step =
  | { kind: "rule"; rule: SquidAccessRule; document: Document; index: number }
  | { kind: "unresolved"; pattern: string; reason: string; document: Document; path: DocPath };

interface AclSource {
  name: string;
  acl: SquidAcl;
  document: Document;
}

/** The `resolved` view the include step adds to a Squid document with `include` lines (docs/formats/includes.md). */
interface Resolved {
  directives: Array<{ name: string; file: string; path: DocPath }>;
  http_access: Array<SquidAccessRule & { file: string; path: DocPath }>;
  unresolved: Array<{ file: string; path: DocPath; pattern: string; reason: string }>;
}

/**
 * Squid forward proxies, one zone per top-level Squid file (`squid.conf`, or a file no other
 * scanned file includes that has `http_access` rules). Included files are read where their
 * `include` line stands (the run's include step expands them). `http_access` rules are read as
 * Squid runs them: top-down, first match wins, and with no match the opposite of the last rule
 * applies. The proxy allows by default when some `allow` rule names no destination ACL (only
 * clients, ports or methods) and no earlier `deny !<destination>` has already refused every
 * unlisted destination: the blocklist shape of a stock configuration. Domains of `dstdomain`
 * and `ssl::server_name` ACLs in `allow` rules are the allowlist; values read from files are
 * unknown. An include that names a file missing from the scan makes the verdict after it
 * unknown; a glob that matches nothing adds nothing, as in Squid.
 */
export const squidAdapter: Adapter = ({ documents }) => {
  const squid = documents.filter((d) => d.format === "squid" && isSquidConfig(d.document.value)).map((d) => d.document);
  const byFile = new Map(squid.map((d) => [d.file, d]));
  const subjects: Subject[] = [];
  for (const document of squid) {
    const value = document.value as SquidConfig & { includedBy?: unknown; resolved?: unknown };
    if (value.includedBy !== undefined) continue;
    const { steps, files } = stepsOf(document, byFile);
    if (posix.basename(document.file) !== "squid.conf" && !steps.some((s) => s.kind === "rule")) continue;
    subjects.push(zoneOf(document, steps, files));
  }
  return subjects;
};

/** The parser's shape; anything else (a document from elsewhere) is not read. */
function isSquidConfig(value: unknown): value is SquidConfig {
  return isRecord(value) && Array.isArray(value["directives"]) && Array.isArray(value["http_access"]) && Array.isArray(value["includes"]) && isRecord(value["acls"]);
}

function isAcl(value: unknown): value is SquidAcl {
  return isRecord(value) && typeof value["type"] === "string" && Array.isArray(value["values"]) && Array.isArray(value["files"]);
}

function config(document: Document): SquidConfig {
  return document.value as SquidConfig;
}

function asResolved(value: unknown): Resolved | undefined {
  if (!isRecord(value)) return undefined;
  const { directives, http_access, unresolved } = value;
  return Array.isArray(directives) && Array.isArray(http_access) && Array.isArray(unresolved) ? (value as unknown as Resolved) : undefined;
}

/**
 * The rules of a file in reading order, with its includes expanded and unresolved includes where
 * they stand, and every file the expanded configuration reads (ACLs may be defined in any of them).
 */
function stepsOf(main: Document, byFile: ReadonlyMap<string, Document>): { steps: Step[]; files: Document[] } {
  const resolved = asResolved((main.value as { resolved?: unknown }).resolved);
  if (resolved === undefined) return { steps: config(main).http_access.map((rule, index) => ({ kind: "rule", rule, document: main, index })), files: [main] };
  const files = new Set<Document>([main]);
  for (const directive of resolved.directives) {
    const document = byFile.get(directive.file);
    if (document) files.add(document);
  }
  const steps: Step[] = [];
  const pending = [...resolved.unresolved];
  const flush = (before?: { file: string; at: number }): void => {
    for (let i = 0; i < pending.length; ) {
      const u = pending[i];
      if (u !== undefined && (before === undefined || (u.file === before.file && Number(u.path[1]) < before.at))) {
        const document = byFile.get(u.file);
        if (document) steps.push({ kind: "unresolved", pattern: u.pattern, reason: u.reason, document, path: u.path });
        pending.splice(i, 1);
      } else i++;
    }
  };
  let next = 0;
  for (const directive of resolved.directives) {
    flush({ file: directive.file, at: Number(directive.path[1]) });
    if (directive.name !== "http_access") continue;
    const rule = resolved.http_access[next++];
    const document = rule ? byFile.get(rule.file) : undefined;
    if (rule && document) steps.push({ kind: "rule", rule, document, index: Number(rule.path[1]) });
  }
  flush();
  return { steps, files: [...files] };
}

function zoneOf(main: Document, steps: readonly Step[], files: readonly Document[]): Subject {
  const acls = new Map<string, AclSource[]>();
  for (const document of files) {
    for (const [name, acl] of Object.entries(config(document).acls)) {
      if (isAcl(acl)) addTo(acls, name, { name, acl, document });
    }
  }
  const typeOf = (name: string): string | undefined => acls.get(name)?.[0]?.acl.type ?? PREDEFINED[name];
  // Squid's predefined `localhost`, or an ACL of that name redefined with loopback addresses only.
  const isLoopback = (name: string): boolean => {
    if (name !== "localhost") return false;
    const defined = acls.get(name);
    if (defined === undefined) return true;
    return defined.every(({ acl }) => acl.type === "src" && acl.files.length === 0 && acl.values.every((v) => LOOPBACK.has(v)));
  };
  const zone = new ZoneBuilder("squid", "squid", { document: main, path: [] }, { kind: "squid-proxy", name: main.file });
  let restricted = false;
  let unseen: Extract<Step, { kind: "unresolved" }> | undefined;
  let decided: { action: "allow" | "deny" | UnknownMarker; document: Document; path: DocPath } | undefined;
  // Once an include could not be read, what Squid decides later depends on rules that are not in the scan.
  const decide = (action: "allow" | "deny" | UnknownMarker, document: Document, path: DocPath): void => {
    decided = unseen
      ? { action: unknownValue(`include ${unseen.pattern} (${unseen.reason}) may add rules that Squid reads first`), document: unseen.document, path: unseen.path }
      : { action, document, path };
  };
  for (const step of steps) {
    if (step.kind === "unresolved") {
      if (!(step.reason === "no match" && /[*?[]/.test(step.pattern))) unseen ??= step;
      continue;
    }
    const { rule, document, index } = step;
    const at: DocPath = ["http_access", index];
    const refs = Array.isArray(rule.acls) ? rule.acls.filter((ref) => isRecord(ref) && typeof ref.name === "string") : [];
    const positive = refs.filter((ref) => !ref.negated && DESTINATION.has(typeOf(ref.name) ?? ""));
    const undefinedAcl = refs.find((ref) => typeOf(ref.name) === undefined);
    if (rule.action === "deny") {
      if (refs.every((ref) => ref.name === "all" && !ref.negated)) {
        decide("deny", document, at);
        break;
      }
      if (refs.some((ref) => ref.negated && DESTINATION.has(typeOf(ref.name) ?? ""))) restricted = true;
      for (const ref of positive) addAcl(zone, "deny", acls.get(ref.name) ?? []);
      continue;
    }
    // `allow localhost` (Debian's default) admits only programs on the proxy host itself, not the clients it serves.
    if (refs.some((ref) => !ref.negated && isLoopback(ref.name))) continue;
    for (const ref of positive) addAcl(zone, "allow", acls.get(ref.name) ?? []);
    if (positive.length > 0 || restricted) continue;
    decide(undefinedAcl ? unknownValue(`ACL ${undefinedAcl.name} is not defined in the scanned files`) : "allow", document, at);
    break;
  }
  const last = [...steps].reverse().find((s) => s.kind === "rule");
  if (decided === undefined && last?.kind === "rule") {
    // No rule matched an unlisted destination: Squid applies the opposite of the last rule.
    decide(last.rule.action === "allow" ? "deny" : "allow", last.document, ["http_access", last.index]);
  }
  if (decided === undefined) decide("deny", main, []);
  if (decided) zone.defaultAction(decided.action, decided.document, decided.path);
  return zone.build();
}

function addAcl(zone: ZoneBuilder, side: "allow" | "deny", sources: readonly AclSource[]): void {
  const add = side === "allow" ? zone.allow.bind(zone) : zone.deny.bind(zone);
  for (const { name, acl, document } of sources) {
    const at: DocPath = ["acls", name];
    const domainType = acl.type === "dstdomain" || acl.type === "ssl::server_name";
    acl.values.forEach((value, k) => {
      if (typeof value !== "string") return;
      if (domainType) add("domains", { domain: value.toLowerCase(), exact: !value.startsWith("."), ports: [] }, document, [...at, "values", k]);
      else if (acl.type === "dst" && !value.includes("-")) add("cidrs", { cidr: value, ports: [] }, document, [...at, "values", k]);
      else if (acl.type === "dst") add("cidrs", { cidr: unknownValue(`address range ${value} is not a CIDR block`), ports: [] }, document, [...at, "values", k]);
      else add("domains", { domain: unknownValue(`${acl.type} ${value} is a regular expression, not a domain list`), exact: false, ports: [] }, document, [...at, "values", k]);
    });
    acl.files.forEach((file, k) => {
      if (typeof file !== "string") return;
      const marker = unknownValue(`the values of ACL ${name} are listed in ${file}, which is not read`);
      if (acl.type === "dst") add("cidrs", { cidr: marker, ports: [] }, document, [...at, "files", k]);
      else add("domains", { domain: marker, exact: false, ports: [] }, document, [...at, "files", k]);
    });
  }
}
