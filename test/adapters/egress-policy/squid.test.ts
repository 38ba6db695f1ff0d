import { describe, expect, it } from "vitest";
import { at, byId, egressSubjects } from "./subjects.js";

const squid = (text: string): [string, string] => ["squid", text];

describe("Squid egress zones", () => {
  it("read the stock rules as allow by default, at the broad allow", () => {
    const subjects = egressSubjects({
      "squid.conf": squid("acl localnet src 10.0.0.0/8\nacl SSL_ports port 443\nhttp_access deny CONNECT !SSL_ports\nhttp_access allow localnet\nhttp_access deny all\n"),
    });
    const zone = byId(subjects, "squid:squid.conf");
    expect(zone.value.defaultAction).toBe("allow");
    expect(zone.value.shape).toBe("blocklist");
    expect(at(zone, ["shape"])).toBe("squid.conf:4:1");
  });

  it("read an allow with a destination ACL as an allowlist, exact names apart from .domain patterns", () => {
    const zone = byId(
      egressSubjects({
        "squid.conf": squid("acl localnet src 10.0.0.0/8\nacl ok dstdomain .example.net API.example.org\nacl ip dst 192.0.2.0/24\nhttp_access allow localnet ok\nhttp_access allow localnet ip\nhttp_access deny all\n"),
      }),
      "squid:squid.conf",
    );
    expect(zone.value.defaultAction).toBe("deny");
    expect(zone.value.allowed.domains).toEqual([
      { domain: ".example.net", exact: false, ports: [] },
      { domain: "api.example.org", exact: true, ports: [] },
    ]);
    expect(zone.value.allowed.cidrs).toEqual([{ cidr: "192.0.2.0/24", ports: [] }]);
    expect(at(zone, ["allowed", "domains", 1])).toBe("squid.conf:2:31");
  });

  it("accept a broad allow after `deny !allowed`, and apply the opposite of the last rule when nothing matches", () => {
    const guarded = egressSubjects({ "a/squid.conf": squid("acl ok dstdomain .example.net\nacl lan src 10.0.0.0/8\nhttp_access deny !ok\nhttp_access allow lan\n") });
    expect(byId(guarded, "squid:a/squid.conf").value.defaultAction).toBe("deny");
    const denyOnly = egressSubjects({ "b/squid.conf": squid("acl bad dstdomain .dropbox.com\nhttp_access deny bad\n") });
    const zone = byId(denyOnly, "squid:b/squid.conf");
    expect(zone.value.defaultAction).toBe("allow");
    expect(zone.value.denied.domains).toEqual([{ domain: ".dropbox.com", exact: false, ports: [] }]);
    expect(at(zone, ["defaultAction"])).toBe("b/squid.conf:2:1");
  });

  it("splice included conf.d rules in at the include line, in file-name order", () => {
    const subjects = egressSubjects({
      "etc/squid/squid.conf": squid("acl ok dstdomain .example.net\ninclude /etc/squid/conf.d/*.conf\nhttp_access deny !ok\nhttp_access deny all\n"),
      "etc/squid/conf.d/20-lan.conf": squid("acl lan src 10.0.0.0/8\nhttp_access allow lan\n"),
      "etc/squid/conf.d/10-bad.conf": squid("acl bad dstdomain .mega.nz\nhttp_access deny bad\n"),
    });
    expect(subjects.map((s) => s.id)).toEqual(["squid:etc/squid/squid.conf"]);
    const zone = byId(subjects, "squid:etc/squid/squid.conf");
    // The include comes before `deny !ok`, so `allow lan` from conf.d matches first.
    expect(zone.value.defaultAction).toBe("allow");
    expect(at(zone, ["defaultAction"])).toBe("etc/squid/conf.d/20-lan.conf:2:1");
    expect(zone.value.denied.domains).toEqual([{ domain: ".mega.nz", exact: false, ports: [] }]);
  });

  it("mark ACL files, regular expressions and undefined ACLs as unknown", () => {
    const zone = byId(
      egressSubjects({ "squid.conf": squid('acl ok dstdomain "/etc/squid/ok.txt"\nacl rx dstdom_regex -i \\.example\\.\nhttp_access allow ok\nhttp_access allow rx\nhttp_access allow clients\n') }),
      "squid:squid.conf",
    );
    expect(zone.value.allowed.domains.map((d: { domain: unknown }) => d.domain)).toEqual([
      { $unknown: "the values of ACL ok are listed in /etc/squid/ok.txt, which is not read" },
      { $unknown: "dstdom_regex \\.example\\. is a regular expression, not a domain list" },
    ]);
    expect(zone.value.defaultAction).toEqual({ $unknown: "ACL clients is not defined in the scanned files" });
  });

  it("read ACLs defined only in an included file", () => {
    const zone = byId(
      egressSubjects({
        "proxy/squid.conf": squid("include /etc/squid/acls.conf\nacl lan src 10.0.0.0/8\nhttp_access allow lan ok\nhttp_access deny all\n"),
        "proxy/acls.conf": squid("acl ok dstdomain .example.net\n"),
      }),
      "squid:proxy/squid.conf",
    );
    expect(zone.value.defaultAction).toBe("deny");
    expect(zone.value.allowed.domains).toEqual([{ domain: ".example.net", exact: false, ports: [] }]);
    expect(at(zone, ["allowed", "domains", 0])).toBe("proxy/acls.conf:1:18");
  });

  it("make the verdict unknown after an include of a file that is not in the scan; an empty glob adds nothing", () => {
    const rules = "acl lan src 10.0.0.0/8\nacl ok dstdomain .example.net\nhttp_access allow lan ok\nhttp_access deny all\n";
    const missing = byId(egressSubjects({ "a/squid.conf": squid(`include /etc/squid/local.conf\n${rules}`) }), "squid:a/squid.conf");
    expect(missing.value.defaultAction).toEqual({ $unknown: "include /etc/squid/local.conf (no match) may add rules that Squid reads first" });
    expect(at(missing, ["defaultAction"])).toBe("a/squid.conf:1:1");
    const glob = byId(egressSubjects({ "b/squid.conf": squid(`include /etc/squid/conf.d/*.conf\n${rules}`) }), "squid:b/squid.conf");
    expect(glob.value.defaultAction).toBe("deny");
  });
});
