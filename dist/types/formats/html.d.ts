import type { Parser } from "../types.js";
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
export declare const htmlParser: Parser;
