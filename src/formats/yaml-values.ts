import { CORE_SCHEMA, loadAll, types } from "js-yaml-4";

/**
 * js-yaml 4 with the same schema as the js-yaml 5 path in yaml.ts (YAML 1.2 core plus `<<`):
 * it loads Kubernetes manifests about four times faster, and gives the same values on every
 * YAML file of the test corpus and of the public repositories it was compared on. It is only
 * the fast path: anything it refuses goes to js-yaml 5, whose errors, depth bound and
 * leniency repair are the ones norecur reports, so an error reads the same either way.
 */
const SCHEMA = CORE_SCHEMA.extend({ implicit: [types.merge] });

/**
 * Complex keys (`? key`, a flow collection as a key, as in `{{ name }}: x` or `cell: {{cell}}`
 * templates, but not the `{{ }}` of text in a block scalar): js-yaml 4 turns them into strings such as "[object Object]" where js-yaml 5
 * refuses the file. A text that may hold one takes the js-yaml 5 path; a false alarm (a quoted
 * `{a}: b`) costs only time. A mapping key that slips through is caught after loading.
 */
const MAYBE_COMPLEX_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)|[:,[{-][ \t]*\{[ \t]*[[{]/m;

/** The string js-yaml 4 makes of a mapping used as a key. */
const OBJECT_KEY = "[object Object]";

/** The documents' values, or undefined when the slow path must decide (an error or a complex key). */
export function fastYamlValues(text: string): unknown[] | undefined {
  if (MAYBE_COMPLEX_KEY.test(text)) return undefined;
  const values: unknown[] = [];
  try {
    loadAll(text, (value) => values.push(value), { schema: SCHEMA });
  } catch {
    // Syntax errors, and the stack overflow of hostile nesting: js-yaml 5 has the depth bound.
    return undefined;
  }
  // Only a flow mapping can be a key that the patterns above missed.
  if (text.includes("{") && values.some(hasObjectKey)) return undefined;
  return values;
}

/** Whether some mapping in `value` has the key js-yaml 4 makes of a mapping key. */
function hasObjectKey(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== "object" || seen.has(next)) continue;
    seen.add(next);
    if (!Array.isArray(next) && Object.hasOwn(next, OBJECT_KEY)) return true;
    for (const child of Array.isArray(next) ? next : Object.values(next)) stack.push(child);
  }
  return false;
}
