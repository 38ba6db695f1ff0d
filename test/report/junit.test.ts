import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJunit } from "../../src/report/junit.js";
import { SEVERITIES, type Finding } from "../../src/types.js";
import { finding, policy, repositoryLevel, runResult } from "./fixtures.js";

describe("toJunit", () => {
  it("writes a suite per policy: failures at or above fail-on, the rest skipped with the reason, a passing case when nothing was found", () => {
    const waiver = { owner: "web", reason: "legacy", expires: "2026-12-31", daysLeft: 3, source: "w.yml:1" };
    const result = runResult(
      [
        finding({ message: 'a "quoted" <tag> & more' }),
        finding({ severity: "info", file: "i.php", message: "minor" }),
        finding({ status: "unknown", file: "u.php", message: "computed" }),
        finding({ status: "waived", file: "w.php", waiver }),
        repositoryLevel(finding({ policyId: "waiver-stale", severity: "low", message: "stale", subject: "." })),
      ],
      { coverage: [{ policyId: "NR-OTHER-001", subjects: 4 }] },
    );
    const xml = toJunit(result, { policies: [policy(), policy({ id: "NR-OTHER-001", title: "Other" })] });
    expect(xml).toBe(
      [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="norecur" tests="6" failures="2" errors="0" skipped="3">`,
        `  <testsuite name="NR-CACHE-001: Form pages are never stored in a page cache" tests="4" failures="1" errors="0" skipped="3">`,
        `    <testcase classname="NR-CACHE-001" name="wp-content/wp-cache-config.php:12:5 wp-super-cache" file="wp-content/wp-cache-config.php" line="12">`,
        `      <failure message="a &quot;quoted&quot; &lt;tag&gt; &amp; more" type="critical">wp-content/wp-cache-config.php:12:5: a "quoted" &lt;tag&gt; &amp; more</failure>`,
        `    </testcase>`,
        `    <testcase classname="NR-CACHE-001" name="i.php:12:5 wp-super-cache" file="i.php" line="12">`,
        `      <skipped message="info, below fail-on low: minor"/>`,
        `    </testcase>`,
        `    <testcase classname="NR-CACHE-001" name="u.php:12:5 wp-super-cache" file="u.php" line="12">`,
        `      <skipped message="could not be decided: computed"/>`,
        `    </testcase>`,
        `    <testcase classname="NR-CACHE-001" name="w.php:12:5 wp-super-cache" file="w.php" line="12">`,
        `      <skipped message="waived by web until 2026-12-31: legacy"/>`,
        `    </testcase>`,
        `  </testsuite>`,
        `  <testsuite name="NR-OTHER-001: Other" tests="1" failures="0" errors="0" skipped="0">`,
        `    <testcase classname="NR-OTHER-001" name="no findings (4 subjects checked)"/>`,
        `  </testsuite>`,
        `  <testsuite name="waiver-stale" tests="1" failures="1" errors="0" skipped="0">`,
        `    <testcase classname="waiver-stale" name="repository ." file=".">`,
        `      <failure message="stale" type="low">repository: stale</failure>`,
        `    </testcase>`,
        `  </testsuite>`,
        `</testsuites>`,
        ``,
      ].join("\n"),
    );
  });

  it("redacts credentials", () => {
    const xml = toJunit(runResult([finding({ message: "key AKIAIOSFODNN7EXAMPLE" })]), { policies: [] });
    expect(xml).not.toContain("AKIAIOSFODNN7EXAMPLE");
  });

  it("only ever writes characters and markup XML 1.0 allows, whatever the messages hold", () => {
    const arbitrary = fc
      .record({ message: fc.string({ unit: "binary" }), file: fc.string({ unit: "binary", minLength: 1 }), severity: fc.constantFrom(...SEVERITIES) })
      .map((f): Finding => finding(f));
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 6 }), (findings) => {
        const xml = toJunit(runResult(findings), { policies: [] });
        // No character XML 1.0 forbids (lone surrogates included).
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        // Every `<` opens one of our elements and every `&` one of our references.
        expect(xml.replace(/<(\?xml |\/?(testsuites|testsuite|testcase|failure|skipped)\b)/g, "")).not.toContain("<");
        expect(xml.replace(/&(amp|lt|gt|quot|apos|#10|#13|#9);/g, "")).not.toContain("&");
        // Attribute values never hold a raw quote or line break.
        for (const [, value] of xml.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/[\n\r<]/);
      }),
      { numRuns: 200 },
    );
  });
});
