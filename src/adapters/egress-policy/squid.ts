import { posix } from "node:path";
import type { SquidAcl, SquidAccessRule, SquidConfig } from "../../formats/squid.js";
import { globMatcher } from "../../glob.js";
import type { DocPath, Document, Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import { ZoneBuilder, isRecord } from "./model.js";

/** ACL types that name the destination of a request. */
const DESTINATION = new Set(["dstdomain", "dstdom_regex", "dst", "dst_as", "ssl::server_name", "ssl::server_name_regex", "url_regex"]);
/** ACLs Squid defines itself (Squid 4 and later), by type. */
const PREDEFINED: Record<string, string> = { all: "src", localhost: "src", to_localhost: "dst", to_linklocal: "dst", manager: "url_regex", CONNECT: "method" };

interface Rule {
  rule: SquidAccessRule;
  document: Document;
  index: number;
}

interface AclSource {
  acl: SquidAcl;
  document: Document;
}

/**
 * Squid forward proxies, one zone per `squid.conf` (with the `conf.d` files its `include` lines
 * name, spliced in where they are included). `http_access` rules are read as Squid runs them:
 * top-down, first match wins, and with no match the opposite of the last rule applies. The
 * proxy allows by default when some `allow` rule names no destination ACL (only clients, ports
 * or methods) and no earlier `deny !<destination>` has already refused every unlisted
 * destination: that is the blocklist shape of a stock configuration. Domains of `dstdomain` and
 * `ssl::server_name` ACLs in `allow` rules are the allowlist; values read from files are unknown.
 */
export const squidAdapter: Adapter = ({ documents }) => {
  const squid = documents.filter((d) => d.format === "squid" && isSquidConfig(d.document.value)).map((d) => d.document);
  const mains = squid.filter((d) => posix.basename(d.file) === "squid.conf");
  const included = new Set<Document>();
  const subjects: Subject[] = [];
  for (const main of mains) {
    const parts = [main, ...includedBy(main, config(main).includes, squid)];
    for (const part of parts.slice(1)) included.add(part);
    subjects.push(zoneOf(main, rulesOf(main, squid), parts));
  }
  for (const orphan of squid.filter((d) => !mains.includes(d) && !included.has(d) && config(d).http_access.length > 0)) {
    subjects.push(zoneOf(orphan, rulesOf(orphan, []), [orphan]));
  }
  return subjects;
};

/** The parser's shape; anything else (a document from elsewhere) is not read. */
function isSquidConfig(value: unknown): value is SquidConfig {
  return (
    isRecord(value) &&
    Array.isArray(value["directives"]) &&
    Array.isArray(value["http_access"]) &&
    Array.isArray(value["includes"]) &&
    isRecord(value["acls"])
  );
}

function config(document: Document): SquidConfig {
  return document.value as SquidConfig;
}

/**
 * The other Squid files that `include` lines of `main` name. Includes are absolute paths on the
 * proxy host (`/etc/squid/conf.d/*.conf`); they are matched by their last two segments next to
 * `main` in the repository.
 */
function includedBy(main: Document, includes: readonly string[], squid: readonly Document[]): Document[] {
  const patterns = includes.map((pattern) => posix.join(posix.dirname(main.file), ...pattern.split("/").filter(Boolean).slice(-2)));
  if (patterns.length === 0) return [];
  const matches = globMatcher(patterns);
  return squid.filter((d) => d !== main && matches(d.file)).sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The `http_access` rules of `main` in order, with included files' rules at their `include` line. */
function rulesOf(main: Document, squid: readonly Document[]): Rule[] {
  const rules: Rule[] = [];
  let next = 0;
  for (const directive of config(main).directives) {
    if (directive.name === "http_access") {
      const rule = config(main).http_access[next];
      if (rule) rules.push({ rule, document: main, index: next });
      next++;
    } else if (directive.name === "include") {
      for (const part of includedBy(main, directive.args, squid)) config(part).http_access.forEach((rule, index) => rules.push({ rule, document: part, index }));
    }
  }
  return rules;
}

function zoneOf(main: Document, rules: readonly Rule[], parts: readonly Document[]): Subject {
  const acls = new Map<string, AclSource[]>();
  for (const document of parts) {
    for (const [name, acl] of Object.entries(config(document).acls)) acls.set(name, [...(acls.get(name) ?? []), { acl, document }]);
  }
  const typeOf = (name: string): string | undefined => acls.get(name)?.[0]?.acl.type ?? PREDEFINED[name];
  const zone = new ZoneBuilder("squid", "squid", { document: main, path: [] }, { kind: "squid-proxy", name: main.file });
  let restricted = false;
  let decided: { action: "allow" | "deny" | UnknownMarker; rule: Rule } | undefined;
  for (const entry of rules) {
    const { rule } = entry;
    const positive = rule.acls.filter((ref) => !ref.negated && DESTINATION.has(typeOf(ref.name) ?? ""));
    const undefinedAcl = rule.acls.find((ref) => typeOf(ref.name) === undefined);
    if (rule.action === "deny") {
      if (rule.acls.every((ref) => ref.name === "all" && !ref.negated)) {
        decided = { action: "deny", rule: entry };
        break;
      }
      if (rule.acls.some((ref) => ref.negated && DESTINATION.has(typeOf(ref.name) ?? ""))) restricted = true;
      for (const ref of positive) addAcl(zone, "deny", acls.get(ref.name) ?? []);
      continue;
    }
    for (const ref of positive) addAcl(zone, "allow", acls.get(ref.name) ?? []);
    if (positive.length > 0 || restricted) continue;
    decided = undefinedAcl
      ? { action: unknownValue(`ACL ${undefinedAcl.name} is not defined in the scanned files`), rule: entry }
      : { action: "allow", rule: entry };
    break;
  }
  const last = rules[rules.length - 1];
  if (decided) {
    zone.defaultAction(decided.action, decided.rule.document, ["http_access", decided.rule.index]);
  } else if (last) {
    // No rule matched an unlisted destination: Squid applies the opposite of the last rule.
    zone.defaultAction(last.rule.action === "allow" ? "deny" : "allow", last.document, ["http_access", last.index]);
  } else {
    zone.defaultAction("deny", main, []);
  }
  return zone.build();
}

function addAcl(zone: ZoneBuilder, side: "allow" | "deny", sources: readonly AclSource[]): void {
  const add = side === "allow" ? zone.allow.bind(zone) : zone.deny.bind(zone);
  for (const { acl, document } of sources) {
    const name = Object.entries(config(document).acls).find(([, a]) => a === acl)?.[0] ?? "";
    const at: DocPath = ["acls", name];
    const domainType = acl.type === "dstdomain" || acl.type === "ssl::server_name";
    acl.values.forEach((value, k) => {
      if (domainType) add("domains", { domain: value.toLowerCase(), exact: !value.startsWith("."), ports: [] }, document, [...at, "values", k]);
      else if (acl.type === "dst" && !value.includes("-")) add("cidrs", { cidr: value, ports: [] }, document, [...at, "values", k]);
      else if (acl.type === "dst") add("cidrs", { cidr: unknownValue(`address range ${value} is not a CIDR block`), ports: [] }, document, [...at, "values", k]);
      else add("domains", { domain: unknownValue(`${acl.type} ${value} is a regular expression, not a domain list`), exact: false, ports: [] }, document, [...at, "values", k]);
    });
    acl.files.forEach((file, k) => {
      const marker = unknownValue(`the values of ACL ${name} are listed in ${file}, which is not read`);
      if (acl.type === "dst") add("cidrs", { cidr: marker, ports: [] }, document, [...at, "files", k]);
      else add("domains", { domain: marker, exact: false, ports: [] }, document, [...at, "files", k]);
    });
  }
}
