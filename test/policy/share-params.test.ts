import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

const EXPORTS = "/srv/nfs/media     192.168.10.0/24(ro,insecure)\n/srv/nfs/macs      192.168.20.0/24(rw,insecure)\n";

async function findings(files: Record<string, string>): Promise<string[]> {
  const cwd = makeTree(files);
  const result = await check({ cwd, paths: ["."] });
  return result.findings.filter((f) => f.policyId.startsWith("NR-SHARE")).map((f) => `${f.policyId} ${f.file}:${f.range?.line}:${f.range?.column}`);
}

// Fixtures run with default parameters; these are the exceptions a .norecur.yml writes down.
describe("share policy parameters from .norecur.yml", () => {
  it("NR-SHARE-006 accepts insecure on an export whose reason is recorded, and only there", async () => {
    const config = 'params:\n  NR-SHARE-006:\n    insecureExports:\n      /srv/nfs/media: "macOS Finder mounts from unprivileged ports"\n';
    expect(await findings({ "etc/exports": EXPORTS, ".norecur.yml": config })).toEqual(["NR-SHARE-006 etc/exports:2:39"]);
  });

  it("NR-SHARE-006 does not take an empty reason", async () => {
    const config = 'params:\n  NR-SHARE-006:\n    insecureExports:\n      /srv/nfs/media: "  "\n';
    expect(await findings({ "etc/exports": EXPORTS, ".norecur.yml": config })).toEqual(["NR-SHARE-006 etc/exports:1:39", "NR-SHARE-006 etc/exports:2:39"]);
  });

  it("NR-SHARE-004 judges the shares the configuration names, by name or path", async () => {
    const smb = "[global]\n   workgroup = X\n[seminar]\n   path = /srv/events\n[archive]\n   path = /srv/kojin/2015\n[templates]\n   path = /srv/templates\n";
    const config = 'params:\n  NR-SHARE-004:\n    personalDataShares: ["seminar", "/srv/kojin/**"]\n';
    expect(await findings({ "etc/samba/smb.conf": smb, ".norecur.yml": config })).toEqual(["NR-SHARE-004 etc/samba/smb.conf:3:1", "NR-SHARE-004 etc/samba/smb.conf:5:1"]);
  });
});
