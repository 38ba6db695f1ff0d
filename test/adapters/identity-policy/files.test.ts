import { describe, expect, it } from "vitest";
import { githubSubjects } from "../../../src/adapters/identity-policy/github.js";
import { openvpnSubjects } from "../../../src/adapters/identity-policy/openvpn.js";
import { parsed, textAt } from "./parse-documents.js";

describe("identity-policy subjects from OpenVPN and the GitHub snapshot", () => {
  it.each([
    ["certificate only", "server 10.8.0.0 255.255.255.0\n", "off"],
    ["certificate and PAM", "server 10.8.0.0 255.255.255.0\nplugin /usr/lib/openvpn/openvpn-plugin-auth-pam.so openvpn\n", "required"],
    ["password without certificate", "server 10.8.0.0 255.255.255.0\nclient-cert-not-required\nauth-user-pass-verify /bin/check via-env\n", "off"],
    ["certificate required explicitly", "mode server\nverify-client-cert require\nmanagement-client-auth\n", "required"],
    ["OTP plugin without certificate", "server 10.8.0.0 255.255.255.0\nverify-client-cert none\nplugin /usr/lib/openvpn/openvpn-otp.so\n", "required"],
  ])("OpenVPN %s: %s", (_name, text, level) => {
    const [server] = openvpnSubjects([parsed("server.conf", "openvpn", text)]);
    expect((server?.value as Record<string, unknown>)["secondFactor"]).toBe(level);
  });

  it("OpenVPN: a config file that is not read may add the factor; only an OTP plugin in this file decides", () => {
    const text = "server 10.8.0.0 255.255.255.0\nconfig /etc/openvpn/auth.conf\n";
    const [server] = openvpnSubjects([parsed("server.conf", "openvpn", text)]);
    expect((server?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $unknown: expect.stringContaining("/etc/openvpn/auth.conf") });
    expect(textAt(text, server, "secondFactor")).toBe("config /etc/openvpn/auth.conf");
    const otp = openvpnSubjects([parsed("server.conf", "openvpn", `${text}plugin /usr/lib/openvpn/openvpn-otp.so\n`)]);
    expect((otp[0]?.value as Record<string, unknown>)["secondFactor"]).toBe("required");
  });

  it("OpenVPN client profiles are not subjects", () => {
    expect(openvpnSubjects([parsed("laptop.ovpn", "openvpn", "client\nremote vpn.example.com 1194\nauth-user-pass\n")])).toEqual([]);
  });

  it("GitHub: lists of objects with logins are read too; a missing list is unverified, not empty", () => {
    const text = '{\n  "organization": {\n    "login": "acme",\n    "two_factor_requirement_enabled": true,\n    "members_without_2fa": [{ "login": "bob" }]\n  }\n}\n';
    const [org] = githubSubjects([parsed(".norecur/github-settings.json", "github-settings", text)]);
    expect(org?.value).toMatchObject({
      name: "acme",
      secondFactor: "required",
      gaps: [{ kind: "member-without-2fa", who: "bob" }],
      unverified: [{ $unknown: "outside_collaborators_without_2fa is missing from the snapshot" }],
    });
    expect(textAt(text, org, "gaps", 0)).toBe('{ "login": "bob" }]');
  });

  it("GitHub: a null requirement (token without admin:org) is unknown, not false", () => {
    const text = '{ "organization": { "login": "acme", "two_factor_requirement_enabled": null, "members_without_2fa": [], "outside_collaborators_without_2fa": [] } }';
    const [org] = githubSubjects([parsed(".norecur/github-settings.json", "github-settings", text)]);
    expect((org?.value as Record<string, unknown>)["secondFactor"]).toEqual({ $unknown: expect.stringContaining("admin:org") });
  });
});
