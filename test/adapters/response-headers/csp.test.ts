import { describe, expect, it } from "vitest";
import { cspValue, isCspHeader, parseCsp } from "../../../src/adapters/response-headers/csp.js";
import { nonceOnlyPolicy } from "../../../src/adapters/response-headers/templated-csp.js";

describe("parseCsp", () => {
  it("splits directives at ';' and whitespace, lower-cases names and keeps sources as written", () => {
    expect(parseCsp("Default-Src 'self';  script-src 'self' https://CDN.example.org ;form-action 'self';")).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "https://CDN.example.org"],
      "form-action": ["'self'"],
    });
  });

  it("keeps the first of a repeated directive, as browsers do", () => {
    expect(parseCsp("script-src 'self'; script-src *")).toEqual({ "script-src": ["'self'"] });
  });

  it("gives an empty list for a directive without sources and ignores empty parts", () => {
    expect(parseCsp("upgrade-insecure-requests;;")).toEqual({ "upgrade-insecure-requests": [] });
  });
});

describe("cspValue", () => {
  it("falls back to default-src for scripts and connections, never for form-action", () => {
    const csp = cspValue("Content-Security-Policy", "default-src 'self' https:");
    expect(csp.enforced).toBe(true);
    expect(csp.scriptSrc).toEqual(["'self'", "https:"]);
    expect(csp.connectSrc).toEqual(["'self'", "https:"]);
    expect(csp.formAction).toBeNull();
  });

  it("reads report-only headers as not enforced, whatever their case", () => {
    expect(cspValue("content-security-policy-report-only", "script-src 'self'").enforced).toBe(false);
    expect(isCspHeader(" Content-Security-Policy-Report-Only ")).toBe(true);
    expect(isCspHeader("X-Content-Security-Policy")).toBe(false);
  });

  it("keeps a computed policy as the marker in every derived field", () => {
    const marker = { $expr: "var.csp" };
    const csp = cspValue("Content-Security-Policy", marker);
    expect([csp.value, csp.directives, csp.scriptSrc, csp.connectSrc, csp.formAction]).toEqual([marker, marker, marker, marker, marker]);
  });
});

describe("nonceOnlyPolicy", () => {
  it("reads a templated meta policy whose only holes are nonces", () => {
    expect(nonceOnlyPolicy({ $expr: "script-src 'nonce-{{ csp_nonce }}' 'strict-dynamic'; form-action 'self'" })).toBe(
      "script-src 'nonce-templated' 'strict-dynamic'; form-action 'self'",
    );
    expect(nonceOnlyPolicy({ $expr: "script-src 'self' 'nonce-<?= $nonce ?>'" })).toBe("script-src 'self' 'nonce-templated'");
  });

  it("keeps anything else templated unknown", () => {
    expect(nonceOnlyPolicy({ $expr: "{{ csp_policy }}" })).toBeUndefined();
    expect(nonceOnlyPolicy({ $expr: "script-src 'self' {{ cdn_host }}" })).toBeUndefined();
    expect(nonceOnlyPolicy({ $expr: "script-src 'nonce-{{ n }}' {% if debug %}'unsafe-eval'{% endif %}" })).toBeUndefined();
    expect(nonceOnlyPolicy({ $unknown: "not read" })).toBeUndefined();
  });
});
