import type { DocPath, Document, ParseResult, Parser } from "../../types.js";
import { LineIndex, errorText, startRange, stripBom } from "../positions.js";
import { buildServers, type NginxDirective, type NginxServer } from "./effective.js";
import { spanOf } from "./locate.js";
import { SyntaxFailure } from "./reader.js";
import { parseTree, type Node } from "./tree.js";

/** An `include` directive, recorded for the pipeline to resolve. */
export interface NginxInclude {
  /** The file or glob as written, relative to nginx's prefix when not absolute. */
  pattern: string;
  /** Path of the `include` directive. */
  source: DocPath;
}

/** The value of an nginx document. */
export interface NginxConfig {
  /** Every directive, in file order, blocks nested. */
  directives: NginxDirective[];
  /** Every `include`, in file order, at any depth. */
  includes: NginxInclude[];
  /** The http servers with their locations and the directives in force in each. */
  servers: NginxServer[];
}

/**
 * nginx configuration files (`nginx.conf`, `conf.d/*.conf`, `sites-enabled/*`). One document
 * per file; syntax follows nginx's own tokenizer, and errors read like `nginx -t`'s.
 */
export const nginxParser: Parser = {
  id: "nginx",
  parse: parseNginx,
};

function parseNginx(raw: string, file: string): ParseResult {
  const text = stripBom(raw);
  let nodes: Node[];
  try {
    nodes = parseTree(text);
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) return { ok: false, errors: [{ message: errorText(error), range: startRange() }] };
    const lines = new LineIndex(text);
    const range = error.end === undefined ? lines.pointRange(error.at) : lines.range(error.at, error.end);
    return { ok: false, errors: [{ message: error.message, range }] };
  }
  const directives = nodes.map(toDirective);
  const value: NginxConfig = { directives, includes: collectIncludes(directives, ["directives"]), servers: buildServers(directives) };
  let lines: LineIndex | undefined;
  const document: Document = {
    file,
    index: 0,
    value,
    locate: (path) => {
      lines ??= new LineIndex(text);
      const span = spanOf(nodes, value, path, { start: 0, end: 0 });
      return lines.range(span.start, span.end);
    },
  };
  return { ok: true, documents: [document] };
}

function toDirective(node: Node): NginxDirective {
  const directive: NginxDirective = { name: node.name.text, args: node.args.map((arg) => arg.text) };
  if (node.raw !== undefined) directive.raw = node.raw.text;
  else if (node.block !== undefined) directive.block = node.block.children.map(toDirective);
  return directive;
}

function collectIncludes(directives: readonly NginxDirective[], path: DocPath): NginxInclude[] {
  return directives.flatMap((directive, i) => {
    const here = [...path, i];
    if (directive.block !== undefined) return collectIncludes(directive.block, [...here, "block"]);
    const pattern = directive.args[0];
    return directive.name === "include" && pattern !== undefined ? [{ pattern, source: here }] : [];
  });
}
