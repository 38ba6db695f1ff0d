/**
 * The one leniency kubectl (Go yaml) and PyYAML have that js-yaml and `yaml` lack: a quoted
 * scalar whose continuation lines are indented less than the block that holds it, as in
 *
 *     command:
 *     - sh
 *     - -c
 *     - "exec server --id=1 \
 *       --listeners=PLAINTEXT://:9093"      ← indented less than `- "` would require
 *
 * (the Kubernetes documentation's Kafka StatefulSet has this shape). Inside a quoted scalar
 * the leading blanks of a continuation line are folded away, so indenting such a line further
 * changes no value, and no line number. We do that, one line at a time, only where the parser
 * reported too little indentation and the line continues a quoted scalar left open above it;
 * anything else a strict parser rejects stays rejected.
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
    const indent = ((lines[open] ?? "").match(/^ */)?.[0].length ?? 0) + 2;
    const current = target.match(/^[ \t]*/)?.[0].length ?? 0;
    if (current >= indent) return undefined;
    lines[line] = " ".repeat(indent) + target.slice(current);
    return lines.join("\n");
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
