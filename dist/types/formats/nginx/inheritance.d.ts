import type { DocPath } from "../../types.js";
import type { EffectiveMap, NginxDirective } from "./effective.js";
/**
 * The directives in force at a level: its own simple directives, plus inherited names it does
 * not set. Blocks (`location`, `if`, `limit_except`, `*_by_lua_block`) are not directives in
 * force; they stay in the ordered `directives` tree.
 */
export declare function mergeLevel(outer: EffectiveMap, block: readonly NginxDirective[], blockPath: DocPath): EffectiveMap;
