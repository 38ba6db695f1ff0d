import type { DocPath } from "../../types.js";
import type { EffectiveDirective, EffectiveMap, NginxLocation } from "../../formats/nginx/index.js";
import type { ResolvedDirective, UnresolvedInclude } from "../../formats/nginx/includes.js";
import type { Origin } from "../normalized/source-map.js";
import { everyPath, exactRule, prefixRule, regexRule, type PatternRule } from "./shape.js";

/** A parsed `if (...)` condition of the rewrite module. */
export interface Condition {
  variable: string;
  operator: string;
  operand: string;
  /** Where the operand is written. */
  origin: Origin;
  /** Variables the block sets to a value that counts as "skip" (not empty, not `0`). */
  sets: string[];
  /** Variables the block sets from another variable (`set $skip $flag;`): "skip" or not, the file does not say. */
  maySet: string[];
}

/** A `set` or `map` value that counts as "skip": a literal that is neither empty nor `0`. */
export function isSkipValue(value: string): boolean {
  return value !== "" && value !== "0" && !value.includes("$");
}

/** A `set` or `map` value computed from variables, which may or may not count as "skip". */
export function isComputedValue(value: string): boolean {
  return value.includes("$");
}

/**
 * The includes that found nothing (or were cut by a bound), written directly in the block of the
 * directive at `source`; `hidesSettings` (formats/includes/missing.ts) says which of them may
 * hide settings.
 */
export function unresolvedInBlock(directives: readonly ResolvedDirective[], unresolved: readonly UnresolvedInclude[], source: DocPath): UnresolvedInclude[] {
  const node = nodeAt(directives, source);
  if (node === undefined) return [];
  return unresolved.filter(
    (u) => u.file === node.file && u.path.length === node.path.length + 2 && u.path[node.path.length] === "block" && node.path.every((s, i) => u.path[i] === s),
  );
}

/** `source` and the blocks around it (`directives/1`, `directives/1/block/4`, …), outermost first. */
export function enclosingBlocks(source: DocPath): DocPath[] {
  const blocks: DocPath[] = [];
  for (let end = 2; end <= source.length; end += 2) blocks.push(source.slice(0, end));
  return blocks;
}

