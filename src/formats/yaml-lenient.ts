/**
 * Two leniencies kubectl and docker compose (Go yaml) and PyYAML have that js-yaml lacks.
 *
 * A quoted scalar whose continuation lines are indented less than the block that holds it, as in
 *
 *     command:
 *     - sh
 *     - -c
 *     - "exec server --id=1 \
 *       --listeners=PLAINTEXT://:9093"      ← indented less than `- "` would require
 *
 * (the Kubernetes documentation's Kafka StatefulSet has this shape). Inside a quoted scalar
 * the leading blanks of a continuation line are folded away, so indenting such a line further
 * changes no value, and no line number.
 *
 * A flow collection whose closing bracket (or an entry) sits at the indentation of its key, as
 * in Compose files:
 *
 *     command: [
 *       "start",
 *       "--uri"
 *     ]                                      ← js-yaml: "deficient indentation"
 *
 * Inside brackets, indentation carries no meaning, so indenting such a line changes no value.
 *
 * We do either, one line at a time, only where the parser reported too little indentation and
 * the line continues a quoted scalar or a flow collection left open above it; anything else a
 * strict parser rejects stays rejected.
 */

/** How far back an open quoted scalar is looked for: real ones span a few lines. */
const MAX_SCALAR_LINES = 200;

/**
 * `text` with line `line` (0-based) indented enough, when it continues a quoted scalar opened on
 * an earlier line; undefined when it does not (the error stands).
 */
export function indentQuotedContinuation(text: string, line: number): string | undefined {
  const lines = text.split("\n");
  const target = lines[line];
  if (target === undefined || line === 0) return undefined;
  for (let open = line - 1; open >= Math.max(0, line - MAX_SCALAR_LINES); open--) {
    const start = quotedValueStart(lines[open] ?? "");
    if (start === undefined) continue;
    if (!leftOpen(lines.slice(open, line), start)) return undefined;
    return indentUnder(lines, open, line);
  }
  return undefined;
}

/** Where a quoted value starts on a line (`- "`, `key: "`, `key: '`), or undefined. */
function quotedValueStart(line: string): { column: number; quote: string } | undefined {
  const match = /^(\s*(?:-\s+)*(?:[^\s#"'][^#"']*?:\s+)?)(["'])/.exec(line);
  if (match === null || match[2] === undefined) return undefined;
  return { column: (match[1] ?? "").length, quote: match[2] };
}

/** Whether the quoted scalar starting at `start` on the first of `lines` is still open after the last. */
function leftOpen(lines: readonly string[], start: { column: number; quote: string }): boolean {
  const text = lines.join("\n").slice(start.column + 1);
  if (start.quote === '"') {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "\\") i++;
      else if (text[i] === '"') return false;
    }
    return true;
  }
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" && text[i + 1] === "'") i++;
    else if (text[i] === "'") return false;
  }
  return true;
}

/**
 * `text` with line `line` (0-based) indented enough, when it lies inside a flow collection
 * (`[` or `{`) opened on an earlier line and still open; undefined when it does not.
 */
export function indentFlowContinuation(text: string, line: number): string | undefined {
  const lines = text.split("\n");
  const target = lines[line];
  if (target === undefined || line === 0) return undefined;
  let depth = 0;
  for (let open = line - 1; open >= Math.max(0, line - MAX_SCALAR_LINES); open--) {
    const balance = flowBalance(lines[open] ?? "");
    if (balance === undefined) return undefined;
    depth += balance;
    if (depth <= 0) continue;
    // The nearest line above that leaves a bracket open: the collection starts there.
    return indentUnder(lines, open, line);
  }
  return undefined;
}

/**
 * Brackets opened minus brackets closed on one line, outside quotes and comments; undefined
 * when a quote is left open (a multi-line quoted scalar is the other repair's business).
 */
function flowBalance(line: string): number | undefined {
  let balance = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) break;
    if (c === '"') {
      i++;
      while (i < line.length && line[i] !== '"') i += line[i] === "\\" ? 2 : 1;
      if (i >= line.length) return undefined;
    } else if (c === "'") {
      i++;
      while (i < line.length && !(line[i] === "'" && line[i + 1] !== "'")) i += line[i] === "'" ? 2 : 1;
      if (i >= line.length) return undefined;
    } else if (c === "[" || c === "{") balance++;
    else if (c === "]" || c === "}") balance--;
  }
  return balance;
}

/**
 * The text with line `line` indented two columns deeper than line `open`, where the scalar or
 * collection it continues starts; undefined when it already is (the error is something else).
 */
function indentUnder(lines: string[], open: number, line: number): string | undefined {
  const target = lines[line] ?? "";
  const indent = ((lines[open] ?? "").match(/^ */)?.[0].length ?? 0) + 2;
  const current = target.match(/^[ \t]*/)?.[0].length ?? 0;
  if (current >= indent) return undefined;
  lines[line] = " ".repeat(indent) + target.slice(current);
  return lines.join("\n");
}
