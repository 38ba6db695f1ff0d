import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/discover/detect-format.js";
import { sniffKeycloakRealm } from "../../src/formats/keycloak-realm.js";

const REALM = '{\n  "id": "staff",\n  "realm": "staff",\n  "requiredActions": [\n    { "alias": "CONFIGURE_TOTP" }\n  ]\n}\n';
const FLOWS_ONLY = '{ "realm": "staff", "authenticationFlows": [] }';

describe("formats of the identity-policy adapters", () => {
  it.each([
    ["keycloak/realm-export.json", "{}", "keycloak-realm"],
    ["staff-realm.json", "{}", "keycloak-realm"],
    ["config/keycloak/staff.json", REALM, "keycloak-realm"],
    ["config/keycloak/staff.json", FLOWS_ONLY, "keycloak-realm"],
    ["config/keycloak/staff.json", '{ "realm": "staff" }', "json"],
    ["config/app.json", '{ "name": "realm", "requiredActions": [] }', "json"],
    [".norecur/github-settings.json", '{ "version": 1 }', "github-settings"],
    ["docs/github-settings.json", '{ "version": 1 }', "json"],
  ])("%s (%s) is read as %s", (path, text, format) => {
    expect(detectFormat(path, () => text, [])).toBe(format);
  });

  it("sniffs the realm key together with flows or required actions, in any order", () => {
    expect(sniffKeycloakRealm('{ "requiredActions": [ ], "realm": "a" }')).toBe(true);
    expect(sniffKeycloakRealm('{ "realm": 1, "requiredActions": [] }')).toBe(false);
    expect(sniffKeycloakRealm('{ "realm": "a", "requiredActions": "x" }')).toBe(false);
  });
});

describe("OpenVPN configurations outside an openvpn/ folder", () => {
  const SERVER = ["port 1194", "proto udp", "dev tun", "ca ca.crt", "server 10.8.0.0 255.255.255.0", ""].join("\n");
  const CLIENT = ["client", "dev tun0 # the first device", "remote vpn.example.com 1194", ""].join("\n");
  it.each([
    ["sample/sample-config-files/server.conf", SERVER, "openvpn"],
    ["deploy/client.conf", CLIENT, "openvpn"],
    ["openvpn/server.conf", "", "openvpn"],
    // A device line alone, or options that other programs share, are not enough.
    ["etc/net/tunnel.conf", "dev tun0\nmtu 1400\n", undefined],
    ["etc/app.conf", "proto udp\nremote example.com\n", undefined],
    ["etc/nginx/conf.d/site.conf", "server {\n    listen 80;\n}\n", "nginx"],
  ])("%s is read as %s", (path, text, format) => {
    expect(detectFormat(path, () => text, [])).toBe(format);
  });
});
