/**
 * `variables:` — named CEL expressions a policy defines once. Each `vars.NAME` in an expression is
 * replaced by the parenthesised definition before compiling, so a variable is exactly its
 * expression: unknown tracking, field checks and errors see the fields it reads.
 */

/** Expands `vars.NAME` references, or names the problem (an undefined name, a cycle). */
export type Expansion = { ok: true; source: string } | { ok: false; message: string };

const REFERENCE = /\bvars\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/y;

/** Where a string literal or a `vars` reference may start: text before it is copied as it is. */
const NEXT_INTEREST = /["']|vars/g;

/** Replaces `vars.NAME` outside string literals by `(definition)`, definitions expanded first. */
export function expandVariables(source: string, variables: Readonly<Record<string, string>>, seen: readonly string[] = []): Expansion {
  // Most expressions name no variable: a run compiles hundreds, and this walk was a character at a time.
  if (!source.includes("vars")) return { ok: true, source };
  let out = "";
  let i = 0;
  while (i < source.length) {
    NEXT_INTEREST.lastIndex = i;
    const next = NEXT_INTEREST.exec(source)?.index ?? source.length;
    if (next > i) {
      out += source.slice(i, next);
      i = next;
      continue;
    }
    const ch = source[i] as string;
    if (ch === '"' || ch === "'") {
      const end = stringEnd(source, i);
      out += source.slice(i, end);
      i = end;
      continue;
    }
    REFERENCE.lastIndex = i;
    const match = /[A-Za-z0-9_.]/.test(source[i - 1] ?? "") ? null : REFERENCE.exec(source);
    if (!match) {
      out += ch;
      i += 1;
      continue;
    }
    const name = match[1] as string;
    if (!Object.hasOwn(variables, name)) {
      const names = Object.keys(variables);
      return { ok: false, message: `unknown variable \`vars.${name}\` (${names.length > 0 ? `defined: ${names.join(", ")}` : "the policy defines no `variables`"})` };
    }
    if (seen.includes(name)) return { ok: false, message: `variable \`${name}\` refers to itself (${[...seen, name].join(" → ")})` };
    const inner = expandVariables(variables[name] as string, variables, [...seen, name]);
    if (!inner.ok) return inner;
    out += `(${inner.source})`;
    i += match[0].length;
  }
  return { ok: true, source: out };
}

/** Expands variables inside the `{{ }}` holes of a message, leaving its text alone. */
export function expandTemplateVariables(message: string, variables: Readonly<Record<string, string>>): Expansion {
  let problem: string | undefined;
  const source = message.replace(/\{\{(.*?)\}\}/gs, (hole: string, expr: string) => {
    const expanded = expandVariables(expr, variables);
    if (!expanded.ok) {
      problem ??= expanded.message;
      return hole;
    }
    return `{{${expanded.source}}}`;
  });
  return problem === undefined ? { ok: true, source } : { ok: false, message: problem };
}

// Index just past the string literal opening at `start` (CEL quotes: '...', "...", triple-quoted, raw).
function stringEnd(source: string, start: number): number {
  const quote = source[start] as string;
  const triple = source.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  let i = start + close.length;
  while (i < source.length) {
    if (source[i] === "\\") {
      i += 2;
      continue;
    }
    if (source.startsWith(close, i)) return i + close.length;
    if (!triple && source[i] === "\n") return i;
    i += 1;
  }
  return source.length;
}
