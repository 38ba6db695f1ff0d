import type { ParseResult, Parser } from "../../types.js";
import { PathRanges, failure, rangedResult, setOwn } from "../line-ranges.js";
import { LineIndex, stripBom } from "../positions.js";
import { escapeCharacter, logicalLines, type LogicalLine } from "./logical-lines.js";
import { substitute } from "./substitute.js";
import { globalArgValues } from "./global-args.js";


/** One build stage: a `FROM` instruction. */
export interface DockerfileStage {
  /** The image reference as written, `$VAR`s and all. */
  from: string;
  /**
   * The reference with the global `ARG` defaults substituted, or `{ $expr: from }` when it
   * depends on an `ARG` without a default (only the build decides it).
   */
  image: string | { $expr: string };
  /** The name given with `AS`, when there is one. */
  name?: string;
  /** The `--platform` flag, as written. */
  platform?: string;
  /** The earlier stage this one builds on (`FROM build`), instead of an image. */
  stage?: string;
}

/** The value of a `dockerfile` document. */
export interface Dockerfile {
  /** `ARG`s before the first `FROM` (the only ones `FROM` can use): their defaults as written, or null when declared without one. */
  args: Record<string, string | null>;
  /** Build stages in order. */
  stages: DockerfileStage[];
}

/**
 * Dockerfiles (and Containerfiles): `FROM` lines with their exact positions, the global `ARG`
 * defaults they may use, and multi-stage builds (a stage named with `AS` and used by a later
 * `FROM` is not an image). Continuations, `# escape=` and heredocs are honoured so that only
 * real instructions are read. Other instructions are skipped.
 */
export const dockerfileParser: Parser = {
  id: "dockerfile",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const instructions = logicalLines(text);
    if (!Array.isArray(instructions)) return failure("heredoc without its closing delimiter line", lines.range(instructions.start, instructions.end));
    const escape = escapeCharacter(text);
    const ranges = new PathRanges(lines);
    const value: Dockerfile = { args: {}, stages: [] };
    // The global ARGs as declared; every one comes before the first FROM, which reads their values.
    const declarations: Array<[string, string | undefined]> = [];
    let known: Map<string, string | undefined> | undefined;
    const stageNames = new Set<string>();
    for (const line of instructions) {
      const words = split(line);
      const keyword = words[0];
      if (keyword === undefined) continue;
      const instruction = keyword.text.toUpperCase();
      if (instruction === "ARG" && value.stages.length === 0) {
        for (const word of words.slice(1)) {
          const [name, ...rest] = word.text.split("=");
          if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
          const fallback = rest.length > 0 ? unquote(rest.join("=")) : undefined;
          declarations.push([name, fallback]);
          setOwn(value.args, name, fallback ?? null);
          ranges.set(["args", name], word.start, word.end);
        }
        continue;
      }
      if (instruction !== "FROM") {
        if (value.stages.length === 0 && instruction !== "ARG") {
          return failure(`${instruction} before the first FROM`, lines.range(keyword.start, keyword.end));
        }
        continue;
      }
      const args = words.slice(1);
      const flags = args.filter((w) => w.text.startsWith("--"));
      const [image, as, name, extra] = args.filter((w) => !w.text.startsWith("--"));
      if (image === undefined) return failure("FROM needs an image", lines.range(keyword.start, keyword.end));
      if ((as !== undefined && (as.text.toLowerCase() !== "as" || name === undefined)) || extra !== undefined) {
        const at = as ?? image;
        return failure("expected FROM [--platform=...] image [AS name]", lines.range(at.start, at.end));
      }
      const path = ["stages", value.stages.length];
      known ??= globalArgValues(declarations, escape);
      const expanded = substitute(image.text, known, escape);
      const stage: DockerfileStage = { from: image.text, image: expanded.ok ? expanded.text : { $expr: image.text } };
      if (expanded.ok && stageNames.has(expanded.text.toLowerCase())) stage.stage = expanded.text.toLowerCase();
      const platform = flags.find((f) => f.text.toLowerCase().startsWith("--platform="));
      if (platform !== undefined) {
        stage.platform = platform.text.slice("--platform=".length);
        ranges.set([...path, "platform"], platform.start, platform.end);
      }
      if (name !== undefined) {
        stage.name = name.text;
        stageNames.add(name.text.toLowerCase());
        ranges.set([...path, "name"], name.start, name.end);
      }
      value.stages.push(stage);
      ranges.set(path, keyword.start, (name ?? image).end);
      ranges.set([...path, "from"], image.start, image.end);
      ranges.set([...path, "image"], image.start, image.end);
      if (stage.stage !== undefined) ranges.set([...path, "stage"], image.start, image.end);
    }
    if (value.stages.length === 0) return failure("no FROM instruction", lines.range(0, 0));
    return rangedResult(file, value, ranges);
  },
};

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Whitespace-separated words of an instruction, quotes kept together, with their file offsets. */
function split(line: LogicalLine): Word[] {
  const words: Word[] = [];
  const { text, offsets } = line;
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    if (at >= text.length) break;
    const start = at;
    let quote = "";
    while (at < text.length && (quote !== "" || !/\s/.test(text.charAt(at)))) {
      const char = text.charAt(at);
      if (quote === "" && (char === '"' || char === "'")) quote = char;
      else if (char === quote) quote = "";
      at++;
    }
    words.push({ text: text.slice(start, at), start: offsets[start] ?? 0, end: (offsets[at - 1] ?? 0) + 1 });
  }
  return words;
}

function unquote(text: string): string {
  const match = /^(["'])(.*)\1$/s.exec(text);
  return match?.[2] ?? text;
}

/**
 * `Dockerfile.prod`, `web.Dockerfile` and the like are recognised by content (a `FROM` line),
 * so that neighbours such as `Dockerfile.dockerignore` are not read as Dockerfiles.
 */
export function sniffDockerfile(text: string): boolean {
  return /^[ \t]*FROM[ \t]/im.test(text);
}
