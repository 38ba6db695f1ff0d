import { list, map, orUnknown, record, text, flag, unknownMarker, type FieldSchema, type SubjectKindSchema } from "./field-schema.js";

const sources = (description: string): FieldSchema => ({
  anyOf: [list(text("A source expression as written."), description), { type: "null", description: "The directive is not set." }, unknownMarker],
  description,
});

const csp: FieldSchema = record(
  {
    header: text("The header name as written (`Content-Security-Policy`, `…-Report-Only`)."),
    enforced: flag("False for `Content-Security-Policy-Report-Only`: reported, not enforced."),
    value: orUnknown(text("The policy text as written.")),
    directives: orUnknown(map(list(text("A source expression."), "The directive's sources."), "Directive name (lower case) → its sources, as written.")),
    scriptSrc: sources("Sources that govern scripts: `script-src`, else `default-src`; null when neither is set."),
    connectSrc: sources("Where scripts may send data: `connect-src`, else `default-src`; null when neither is set."),
    formAction: sources("Where forms may post: `form-action` (no fallback); null when not set."),
  },
  "One Content-Security-Policy header or `<meta http-equiv>`.",
  ["header", "enforced", "value", "directives", "scriptSrc", "connectSrc", "formAction"],
);

/** Fields of a `response-headers` subject (docs/subjects/response-headers.md). */
export const responseHeadersSchema: SubjectKindSchema = {
  value: record(
    {
      name: text("What the scope is, for messages: `nginx server shop.example.jp location /contact/`."),
      csp: list(csp, "Every CSP header the scope sends, enforced or report-only."),
      discarded: list(
        {
          anyOf: [
            record(
              {
                header: text("The inherited header's name."),
                value: text("Its value."),
                from: text("The level it was set at."),
              },
              "An inherited CSP header this level drops because it writes an `add_header` of its own.",
              ["header", "value", "from"],
            ),
            unknownMarker,
          ],
          description: "An inherited CSP header dropped here, or a marker when an include that may drop it was not found.",
        },
        "CSP headers of the enclosing nginx level that this level drops (nginx inherits add_header only into levels that have none).",
      ),
      unread: {
        anyOf: [{ type: "null", description: "Every file the level reads is in the scan." }, unknownMarker],
        description: "nginx: a marker when this server, or the http block around it, includes a file the scan does not hold, which may send a CSP; null otherwise.",
      },
    },
    "The security headers one scope of a site sends.",
    ["name", "csp", "discarded", "unread"],
  ),
  meta: record(
    {
      product: text("The product.", ["nginx", "html", "netlify", "vercel", "cloudfront"]),
      address: text("CloudFront: Terraform address of the response headers policy."),
    },
    "Facts about the subject.",
    ["product"],
  ),
};
