import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { litespeedExportParser } from "../../src/formats/litespeed-export.js";
import { only, range } from "../helpers/parse.js";

// The shape of a LiteSpeed Cache v4+ GUI export (src/import.cls.php): one JSON pair per line,
// blank lines between, the version first.
const EXPORT = [
  '["_version","6.1"]', // 1
  "", // 2
  '["cache",true]', // 3
  "", // 4
  '["cache-exc",["^/contact/","/mypage/"]]', // 5
  "", // 6
  '["cache-ttl_pub",604800]', // 7
  "", // 8
  '["cache-exc",["/toiawase/"]]', // 9
].join("\r\n");

describe("litespeedExportParser", () => {
  it("reads the pairs into an object of option id → value, the last of a repeated id winning", () => {
    const document = only(litespeedExportParser.parse(EXPORT, "LSCWP_cfg-example.jp_-20240205_130000.data"));
    expect(document.value).toEqual({ _version: "6.1", cache: true, "cache-exc": ["/toiawase/"], "cache-ttl_pub": 604800 });
  });

  it("locates each option's value, and values inside it, on its own line", () => {
    const document = only(litespeedExportParser.parse(EXPORT, "x.data"));
    expect(document.locate(["cache"])).toEqual(range(3, 10, 3, 14));
    expect(document.locate(["cache-exc", 0])).toEqual(range(9, 15, 9, 27));
    expect(document.locate(["cache-ttl_pub"])).toEqual(range(7, 18, 7, 24));
    expect(document.locate(["missing"]).line).toBe(1);
  });

  it("reads an older base64 export, locating everything at the whole file", () => {
    const text = Buffer.from(JSON.stringify({ cache: "1", "cache-exc": ["/contact/"] })).toString("base64");
    const document = only(litespeedExportParser.parse(`${text}\n`, "old.data"));
    expect(document.value).toEqual({ cache: "1", "cache-exc": ["/contact/"] });
    expect(document.locate(["cache-exc", 0])).toEqual(range(1, 1, 1, text.length + 1));
  });

  it.each([
    ['["_version","6.1"]\n\n["cache",tru]\n', 3],
    ['["_version","6.1"]\n{"cache":1}\n', 2],
    ['["a",1,2]\n', 1],
    ["not base64 at all!\n", 1],
    [`${Buffer.from("[1,2]").toString("base64")}\n`, 1],
  ])("reports a positioned error for %j", (text, line) => {
    const result = litespeedExportParser.parse(text, "bad.data");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.range.line).toBe(line);
  });

  it("never throws, and locates any path of what it reads", () => {
    const unit = fc.constantFrom(..."[]\",:{}ab01 \n\r\t\\=+/".split(""));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.array(fc.oneof(fc.constantFrom("a", "b", "cache"), fc.nat(3)), { maxLength: 4 }), (text, path) => {
        const result = litespeedExportParser.parse(text, "fuzz.data");
        if (!result.ok) {
          expect(result.errors[0]?.range.line).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(result.documents[0]?.locate(path).line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
