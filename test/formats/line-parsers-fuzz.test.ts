import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aptConfParser } from "../../src/formats/apt-conf.js";
import { dotenvParser } from "../../src/formats/dotenv.js";
import { iniParser, sambaParser } from "../../src/formats/ini.js";
import { netlifyHeadersParser } from "../../src/formats/netlify-headers.js";
import { nfsExportsParser } from "../../src/formats/nfs-exports.js";
import { openvpnParser } from "../../src/formats/openvpn.js";
import { squidParser } from "../../src/formats/squid.js";

describe("line-format parsers on arbitrary text", () => {
  // Syntax characters, and whitespace that is not a blank or a line break (a BOM inside the text, \v, NBSP, LS):
  // these once sent three of the parsers into infinite loops.
  const unit = fc.constantFrom(..."[]=;#\"'\\\n\r \t{}()/*!-<>:,ab\uFEFF\v\f\u00a0\u2028".split(""));
  const text = fc.string({ unit, maxLength: 60 });
  const segment = fc.oneof(
    fc.constantFrom("a", "b", "keys", "sections", "entries", "exports", "clients", "options", "config", "directives", "acls", "variables", "path", "headers"),
    fc.nat(3),
  );
  const path = fc.array(segment, { maxLength: 6 });

  it.each([aptConfParser, dotenvParser, iniParser, netlifyHeadersParser, nfsExportsParser, openvpnParser, sambaParser, squidParser])(
    "$id never throws, reports one positioned error or locates any path",
    (parser) => {
      fc.assert(
        fc.property(text, path, (input, at) => {
          const result = parser.parse(input, "fuzz");
          if (!result.ok) {
            expect(result.errors).toHaveLength(1);
            expect(result.errors[0]?.range.line).toBeGreaterThanOrEqual(1);
            return;
          }
          const range = result.documents[0]?.locate(at);
          expect(range?.line).toBeGreaterThanOrEqual(1);
          expect(range?.column).toBeGreaterThanOrEqual(1);
        }),
      );
    },
  );
});
