import type { DocPath } from "../../types.js";
import type { EffectiveDirective, EffectiveMap, NginxDirective } from "./effective.js";
import { byCodeUnits } from "../../compare.js";
import { setOwn } from "../line-ranges.js";

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
  // Once per server and location of every file: written without a copy of the enclosing
  // level's entries or a closure per directive, and sorting names rather than entries.
  const own = new Map<string, EffectiveDirective[]>();
  for (let i = 0; i < block.length; i++) {
    const directive = block[i] as NginxDirective;
    if (directive.block !== undefined || directive.raw !== undefined) continue;
    const entry = { name: directive.name, args: directive.args, source: [...blockPath, i] };
    const entries = own.get(directive.name);
    if (entries === undefined) own.set(directive.name, [entry]);
    else entries.push(entry);
  }
  const ownGroups = new Set<string>();
  for (const name of own.keys()) ownGroups.add(groupOf(name));
  const merged = new Map<string, EffectiveDirective[]>();
  for (const name of Object.keys(outer)) {
    if (!NOT_INHERITED.has(name) && !ownGroups.has(groupOf(name))) merged.set(name, outer[name] as EffectiveDirective[]);
  }
  for (const [name, entries] of own) merged.set(name, entries);
  // Only a level where the control directive is in force changes the rule.
  for (const [name, control] of INHERIT_CONTROLS) if (merged.has(control)) applyInheritControl(merged, name, control, own, outer);
  const names = Array.from(merged.keys()).sort(byCodeUnits);
  const level: EffectiveMap = {};
  for (const name of names) {
    // Defined, not assigned, so that a directive named `__proto__` stays plain data.
    if (name === "__proto__") setOwn(level, name, merged.get(name));
    else level[name] = merged.get(name) as EffectiveDirective[];
  }
  return level;
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
