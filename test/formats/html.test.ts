import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { htmlParser } from "../../src/formats/html.js";
import { vendored } from "../../src/vendor.js";
import { only, range } from "../helpers/parse.js";

// A shop page as in FORMATS.md 9.1/9.2: one CDN script with SRI, one form-assist script without.
const PAGE = [
  "<!doctype html>", //                                                                            1
  "<html><head>", //                                                                               2
  '<meta charset="utf-8">', //                                                                     3
  "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' https://cdn.example.com\">", // 4
  '<link rel="stylesheet" href="https://cdn.example.com/a.css" integrity="sha384-abc" crossorigin="anonymous">', // 5
  '<script src="https://cdn.example.com/x.js" integrity="sha384-def" crossorigin="anonymous"></script>', // 6
  "<SCRIPT SRC='https://form-assist.example.net/efo.js?a=1&amp;b=2' async></SCRIPT>", //           7
  "<script>window.dataLayer = [];</script>", //                                                   8
  "</head><body>", //                                                                              9
  '<template><script src="/t.js"></script></template>', //                                        10
  "</body></html>", //                                                                             11
  "",
].join("\n");

describe("htmlParser", () => {
  const document = only(htmlParser.parse(PAGE, "public/index.html"));

  it("reads scripts, links and metas as a browser sees their attributes", () => {
    expect(document.value).toEqual({
      scripts: [
        {
          src: "https://cdn.example.com/x.js",
          integrity: "sha384-def",
          crossorigin: "anonymous",
          attrs: { src: "https://cdn.example.com/x.js", integrity: "sha384-def", crossorigin: "anonymous" },
        },
        { src: "https://form-assist.example.net/efo.js?a=1&b=2", attrs: { src: "https://form-assist.example.net/efo.js?a=1&b=2", async: "" } },
        { attrs: {} },
        { src: "/t.js", attrs: { src: "/t.js" } },
      ],
      links: [
        {
          rel: "stylesheet",
          href: "https://cdn.example.com/a.css",
          integrity: "sha384-abc",
          crossorigin: "anonymous",
          attrs: { rel: "stylesheet", href: "https://cdn.example.com/a.css", integrity: "sha384-abc", crossorigin: "anonymous" },
        },
      ],
      metas: [
        {
          httpEquiv: "Content-Security-Policy",
          content: "script-src 'self' https://cdn.example.com",
          attrs: { "http-equiv": "Content-Security-Policy", content: "script-src 'self' https://cdn.example.com" },
        },
      ],
      forms: [],
    });
  });

  it("locates elements at their start tag and attributes as written", () => {
    expect(document.locate(["scripts", 0])).toEqual(range(6, 1, 6, 91));
    expect(document.locate(["scripts", 0, "integrity"])).toEqual(range(6, 44, 6, 66));
    expect(document.locate(["scripts", 1, "src"])).toEqual(range(7, 9, 7, 65));
    expect(document.locate(["scripts", 1, "attrs", "async"])).toEqual(range(7, 66, 7, 71));
    // An attribute that is missing points at its element, where it should be added.
    expect(document.locate(["scripts", 1, "integrity"])).toEqual(range(7, 1, 7, 72));
    expect(document.locate(["scripts", 3])).toEqual(range(10, 11, 10, 31));
    expect(document.locate(["links", 0, "integrity"])).toEqual(range(5, 61, 5, 83));
    expect(document.locate(["metas", 0, "content"])).toEqual(range(4, 44, 4, 95));
  });

  it("gives CRLF and BOM files the positions of their LF twins", () => {
    const crlf = only(htmlParser.parse(`\uFEFF${PAGE.replace(/\n/g, "\r\n")}`, "index.html"));
    expect(crlf.value).toEqual(document.value);
    for (const path of [["scripts", 0, "integrity"], ["scripts", 1], ["metas", 0, "content"], ["scripts", 3, "src"]]) {
      expect(crlf.locate(path)).toEqual(document.locate(path));
    }
  });

  it("keeps the first of duplicate attributes, as browsers do, and tolerates broken markup", () => {
    const doc = only(htmlParser.parse('<p><script src="/a.js" src="/b.js" integrity=\n<div', "broken.html"));
    expect(doc.value).toEqual({ scripts: [], links: [], metas: [], forms: [] });
    const dup = only(htmlParser.parse('<script src="/a.js" src="/b.js"></script>', "dup.html"));
    expect(dup.value).toEqual({ scripts: [{ src: "/a.js", attrs: { src: "/a.js" } }], links: [], metas: [], forms: [] });
  });

  it("never throws and locates any path on arbitrary text", () => {
    const unit = fc.constantFrom(..."<>/=\"' \n\r\tscriptlinkmeta-&;!\uFEFF😀".split(""));
    const segment = fc.oneof(fc.constantFrom("scripts", "links", "metas", "src", "attrs", "integrity"), fc.nat(2));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.array(segment, { maxLength: 4 }), (input, path) => {
        const result = htmlParser.parse(input, "fuzz.html");
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.documents[0]?.locate(path).line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("htmlParser on a page naming none of the elements it reads", () => {
  it("gives the empty page without parsing it", () => {
    const parse5 = vi.spyOn(vendored, "parse5");
    try {
      const text = `<!doctype html><html><body>${"<p>Plain &lt;script&gt; text, <b>linked</b> and formatted.</p>\n".repeat(200)}</body></html>`;
      const page = only(htmlParser.parse(text, "static/index.html"));
      expect(page.value).toEqual({ scripts: [], links: [], metas: [], forms: [] });
      // A path the page does not hold is the whole page, as on a parsed page.
      expect(page.locate(["scripts", 0, "src"])).toEqual({ line: 1, column: 1, endLine: 201, endColumn: 15 });
      expect(parse5).not.toHaveBeenCalled();
      expect(only(htmlParser.parse("<P>x</P>\n<LiNk rel=preload href=/a.js>", "b.html")).value).toEqual({ scripts: [], links: [{ rel: "preload", href: "/a.js", attrs: { rel: "preload", href: "/a.js" } }], metas: [], forms: [] });
      expect(parse5).toHaveBeenCalledTimes(1);
    } finally {
      parse5.mockRestore();
    }
  });

  it("holds none of them in parse5's tree either, whatever else it holds", () => {
    const unit = fc.constantFrom("<", ">", "/", " ", "\n", "\0", "=", '"', "'", "!--", "-->", "<![CDATA[", "]]>", "&lt;", "&#60;", "scr", "ipt", "SCR", "li", "nk", "me", "ta", "fo", "rm", "<svg>", "<math>", "<template>", "</template>", "<noscript>", "<textarea>", "<p>", "<?", "x");
    const read = new Set(["script", "link", "meta", "form"]);
    const elements = (node: { childNodes?: unknown[]; content?: unknown; tagName?: string }, names: string[]): string[] => {
      if (node.tagName !== undefined) names.push(node.tagName);
      for (const child of (node.childNodes ?? []) as Array<typeof node>) elements(child, names);
      if (node.content !== undefined) elements(node.content as typeof node, names);
      return names;
    };
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join("");
        fc.pre(!/<(?:script|link|meta|form)/i.test(text));
        expect(elements(vendored.parse5().parse(text), []).filter((name) => read.has(name))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

// A WordPress theme's contact template: PHP, a form posting to a third party, a templated script.
const TEMPLATE = [
  "<?php get_header(); ?>", //                                                                   1
  '<form action="https://forms.example.net/post" method="post" class="contact">', //             2
  '  <input name="email"><?php wp_nonce_field( "contact" ); ?>', //                                3
  "</form>", //                                                                                     4
  '<form method="post"><button>send</button></form>', //                                          5
  '<script src="<?php echo esc_url( $cdn ); ?>/efo.js"></script>', //                              6
  "<?php get_footer(); ?>", //                                                                     7
  "",
].join("\n");

describe("htmlParser on templates", () => {
  it("reads forms with their action and method, at the attribute as written", () => {
    const page = only(htmlParser.parse(TEMPLATE, "wp-content/themes/shop/page-contact.php"));
    expect((page.value as { forms: unknown }).forms).toEqual([
      { action: "https://forms.example.net/post", method: "post", attrs: { action: "https://forms.example.net/post", method: "post", class: "contact" } },
      { method: "post", attrs: { method: "post" } },
    ]);
    expect(page.locate(["forms", 0, "action"])).toEqual(range(2, 7, 2, 46));
    // A form without an action posts to the page itself: the finding points at the form.
    expect(page.locate(["forms", 1, "action"])).toEqual(range(5, 1, 5, 21));
  });

  it("keeps a value written with template syntax as an expression, never as a known string", () => {
    const page = only(htmlParser.parse(TEMPLATE, "page-contact.php"));
    expect((page.value as { scripts: unknown }).scripts).toEqual([
      { src: { $expr: "<?php echo esc_url( $cdn ); ?>/efo.js" }, attrs: { src: { $expr: "<?php echo esc_url( $cdn ); ?>/efo.js" } } },
    ]);
    const twig = only(htmlParser.parse('<link rel="stylesheet" href="{{ asset(\'app.css\') }}">\n', "base.html.twig"));
    expect((twig.value as { links: Array<{ href: unknown }> }).links[0]?.href).toEqual({ $expr: "{{ asset('app.css') }}" });
  });

  it("reads a Vue binding as an expression for the attribute it binds, placed where it is written", () => {
    const vue = only(htmlParser.parse('<template>\n  <script :src="cdnUrl" integrity="sha384-x"></script>\n</template>\n', "Widget.vue"));
    expect((vue.value as { scripts: unknown }).scripts).toEqual([
      { src: { $expr: "cdnUrl" }, integrity: "sha384-x", attrs: { ":src": "cdnUrl", src: { $expr: "cdnUrl" }, integrity: "sha384-x" } },
    ]);
    expect(vue.locate(["scripts", 0, "src"])).toEqual(range(2, 11, 2, 24));
  });
});
