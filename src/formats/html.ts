import { parse, type DefaultTreeAdapterTypes, type Token } from "parse5";
import type { DocPath, ParseResult, Parser } from "../types.js";
import { PathRanges, failure, rangedResult, setOwn } from "./line-ranges.js";
import { LineIndex, errorText, startRange, stripBom } from "./positions.js";

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** A `<script>` element. `src` is absent for an inline script. */
export interface HtmlScript {
  src?: string;
  integrity?: string;
  crossorigin?: string;
  /** Every attribute as the browser sees it: lowercased names, first of duplicates, entities decoded. */
  attrs: Record<string, string>;
}

/** A `<link>` element: stylesheets, preloads and module preloads can carry `integrity` too. */
export interface HtmlLink {
  rel?: string;
  href?: string;
  integrity?: string;
  crossorigin?: string;
  attrs: Record<string, string>;
}

/** A `<meta>` element with `http-equiv` (a Content-Security-Policy, for one) or `name`. */
export interface HtmlMeta {
  httpEquiv?: string;
  name?: string;
  content?: string;
  attrs: Record<string, string>;
}

/** What policies read of an HTML page: the elements that load or restrict third-party code. */
export interface HtmlPage {
  scripts: HtmlScript[];
  links: HtmlLink[];
  metas: HtmlMeta[];
}

/**
 * HTML pages and templates (FORMATS.md 9.1, 9.2), parsed by parse5 as a browser would (WHATWG
 * tree construction, so `<script>` inside `<template>`, unclosed tags and stray text land where a
 * browser puts them). HTML has no fatal errors: a browser renders any text, so this parser always
 * succeeds and its recoverable errors are not findings. Positions come from parse5's location
 * info, down to each attribute.
 */
export const htmlParser: Parser = {
  id: "html",
  parse(raw: string, file: string): ParseResult {
    const text = stripBom(raw);
    try {
      const ranges = new PathRanges(new LineIndex(text));
      const page: HtmlPage = { scripts: [], links: [], metas: [] };
      collect(parse(text, { sourceCodeLocationInfo: true }), page, ranges);
      return rangedResult(file, page, ranges);
    } catch (error) {
      // parse5 recovers from any input; this only guards against a bug, as parsers never throw.
      return failure(errorText(error), startRange());
    }
  },
};

/** Walks the tree in document order, template contents included. */
function collect(node: ParentNode, page: HtmlPage, ranges: PathRanges): void {
  for (const child of node.childNodes) {
    if (!("tagName" in child)) continue;
    record(child, page, ranges);
    collect("content" in child ? child.content : child, page, ranges);
  }
}

function record(element: Element, page: HtmlPage, ranges: PathRanges): void {
  const attrs: Record<string, string> = {};
  for (const { name, value } of element.attrs) setOwn(attrs, name, value);
  const pick = <K extends string>(fields: Record<K, string>): Partial<Record<K, string>> => {
    const picked: Partial<Record<K, string>> = {};
    for (const [field, attribute] of Object.entries(fields) as Array<[K, string]>) {
      const value = attrs[attribute];
      if (Object.hasOwn(attrs, attribute) && value !== undefined) picked[field] = value;
    }
    return picked;
  };
  switch (element.tagName) {
    case "script": {
      const fields = { src: "src", integrity: "integrity", crossorigin: "crossorigin" };
      place(element, ["scripts", page.scripts.length], fields, ranges);
      page.scripts.push({ ...pick(fields), attrs });
      break;
    }
    case "link": {
      const fields = { rel: "rel", href: "href", integrity: "integrity", crossorigin: "crossorigin" };
      place(element, ["links", page.links.length], fields, ranges);
      page.links.push({ ...pick(fields), attrs });
      break;
    }
    case "meta": {
      if (!Object.hasOwn(attrs, "http-equiv") && !Object.hasOwn(attrs, "name")) break; // charset and viewport metas say nothing here
      const fields = { httpEquiv: "http-equiv", name: "name", content: "content" };
      place(element, ["metas", page.metas.length], fields, ranges);
      page.metas.push({ ...pick(fields), attrs });
      break;
    }
  }
}

/**
 * Records where the element and its attributes are: the element is its start tag (what a
 * reader looks for; the body of an inline script is not the point), an attribute is
 * `name="value"` as written, under both its field name and `attrs/<name>`.
 */
function place(element: Element, path: DocPath, fields: Record<string, string>, ranges: PathRanges): void {
  const location = element.sourceCodeLocation;
  if (location === undefined || location === null) return;
  const tag = location.startTag ?? location;
  ranges.set(path, tag.startOffset, tag.endOffset);
  const attributes: Record<string, Token.Location> = location.attrs ?? {};
  for (const [name, at] of Object.entries(attributes)) ranges.set([...path, "attrs", name], at.startOffset, at.endOffset);
  for (const [field, name] of Object.entries(fields)) {
    const at = attributes[name];
    if (at !== undefined) ranges.set([...path, field], at.startOffset, at.endOffset);
  }
}
