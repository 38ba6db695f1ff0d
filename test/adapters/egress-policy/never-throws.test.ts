import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { egressPolicyAdapter, egressPolicyFormats } from "../../../src/adapters/egress-policy/index.js";
import type { Document } from "../../../src/types.js";

const somewhere = { line: 1, column: 1, endLine: 1, endColumn: 2 };

// Shapes the adapters look for, with arbitrary values where they expect structure.
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom<unknown>(null, true, false, 0, -1, 53, "53", "", "0.0.0.0/0", "*", "**.x", "a*.x", "egress", "Egress", "ALLOW_ANY", "REGISTRY_ONLY", "-1", "audit", "block",
      "v1", "Namespace", "NetworkPolicy", "networking.k8s.io/v1", "cilium.io/v2", "CiliumNetworkPolicy", "networking.istio.io/v1", "ServiceEntry", "Sidecar",
      "install.istio.io/v1alpha1", "IstioOperator", "ConfigMap", "istio", "mode: [", "step-security/harden-runner@v2", "host", "none", "world", "deny", "allow",
      "aws_security_group.db.id", { $expr: "var.x" }, { $expr: "aws_security_group.db.id" }, { $unknown: "x" }),
    fc.string(),
    fc.array(tie("any"), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom("apiVersion", "kind", "metadata", "name", "namespace", "labels", "spec", "egress", "egressDeny", "to", "ipBlock", "cidr", "ports", "port",
        "podSelector", "policyTypes", "toFQDNs", "matchName", "matchPattern", "toEntities", "toPorts", "hosts", "meshConfig", "outboundTrafficPolicy", "mode",
        "resource", "aws_security_group", "aws_security_group_rule", "tags", "cidr_blocks", "security_group_id", "type", "jobs", "steps", "uses", "with",
        "allowed-endpoints", "egress-policy", "services", "networks", "internal", "network_mode", "data", "mesh", "http_access", "acls", "includes", "directives",
        "db", "items", "specs", "resolved", "unresolved", "file", "path", "pattern", "reason", "includedBy", "endpointSelector", "enableDefaultDeny", "toCIDRSet", "vpc_security_group_ids", "external", "action", "values", "files", "args"),
      tie("any"),
      { maxKeys: 6 },
    ),
  ),
})).any;

const obj = (apiVersion: string, kind: string, spec: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ apiVersion: fc.constant(apiVersion), kind: fc.constant(kind), metadata: fc.record({ name: value, namespace: fc.constantFrom("shop", "crm") }), spec: fc.record(spec, { requiredKeys: [] }) });

/** Documents of the shapes each product reads, with arbitrary values in every hole, by format. */
const shaped: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constant("kubernetes"), fc.record({ apiVersion: fc.constant("v1"), kind: fc.constant("Namespace"), metadata: fc.record({ name: fc.constantFrom("shop", "crm"), labels: value }) })),
  fc.tuple(fc.constant("kubernetes"), obj("networking.k8s.io/v1", "NetworkPolicy", { podSelector: value, policyTypes: value, egress: value })),
  fc.tuple(fc.constant("kubernetes"), obj("cilium.io/v2", "CiliumNetworkPolicy", { endpointSelector: value, enableDefaultDeny: value, egress: value, egressDeny: value })),
  fc.tuple(fc.constant("kubernetes"), obj("networking.istio.io/v1", "ServiceEntry", { hosts: value, ports: value })),
  fc.tuple(fc.constant("kubernetes"), obj("networking.istio.io/v1", "Sidecar", { outboundTrafficPolicy: value })),
  fc.tuple(fc.constant("kubernetes"), obj("install.istio.io/v1alpha1", "IstioOperator", { meshConfig: value })),
  fc.tuple(fc.constant("kubernetes"), fc.record({ apiVersion: fc.constant("v1"), kind: fc.constant("ConfigMap"), metadata: fc.constant({ name: "istio" }), data: fc.record({ mesh: fc.oneof(fc.string(), value) }) })),
  fc.tuple(fc.constant("terraform"), fc.record({ resource: fc.record({ aws_security_group: fc.record({ db: fc.record({ egress: value, tags: value, dynamic: value }, { requiredKeys: [] }) }), aws_security_group_rule: fc.record({ r: fc.record({ type: fc.constant("egress"), security_group_id: fc.constant({ $expr: "aws_security_group.db.id" }), cidr_blocks: value, protocol: value, from_port: value, prefix_list_ids: value }, { requiredKeys: [] }) }), aws_vpc_security_group_egress_rule: fc.record({ r: fc.record({ security_group_id: fc.constant({ $expr: "aws_security_group.db.id" }), cidr_ipv4: value, ip_protocol: value, referenced_security_group_id: value }, { requiredKeys: [] }) }), aws_db_instance: fc.record({ d: fc.record({ vpc_security_group_ids: value }) }) }) })),
  fc.tuple(fc.constant("github-workflow"), fc.record({ jobs: fc.record({ build: fc.record({ steps: fc.array(fc.record({ uses: fc.constant("step-security/harden-runner@v2"), with: fc.record({ "egress-policy": value, "allowed-endpoints": fc.oneof(fc.string(), value), policy: value, "use-policy-store": value }, { requiredKeys: [] }) }), { maxLength: 2 }) }) }) })),
  fc.tuple(
    fc.constant("terraform-plan"),
    fc.record({
      resource_changes: fc.array(
        fc.record({
          address: fc.constantFrom("aws_security_group.a", "module.m.aws_security_group.a[0]", "aws_security_group_rule.r", "aws_vpc_security_group_egress_rule.r", "aws_db_instance.d"),
          type: fc.constantFrom("aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule", "aws_db_instance"),
          name: fc.constantFrom("a", "r", "d"),
          mode: fc.constant("managed"),
          change: fc.record({ after: value, after_unknown: value }, { requiredKeys: [] }),
        }),
        { maxLength: 4 },
      ),
      configuration: value,
    }),
  ),
  fc.tuple(
    fc.constant("squid"),
    fc.record({
      directives: fc.array(fc.record({ name: fc.constantFrom("http_access", "include", "acl"), args: value }), { maxLength: 4 }),
      http_access: fc.array(fc.record({ action: fc.constantFrom("allow", "deny"), acls: fc.oneof(value, fc.array(fc.record({ name: fc.constantFrom("all", "lan", "ok"), negated: fc.boolean() }))) }), { maxLength: 4 }),
      includes: fc.array(fc.string(), { maxLength: 2 }),
      acls: fc.dictionary(fc.constantFrom("lan", "ok"), fc.oneof(value, fc.record({ type: fc.constantFrom("src", "dstdomain", "dst"), flags: fc.constant([]), values: fc.array(fc.string()), files: fc.array(fc.string()) }))),
      request_header_add: fc.constant([]),
      resolved: value,
      includedBy: fc.option(value, { nil: undefined }),
    }, { requiredKeys: ["directives", "http_access", "includes", "acls"] }),
  ),
  fc.tuple(fc.constant("compose"), fc.record({ services: fc.record({ a: fc.record({ labels: value, networks: value, network_mode: value }, { requiredKeys: [] }) }), networks: value })),
);

describe("egress-policy adapters", () => {
  it("never throw, whatever the documents hold", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.tuple(fc.constantFrom(...egressPolicyFormats), value), shaped), { maxLength: 4 }), (docs) => {
        const documents = docs.map(([format, v], index) => ({
          format,
          document: { file: `f${index}/squid.conf`, index: 0, value: v, locate: () => somewhere } satisfies Document,
        }));
        expect(() => egressPolicyAdapter({ documents, roots: ["."] })).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });
});
