import type { Parser } from "../types.js";
/**
 * An attribute value. In a template (`.php`, `.twig`, `.erb`, `.vue`, ...) a value written with
 * template syntax (`{{ asset }}`, `<?= $url ?>`, `<%= src %>`, a Vue `:src` binding) is only
 * known once rendered: it is `{ "$expr": "<as written>" }`, so a check that reads it is unknown.
 */
export type AttributeValue = string | {
    $expr: string;
};
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
 * HTML pages and templates (FORMATS.md 9.1, 9.2), parsed by parse5 as a browser would (WHATWG
 * tree construction, so `<script>` inside `<template>`, unclosed tags and stray text land where a
 * browser puts them). HTML has no fatal errors: a browser renders any text, so this parser always
 * succeeds and its recoverable errors are not findings. Positions come from parse5's location
 * info, down to each attribute.
 */
export declare const htmlParser: Parser;
