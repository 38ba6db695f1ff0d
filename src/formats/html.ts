import type { DefaultTreeAdapterTypes, Token } from "parse5";
import { vendored } from "../vendor.js";
import type { DocPath, ParseResult, Parser } from "../types.js";
import { PathRanges, failure, rangedResult, setOwn } from "./line-ranges.js";
import { LineIndex, errorText, startRange, stripBom } from "./positions.js";

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/**
 * An attribute value. In a template (`.php`, `.twig`, `.erb`, `.vue`, ...) a value written with
 * template syntax (`{{ asset }}`, `<?= $url ?>`, `<%= src %>`, a Vue `:src` binding) is only
 * known once rendered: it is `{ "$expr": "<as written>" }`, so a check that reads it is unknown.
 */
export type AttributeValue = string | { $expr: string };

/** A `<script>` element. `src` is absent for an inline script. */
export interface HtmlScript {
  src?: AttributeValue;
  integrity?: AttributeValue;
  crossorigin?: AttributeValue;
  /** Every attribute as the browser sees it: lowercased names, first of duplicates, entities decoded. */
  attrs: Record<string, AttributeValue>;
}

/** A `<link>` element: stylesheets, preloads and module preloads can carry `integrity` too. */
export interface HtmlLink {
  rel?: AttributeValue;
  href?: AttributeValue;
  integrity?: AttributeValue;
  crossorigin?: AttributeValue;
  attrs: Record<string, AttributeValue>;
}

/** A `<meta>` element with `http-equiv` (a Content-Security-Policy, for one) or `name`. */
export interface HtmlMeta {
  httpEquiv?: AttributeValue;
  name?: AttributeValue;
  content?: AttributeValue;
  attrs: Record<string, AttributeValue>;
}

/** A `<form>`: where what a visitor types is sent (`action`; absent means the page itself) and how. */
export interface HtmlForm {
  action?: AttributeValue;
  method?: AttributeValue;
  attrs: Record<string, AttributeValue>;
}

/** What policies read of an HTML page: the elements that load or restrict third-party code, and its forms. */
export interface HtmlPage {
  scripts: HtmlScript[];
  links: HtmlLink[];
  metas: HtmlMeta[];
  forms: HtmlForm[];
}

/**
 * The start of a tag of an element {@link record} reads. Tag names are matched ignoring ASCII
 * case, and an element of the tree comes only from a start tag written out (no entity or
 * character reference makes one), so a text without this holds none of them.
 */
const ELEMENTS_READ = /<(?:script|link|meta|form)/i;

// Template syntax of PHP, Twig/Jinja/Handlebars/Vue text, ERB/EJS and JavaScript template literals.
const TEMPLATE_SYNTAX = /<\?|\{\{|\{%|<%|\$\{/;

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
      const page: HtmlPage = { scripts: [], links: [], metas: [], forms: [] };
      // A page naming none of the elements read holds none: parse5's tree would give nothing.
      if (ELEMENTS_READ.test(text)) collect(vendored.parse5().parse(text, { sourceCodeLocationInfo: true }), page, ranges);
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

/** Named fields of each element kind, by the attribute they copy. */
const SCRIPT_FIELDS = { src: "src", integrity: "integrity", crossorigin: "crossorigin" } as const;
const LINK_FIELDS = { rel: "rel", href: "href", integrity: "integrity", crossorigin: "crossorigin" } as const;
const META_FIELDS = { httpEquiv: "http-equiv", name: "name", content: "content" } as const;
const FORM_FIELDS = { action: "action", method: "method" } as const;

/** `:src` and `v-bind:src` (Vue) bind `src` to an expression. */
const BOUND = /^(?::|v-bind:)(.+)$/;

function record(element: Element, page: HtmlPage, ranges: PathRanges): void {
  const attrs: Record<string, AttributeValue> = {};
  for (const { name, value } of element.attrs) setOwn(attrs, name, TEMPLATE_SYNTAX.test(value) ? { $expr: value } : value);
  for (const { name, value } of element.attrs) {
    const bound = BOUND.exec(name)?.[1];
    if (bound !== undefined && !Object.hasOwn(attrs, bound)) setOwn(attrs, bound, { $expr: value });
  }
  switch (element.tagName) {
    case "script":
      place(element, ["scripts", page.scripts.length], SCRIPT_FIELDS, ranges);
      page.scripts.push({ ...fieldsOf(attrs, SCRIPT_FIELDS), attrs });
      break;
    case "link":
      place(element, ["links", page.links.length], LINK_FIELDS, ranges);
      page.links.push({ ...fieldsOf(attrs, LINK_FIELDS), attrs });
      break;
    case "meta":
      // `<meta charset>` says nothing about what may load or run.
      if (!Object.hasOwn(attrs, "http-equiv") && !Object.hasOwn(attrs, "name")) break;
      place(element, ["metas", page.metas.length], META_FIELDS, ranges);
      page.metas.push({ ...fieldsOf(attrs, META_FIELDS), attrs });
      break;
    case "form":
      place(element, ["forms", page.forms.length], FORM_FIELDS, ranges);
      page.forms.push({ ...fieldsOf(attrs, FORM_FIELDS), attrs });
      break;
  }
}

/** The named fields whose attribute is present; absent attributes leave their field out. */
function fieldsOf<K extends string>(attrs: Record<string, AttributeValue>, fields: Readonly<Record<K, string>>): Partial<Record<K, AttributeValue>> {
  const picked: Partial<Record<K, AttributeValue>> = {};
  for (const field of Object.keys(fields) as K[]) {
    const attribute = fields[field];
    if (Object.hasOwn(attrs, attribute)) picked[field] = attrs[attribute] ?? "";
  }
  return picked;
}

/**
 * Records where the element and its attributes are: the element is its start tag (what a
 * reader looks for; the body of an inline script is not the point), an attribute is
 * `name="value"` as written, under both its field name and `attrs/<name>`.
 */
function place(element: Element, path: DocPath, fields: Readonly<Record<string, string>>, ranges: PathRanges): void {
  const location = element.sourceCodeLocation;
  if (location === undefined || location === null) return;
  const tag = location.startTag ?? location;
  ranges.set(path, tag.startOffset, tag.endOffset);
  const attributes: Record<string, Token.Location> = location.attrs ?? {};
  // A bound `:src` stands for `src` when there is no plain `src`; both are placed at what is written.
  const written = (name: string): Token.Location | undefined => attributes[name] ?? attributes[`:${name}`] ?? attributes[`v-bind:${name}`];
  for (const [name, at] of Object.entries(attributes)) {
    ranges.set([...path, "attrs", name], at.startOffset, at.endOffset);
    const bound = BOUND.exec(name)?.[1];
    if (bound !== undefined && attributes[bound] === undefined) ranges.set([...path, "attrs", bound], at.startOffset, at.endOffset);
  }
  for (const [field, name] of Object.entries(fields)) {
    const at = written(name);
    if (at !== undefined) ranges.set([...path, field], at.startOffset, at.endOffset);
  }
}