/** The directive of the resolved tree at `path` (`directives/<i>/block/<j>/…`). */
export function nodeAt(directives: readonly ResolvedDirective[], path: DocPath): ResolvedDirective | undefined {
  if (path[0] !== "directives") return undefined;
  let list: readonly ResolvedDirective[] | undefined = directives;
  let node: ResolvedDirective | undefined;
  for (let i = 1; i < path.length; i++) {
    const segment = path[i];
    if (segment === "block") {
      list = node?.block;
      continue;
    }
    node = typeof segment === "number" ? list?.[segment] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** The last directive of a name in force, as nginx uses for single-valued directives. */
export function last(effective: EffectiveMap, name: string): EffectiveDirective | undefined {
  const list = Object.hasOwn(effective, name) ? effective[name] : undefined;
  return list?.[list.length - 1];
}

/** Every directive of a name in force (list-valued directives such as `*_cache_bypass`). */
export function all(effective: EffectiveMap, name: string): EffectiveDirective[] {
  return Object.hasOwn(effective, name) ? (effective[name] ?? []) : [];
}

const CONDITION = /^\(\s*(\$\w+)\s*(!~\*|~\*|!~|~|!=|=)\s*(.*?)\s*\)$/s;

/**
 * The `if` blocks directly inside `node` (a server or location) whose condition compares a
 * variable, with the variables each sets. nginx's tokenizer splits `($request_uri ~* "x")` into
 * words, quotes removed; they are joined back to read the condition.
 */
export function conditionsIn(node: ResolvedDirective | undefined, originOf: (node: ResolvedDirective, extra?: DocPath) => Origin | undefined): Condition[] {
  const conditions: Condition[] = [];
  for (const child of node?.block ?? []) {
    if (child.name !== "if" || child.block === undefined) continue;
    const match = CONDITION.exec(child.args.join(" "));
    if (!match) continue;
    const [, variable = "", operator = "", operand = ""] = match;
    const assignments = child.block.filter((d) => d.name === "set" && d.args.length === 2);
    const sets = assignments.filter((d) => isSkipValue(d.args[1] ?? "")).map((d) => d.args[0] ?? "");
    const maySet = assignments.filter((d) => isComputedValue(d.args[1] ?? "")).map((d) => d.args[0] ?? "");
    // `($request_uri ~* "x")` reads as four words; the operand is the third.
    const origin = originOf(child, child.args.length === 4 ? ["args", 2] : ["args"]);
    if (origin) conditions.push({ variable, operator, operand, origin, sets, maySet });
  }
  return conditions;
}

/** The paths a location's match selects, as nginx compares them. */
export function matchRule(location: NginxLocation, setting: string): PatternRule {
  const { modifier, pattern } = location;
  if (modifier === "~" || modifier === "~*") return regexRule(pattern, setting, modifier === "~*" ? `(?i)${pattern}` : pattern);
  if (modifier === "=") return exactRule(pattern, setting);
  if (modifier === "@") return everyPath(`${setting}: a named location, reached from try_files`);
  return prefixRule(pattern, setting);
}

/**
 * The pages a caching location serves. WordPress permalinks (`/contact/`) reach PHP through
 * `try_files ... /index.php?$args`, an internal redirect into the `\.php$` location: such a
 * front-controller location serves every page, whatever its own pattern says.
 */
export function appliesTo(location: NginxLocation): PatternRule {
  const setting = `location ${location.modifier ? `${location.modifier} ` : ""}${location.pattern}`;
  if ((location.modifier === "~" || location.modifier === "~*") && /php/i.test(location.pattern)) {
    return everyPath(`${setting} (the PHP front controller serves every page)`);
  }
  return matchRule(location, setting);
}

/**
 * Whether a request that both locations match goes to `other` rather than `self`, by nginx's
 * order: exact `=` first, then the longest prefix (final with `^~`), then regexes in file order,
 * else that longest prefix.
 */
export function takesPrecedence(other: NginxLocation, otherIndex: number, self: NginxLocation, selfIndex: number): boolean {
  const isRegex = (l: NginxLocation) => l.modifier === "~" || l.modifier === "~*";
  if (self.modifier === "=" || self.modifier === "@" || other.modifier === "@") return false;
  if (other.modifier === "=") return true;
  if (isRegex(other)) return isRegex(self) ? otherIndex < selfIndex : self.modifier !== "^~";
  if (isRegex(self)) return other.modifier === "^~";
  return other.pattern.length > self.pattern.length;
}

/** One line of a `map $source $target { ... }` block. */
export interface MapEntry {
  /** `regex` for `~` / `~*` lines, `exact` for literal ones, `default` for the fallback. */
  kind: "regex" | "exact" | "default";
  pattern: string;
  ignoreCase: boolean;
  value: string;
  origin: Origin;
}

/** A `map` block: how `target` is computed from `source`. */
export interface NginxMap {
  source: string;
  target: string;
  entries: MapEntry[];
}

/**
 * The `map` blocks of the http level (inside `http`, or at the top of a file included there).
 * `map` is the other common way to compute a skip-cache flag from the URI or the cookies.
 */
export function mapsIn(directives: readonly ResolvedDirective[], originOf: (node: ResolvedDirective, extra?: DocPath) => Origin | undefined): NginxMap[] {
  const levels = [directives, ...directives.filter((d) => d.name === "http" && d.block !== undefined).map((d) => d.block ?? [])];
  const maps: NginxMap[] = [];
  for (const level of levels) {
    for (const directive of level) {
      const [source, target] = directive.args;
      if (directive.name !== "map" || directive.block === undefined || source === undefined || target === undefined) continue;
      const entries: MapEntry[] = [];
      for (const line of directive.block) {
        const value = line.args[0];
        const origin = originOf(line, ["name"]);
        if (value === undefined || origin === undefined || line.block !== undefined || ["hostnames", "volatile", "include"].includes(line.name)) continue;
        const name = line.name.startsWith("\\") ? line.name.slice(1) : line.name;
        if (line.name === "default") entries.push({ kind: "default", pattern: "", ignoreCase: false, value, origin });
        else if (name.startsWith("~*")) entries.push({ kind: "regex", pattern: name.slice(2), ignoreCase: true, value, origin });
        else if (name.startsWith("~")) entries.push({ kind: "regex", pattern: name.slice(1), ignoreCase: false, value, origin });
        else entries.push({ kind: "exact", pattern: name, ignoreCase: false, value, origin });
      }
      maps.push({ source, target, entries });
    }
  }
  return maps;
}
