import type { DocPath } from "../../types.js";
import type { EffectiveDirective, EffectiveMap, NginxDirective } from "./effective.js";
import { byCodeUnits } from "../../compare.js";

/**
 * Directives that apply only where they are written: handlers (`*_pass`), rewrite-module
 * statements (run in order at their own level, never copied into a location), `try_files`,
 * server identity, and `include` (textual, resolved elsewhere). Every other simple directive
 * follows nginx's merge rule for http modules: a level inherits all directives of a name from
 * the enclosing level only when it has none of that name itself.
 */
const NOT_INHERITED: ReadonlySet<string> = new Set([
  "break",
  "fastcgi_pass",
  "grpc_pass",
  "include",
  "internal",
  "listen",
  "memcached_pass",
  "proxy_pass",
  "return",
  "rewrite",
  "scgi_pass",
  "server_name",
  "set",
  "try_files",
  "uwsgi_pass",
]);

/** Directives that nginx stores in one slot, so that any of them at a level cancels all of them inherited. */
const GROUP: Readonly<Record<string, string>> = {
  alias: "root",
  allow: "access",
  deny: "access",
  root: "root",
  xslt_param: "xslt",
  xslt_string_param: "xslt",
};

/** Array directives whose inheritance a control directive can switch, and that directive. */
const INHERIT_CONTROLS: ReadonlyArray<readonly [string, string]> = [
  ["add_header", "add_header_inherit"],
  ["add_trailer", "add_trailer_inherit"],
];

function groupOf(name: string): string {
  return Object.hasOwn(GROUP, name) ? (GROUP[name] ?? name) : name;
}

/**
 * The directives in force at a level: its own simple directives, plus inherited names it does
 * not set. Blocks (`location`, `if`, `limit_except`, `*_by_lua_block`) are not directives in
 * force; they stay in the ordered `directives` tree.
 */
export function mergeLevel(outer: EffectiveMap, block: readonly NginxDirective[], blockPath: DocPath): EffectiveMap {
  const own = new Map<string, EffectiveDirective[]>();
  block.forEach((directive, i) => {
    if (directive.block !== undefined || directive.raw !== undefined) return;
    const entries = own.get(directive.name) ?? [];
    entries.push({ name: directive.name, args: directive.args, source: [...blockPath, i] });
    own.set(directive.name, entries);
  });
  const ownGroups = new Set(Array.from(own.keys(), groupOf));
  const merged = new Map<string, EffectiveDirective[]>();
  for (const [name, inherited] of Object.entries(outer)) {
    if (!NOT_INHERITED.has(name) && !ownGroups.has(groupOf(name))) merged.set(name, inherited);
  }
  for (const [name, entries] of own) merged.set(name, entries);
  for (const [name, control] of INHERIT_CONTROLS) applyInheritControl(merged, name, control, own, outer);
  const entries = Array.from(merged).sort(([a], [b]) => byCodeUnits(a, b));
  // fromEntries defines own properties, so a directive named `__proto__` stays plain data.
  return Object.fromEntries(entries);
}

/**
 * `add_header_inherit off|merge` (nginx 1.29.3) changes the rule for `add_header`, likewise
 * `add_trailer_inherit`: `off` drops inherited values even when the level has none, `merge`
 * keeps them after the level's own. The control directive is itself inherited the usual way.
 */
function applyInheritControl(
  merged: Map<string, EffectiveDirective[]>,
  name: string,
  control: string,
  own: ReadonlyMap<string, EffectiveDirective[]>,
  outer: EffectiveMap,
): void {
  const settings = merged.get(control);
  const mode = settings?.[settings.length - 1]?.args[0];
  const written = own.get(name) ?? [];
  const inherited = Object.hasOwn(outer, name) ? (outer[name] ?? []) : [];
  if (mode === "off") {
    if (written.length > 0) merged.set(name, written);
    else merged.delete(name);
  } else if (mode === "merge" && inherited.length > 0) {
    merged.set(name, [...written, ...inherited]);
  }
}
