import { describe, expect, it } from "vitest";
import { nfsExportsParser, type ExportClient, type ExportOption } from "../../src/formats/nfs-exports.js";
import type { DocPath, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

/** The exports(5) defaults, then `changes`. */
function options(changes: Record<string, ExportOption>): Record<string, ExportOption> {
  return {
    ro: true,
    rw: false,
    sync: true,
    async: false,
    root_squash: true,
    no_root_squash: false,
    all_squash: false,
    no_all_squash: true,
    secure: true,
    insecure: false,
    subtree_check: false,
    no_subtree_check: true,
    wdelay: true,
    no_wdelay: false,
    hide: true,
    nohide: false,
    secure_locks: true,
    insecure_locks: false,
    sec: ["sys"],
    ...changes,
  };
}

function client(host: string, changes: Record<string, ExportOption>, written: string[], flags: Partial<ExportClient> = {}): ExportClient {
  return { host, world: false, worldFromSpace: false, implicit: false, options: options(changes), written, ...flags };
}

const EXPORTS = [
  "# /etc/exports: the access control list for filesystems which may be exported", // 1
  "#               to NFS clients.  See exports(5).", //                                 2
  "/srv/nfs4        192.168.1.0/24(rw,sync,fsid=0,crossmnt,no_subtree_check)", //       3
  "/srv/public      host1.example.com (rw)", //                                          4
  '"/srv/team share" -ro,async @staff(rw,no_root_squash) \\', //                         5
  "                  *.example.org", //                                                  6
  "/srv/home        *(rw,insecure,sec=krb5p:krb5i,anonuid=65534) # home dirs", //        7
  "/srv/bare", //                                                                        8
  "",
].join("\n");

describe("nfsExportsParser", () => {
  const document = only(nfsExportsParser.parse(EXPORTS, "etc/exports"));

  it("reads exports with the exports(5) defaults applied", () => {
    expect(document.value).toEqual({
      exports: [
        {
          path: "/srv/nfs4",
          defaults: [],
          clients: [
            client(
              "192.168.1.0/24",
              { rw: true, ro: false, fsid: "0", crossmnt: true },
              ["rw", "sync", "fsid=0", "crossmnt", "no_subtree_check"],
            ),
          ],
        },
        {
          path: "/srv/public",
          defaults: [],
          clients: [
            client("host1.example.com", {}, []),
            client("*", { rw: true, ro: false }, ["rw"], { world: true, worldFromSpace: true }),
          ],
        },
        {
          path: "/srv/team share",
          defaults: ["ro", "async"],
          clients: [
            client("@staff", { rw: true, ro: false, async: true, sync: false, no_root_squash: true, root_squash: false }, [
              "ro",
              "async",
              "rw",
              "no_root_squash",
            ]),
            client("*.example.org", { async: true, sync: false }, ["ro", "async"]),
          ],
        },
        {
          path: "/srv/home",
          defaults: [],
          clients: [
            client(
              "*",
              { rw: true, ro: false, insecure: true, secure: false, sec: ["krb5p", "krb5i"], anonuid: 65534 },
              ["rw", "insecure", "sec=krb5p:krb5i", "anonuid=65534"],
              { world: true },
            ),
          ],
        },
        { path: "/srv/bare", defaults: [], clients: [client("*", {}, [], { world: true, implicit: true })] },
      ],
    });
  });

  it.each([
    ["the world client made by a space before '('", ["exports", 1, "clients", 1], range(4, 36, 4, 40)],
    ["the host left with the defaults", ["exports", 1, "clients", 0, "host"], range(4, 18, 4, 35)],
    ["a default option: the client", ["exports", 1, "clients", 0, "options", "rw"], range(4, 18, 4, 35)],
    ["an option written on the client", ["exports", 2, "clients", 0, "options", "no_root_squash"], range(5, 39, 5, 53)],
    ["an option from the line defaults", ["exports", 2, "clients", 1, "options", "async"], range(5, 23, 5, 28)],
    ["a client on a continuation line", ["exports", 2, "clients", 1], range(6, 19, 6, 32)],
    ["a multi-flavour sec option", ["exports", 3, "clients", 0, "options", "sec"], range(7, 32, 7, 47)],
    ["a quoted path, quotes included", ["exports", 2, "path"], range(5, 1, 5, 18)],
    ["a whole continued line", ["exports", 2], range(5, 1, 6, 32)],
    ["an implicit client: the path", ["exports", 4, "clients", 0], range(8, 1, 8, 10)],
    ["a written option by index", ["exports", 3, "clients", 0, "written", 3], range(7, 48, 7, 61)],
  ] as Array<[string, DocPath, Range]>)("locates %s", (_name, path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it.each([
    ["CRLF", EXPORTS.replace(/\n/g, "\r\n")],
    ["BOM", `\uFEFF${EXPORTS}`],
    ["BOM and CRLF", `\uFEFF${EXPORTS.replace(/\n/g, "\r\n")}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const other = only(nfsExportsParser.parse(variant, "etc/exports"));
    expect(other.value).toEqual(document.value);
    for (const path of [["exports", 2, "clients", 1], ["exports", 2], ["exports", 3, "clients", 0, "options", "sec"]] as DocPath[]) {
      expect(other.locate(path)).toEqual(document.locate(path));
    }
  });

  it.each([
    ["an unterminated quote", '/srv/a *(ro)\n"/srv/b *(rw)\n', "unterminated quote", range(2, 1, 2, 2)],
    ["an unterminated option list", "/srv/a\t10.0.0.0/8(rw,sync\n", "unterminated option list: missing ')'", range(1, 8, 1, 26)],
    ["text after ')'", "/srv/a host(rw)x\n", "unexpected text in a client's option list", range(1, 8, 1, 17)],
    ["a ')' without '('", "/srv/a host)\n", "')' without '(' in a client", range(1, 8, 1, 13)],
    ["a line without a path", "  -rw host\n", "expected an export path at the start of the line", range(1, 3, 1, 6)],
  ])("reports %s with its position", (_name, text, message, expected) => {
    expect(nfsExportsParser.parse(text, "etc/exports")).toEqual({ ok: false, errors: [{ message, range: expected }] });
  });
});
