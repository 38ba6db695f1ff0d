import { lineSpans } from "../line-ranges.js";

/** One instruction after line continuations are joined: its text and where each character came from. */
export interface LogicalLine {
  /** The joined text, continuations removed. */
  text: string;
  /** `offsets[i]` is the offset in the file of `text[i]`; one extra entry marks the end. */
  offsets: number[];
}

/** A heredoc (`RUN <<EOF` ... `EOF`) that never reaches its closing line. */
export interface OpenHeredoc {
  /** Offset of the `<<` that opened it. */
  start: number;
  /** Offset just after its delimiter word. */
  end: number;
}

/** `# escape=` followed by the escape character, only in the parser directives at the top of the file. */
const DIRECTIVE = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/;
const HEREDOC = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
/** Only these instructions take heredocs; a `<<` elsewhere (or a shell `<<<` here-string) is text. */
const HEREDOC_INSTRUCTIONS = /^\s*(?:RUN|COPY|ADD)\s/i;

/**
 * Splits a Dockerfile into instructions as BuildKit reads it: the escape character (`\`, or
 * what a `# escape=` directive chooses) at the end of a line continues the instruction, comment
 * lines inside a continuation are dropped, and heredoc bodies are skipped so that their content
 * is never read as instructions.
 */
export function logicalLines(text: string): LogicalLine[] | OpenHeredoc {
  const spans = lineSpans(text);
  const escape = escapeCharacter(text);
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (span === undefined) break;
    const line = text.slice(span.start, span.end);
    const trimmed = line.trim();
    // Comment and blank lines never end an instruction: BuildKit drops them inside a continuation.
    if (trimmed.startsWith("#") || trimmed === "") continue;
    current ??= { text: "", offsets: [] };
    let end = line.length;
    while (end > 0 && /\s/.test(line.charAt(end - 1))) end--;
    const continues = end > 0 && line.charAt(end - 1) === escape;
    const contentEnd = continues ? end - 1 : line.length;
    for (let i = 0; i < contentEnd; i++) {
      current.text += line.charAt(i);
      current.offsets.push(span.start + i);
    }
    if (continues) continue;
    current.offsets.push(span.start + contentEnd);
    out.push(current);
    const skipped = skipHeredocs(current, text, spans, n);
    if (typeof skipped !== "number") return skipped;
    n = skipped;
    current = undefined;
  }
  if (current !== undefined) {
    current.offsets.push(text.length);
    out.push(current);
  }
  return out;
}

/** The line index of the last heredoc body line after line `n`, or the open heredoc. */
function skipHeredocs(line: LogicalLine, text: string, spans: ReturnType<typeof lineSpans>, n: number): number | OpenHeredoc {
  let at = n;
  if (!HEREDOC_INSTRUCTIONS.test(line.text)) return at;
  for (const match of line.text.matchAll(HEREDOC)) {
    const [, dash, , word] = match;
    if (word === undefined) continue;
    const start = line.offsets[match.index] ?? 0;
    for (;;) {
      at++;
      const span = spans[at];
      if (span === undefined) return { start, end: (line.offsets[match.index + match[0].length - 1] ?? start) + 1 };
      const body = text.slice(span.start, span.end);
      if ((dash === "-" ? body.replace(/^\t+/, "") : body) === word) break;
    }
  }
  return at;
}

/** The escape character: `\`, unless a `# escape=` parser directive at the top of the file chooses `` ` ``. */
export function escapeCharacter(text: string): string {
  for (const span of lineSpans(text)) {
    const match = DIRECTIVE.exec(text.slice(span.start, span.end));
    if (match === null) break;
    if (match[1]?.toLowerCase() === "escape" && (match[2] === "`" || match[2] === "\\")) return match[2];
  }
  return "\\";
}
