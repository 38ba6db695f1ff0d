import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";

const place = (f: { policyId: string; file: string; range?: { line: number; column: number }; status: string }) =>
  `${f.policyId} ${f.file}${f.range ? `:${f.range.line}:${f.range.column}` : ""}${f.status === "unknown" ? " unknown" : ""}`;

// examples/README.md and each example's README list these findings and why each is there.
describe("the share and form-page examples", () => {
  it("examples/office-fileserver shows the share findings, with its .norecur.yml", async () => {
    const result = await check({ cwd: join(process.cwd(), "examples/office-fileserver"), paths: ["."] });
    expect(result.findings.map(place).sort()).toEqual([
      "NR-SHARE-001 etc/samba/smb.conf:19:15",
      "NR-SHARE-003 etc/samba/smb.conf:12:26",
      "NR-SHARE-004 etc/samba/smb.conf:16:1",
      "NR-SHARE-004 etc/samba/smb.conf:23:1",
      "NR-SHARE-005 etc/exports:4:51",
      "NR-SHARE-006 etc/exports:3:63",
      "NR-SHARE-007 etc/samba/smb.conf:10:29",
      "NR-SHARE-007 etc/samba/smb.conf:9:19",
    ]);
  });

  it("examples/shop-form shows the script, CSP and log findings", async () => {
    const result = await check({ cwd: join(process.cwd(), "examples/shop-form"), paths: ["."], config: false });
    expect(result.findings.map(place).sort()).toEqual([
      "NR-LOG-102 etc/nginx/sites-available/shop.example.jp:17:9",
      "NR-WEB-001 public/entry/index.html:14:11",
      "NR-WEB-002 etc/nginx/sites-available/shop.example.jp:16:9",
      "NR-WEB-002 etc/nginx/snippets/security-headers.conf:1:36",
      "NR-WEB-002 etc/nginx/snippets/security-headers.conf:1:36",
    ]);
  });
});
