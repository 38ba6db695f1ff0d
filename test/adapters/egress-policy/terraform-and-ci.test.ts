import { describe, expect, it } from "vitest";
import { at, byId, egressSubjects } from "./subjects.js";

const tf = (text: string): [string, string] => ["terraform", text];

describe("AWS security group egress zones", () => {
  const files = {
    "db/sg.tf": tf('resource "aws_security_group" "db" {\n  name = "db"\n  tags = { Tier = "data" }\n}\nresource "aws_security_group" "db_replica" {\n  name = "replica"\n}\n'),
    "db/rules.tf": tf(
      [
        'resource "aws_security_group_rule" "out" {',
        '  type              = "egress"',
        "  security_group_id = aws_security_group.db.id",
        '  protocol          = "tcp"',
        "  from_port         = 443",
        "  to_port           = 443",
        '  cidr_blocks       = ["0.0.0.0/0"]',
        "}",
        'resource "aws_vpc_security_group_egress_rule" "replica" {',
        "  security_group_id            = aws_security_group.db_replica.id",
        '  ip_protocol                  = "-1"',
        "  referenced_security_group_id = aws_security_group.db.id",
        "}",
        'resource "aws_db_instance" "main" {',
        "  vpc_security_group_ids = [aws_security_group.db.id]",
        "}",
        "",
      ].join("\n"),
    ),
    // Same address in another module: not joined.
    "other/rules.tf": tf('resource "aws_security_group_rule" "out" {\n  type = "egress"\n  security_group_id = aws_security_group.db.id\n  protocol = "-1"\n  cidr_blocks = ["::/0"]\n}\n'),
  };

  it("join the separate rule resources of the same module to the group they refer to", () => {
    const subjects = egressSubjects(files);
    const db = byId(subjects, "terraform:db:aws_security_group.db");
    expect(db.value.defaultAction).toBe("deny");
    expect(db.value.labels).toEqual({ Tier: "data" });
    expect(db.value.allowed.cidrs).toEqual([{ cidr: "0.0.0.0/0", ports: [{ protocol: "TCP", from: 443, to: 443 }] }]);
    expect(at(db, ["allowed", "cidrs", 0])).toBe("db/rules.tf:7:24");
    expect(db.value.dataStores).toEqual([{ address: "aws_db_instance.main", type: "aws_db_instance" }]);
    const replica = byId(subjects, "terraform:db:aws_security_group.db_replica");
    expect(replica.value.allowed.cidrs).toEqual([]);
    expect(replica.value.allowed.peers).toEqual([{ peer: "security-group(aws_security_group.db.id)", ports: [] }]);
    expect(replica.value.dataStores).toEqual([]);
  });
});

describe("AWS security group rules the module could not expand", () => {
  it("a rule whose type is not a literal may allow egress: unknown, not absent", () => {
    const subjects = egressSubjects({
      "sg.tf": tf(
        [
          'resource "aws_security_group" "node" {', // 1
          '  name = "node"', // 2
          "}", // 3
          'resource "aws_security_group_rule" "node" {', // 4
          "  for_each          = var.rules", // 5
          "  security_group_id = aws_security_group.node.id", // 6
          "  type              = each.value.type", // 7
          "  cidr_blocks       = try(each.value.cidr_blocks, null)", // 8
          "}", // 9
          "",
        ].join("\n"),
      ),
    });
    const node = byId(subjects, "terraform:aws_security_group.node");
    expect(node.value.allowed.cidrs).toHaveLength(1);
    expect(node.value.allowed.cidrs[0].cidr.$unknown).toMatch(/aws_security_group_rule\.node has a type that is not a literal .*so it may allow egress/);
    expect(at(node, ["allowed", "cidrs", 0])).toBe("sg.tf:7:23");
  });
});

describe("AWS security group references", () => {
  it("join the instance of a counted group they name, and not groups of a longer name or of a module", () => {
    const subjects = egressSubjects({
      "m/main.tf": tf(
        [
          'resource "aws_security_group" "db" {',
          "  count = 2",
          "}",
          'resource "aws_vpc_security_group_egress_rule" "a" {',
          "  security_group_id = aws_security_group.db[0].id",
          '  ip_protocol       = "-1"',
          '  cidr_ipv4         = "0.0.0.0/0"',
          "}",
          'resource "aws_vpc_security_group_egress_rule" "b" {',
          "  security_group_id = aws_security_group.db_old.id",
          '  cidr_ipv4         = "10.0.0.0/8"',
          "}",
          'resource "aws_vpc_security_group_egress_rule" "c" {',
          "  security_group_id = module.x.aws_security_group.db.id",
          '  cidr_ipv4         = "192.0.2.0/24"',
          "}",
          "",
        ].join("\n"),
      ),
    });
    // `count = 2` makes two groups; the rule names the first one only.
    expect(byId(subjects, "terraform:m:aws_security_group.db[0]").value.allowed.cidrs).toEqual([{ cidr: "0.0.0.0/0", ports: [] }]);
    expect(byId(subjects, "terraform:m:aws_security_group.db[1]").value.allowed.cidrs).toEqual([]);
  });
});

describe("AWS security group egress zones in a plan", () => {
  const change = (address: string, type: string, after: unknown, afterUnknown: unknown = {}) => ({
    address,
    mode: "managed",
    type,
    name: address.replace(/\[.*$/, "").split(".").pop(),
    change: { actions: ["create"], before: null, after, after_unknown: afterUnknown },
  });
  const plan = {
    resource_changes: [
      change("aws_security_group.a", "aws_security_group", { name: "a", egress: [{ protocol: "-1" }] }, { id: true, egress: [{ cidr_blocks: true }] }),
      change("aws_security_group.b", "aws_security_group", { id: "sg-b", egress: [] }),
      change("aws_security_group_rule.to_a[0]", "aws_security_group_rule", { type: "egress", protocol: "-1", cidr_blocks: ["0.0.0.0/0"] }, { security_group_id: true }),
      change("aws_security_group_rule.to_b", "aws_security_group_rule", { type: "egress", security_group_id: "sg-b", protocol: "tcp", from_port: 53, to_port: 53, cidr_blocks: ["10.0.0.2/32"] }),
    ],
    configuration: {
      root_module: {
        resources: [{ address: "aws_security_group_rule.to_a", expressions: { security_group_id: { references: ["aws_security_group.a.id", "aws_security_group.a"] } } }],
      },
    },
  };

  it("join rules by configuration reference when the id is unknown, by id when it is known, and mark after-apply values", () => {
    const subjects = egressSubjects({ "tfplan.json": ["terraform-plan", JSON.stringify(plan, null, 2)] });
    const a = byId(subjects, "terraform:tfplan.json:aws_security_group.a");
    expect(a.value.allowed.cidrs).toEqual([
      { cidr: { $unknown: "the value is known only after apply" }, ports: [] },
      { cidr: "0.0.0.0/0", ports: [] },
    ]);
    const b = byId(subjects, "terraform:tfplan.json:aws_security_group.b");
    expect(b.value.allowed.cidrs).toEqual([{ cidr: "10.0.0.2/32", ports: [{ protocol: "TCP", from: 53, to: 53 }] }]);
  });
});

describe("harden-runner egress zones", () => {
  const workflow = (inputs: string) =>
    ["github-workflow", `on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: step-security/harden-runner@v2\n${inputs}      - run: make\n`] as [string, string];

  it("read block with endpoints as an allowlist of host:port, and a missing egress-policy as the action's default (block)", () => {
    const zone = byId(
      egressSubjects({ ".github/workflows/a.yml": workflow("        with:\n          egress-policy: block\n          allowed-endpoints: >\n            GitHub.com:443\n            *.npmjs.org:443 files.example.net\n") }),
      "harden-runner:.github/workflows/a.yml#build",
    );
    expect(zone.value.defaultAction).toBe("deny");
    expect(zone.value.allowed.domains).toEqual([
      { domain: "github.com", exact: true, ports: [{ protocol: "TCP", from: 443, to: 443 }] },
      { domain: "*.npmjs.org", exact: false, ports: [{ protocol: "TCP", from: 443, to: 443 }] },
      { domain: "files.example.net", exact: true, ports: [] },
    ]);
    expect(byId(egressSubjects({ ".github/workflows/a.yml": workflow("") }), "harden-runner:.github/workflows/a.yml#build").value.defaultAction).toBe("deny");
  });

  it("leave a policy-store policy and computed endpoints unknown", () => {
    const zone = byId(
      egressSubjects({ ".github/workflows/a.yml": workflow("        with:\n          use-policy-store: true\n          allowed-endpoints: ${{ vars.ENDPOINTS }}\n") }),
      "harden-runner:.github/workflows/a.yml#build",
    );
    expect(zone.value.defaultAction).toEqual({ $unknown: "the egress policy comes from the StepSecurity policy store" });
    expect(zone.value.allowed.domains).toEqual([{ domain: { $unknown: "allowed-endpoints is computed by an expression" }, exact: false, ports: [] }]);
  });
});

describe("Compose egress zones", () => {
  it("deny only when every network is internal; an external network is unknown", () => {
    const subjects = egressSubjects({
      "compose.yaml": [
        "compose",
        "services:\n  a:\n    labels: [tier=data]\n    networks: [back]\n  b:\n    networks: [back, shared]\n  c:\n    image: x\nnetworks:\n  back:\n    internal: true\n  shared:\n    external: true\n",
      ],
    });
    expect(byId(subjects, "compose:compose.yaml#a").value).toMatchObject({ defaultAction: "deny", labels: { tier: "data" } });
    expect(byId(subjects, "compose:compose.yaml#b").value.defaultAction).toEqual({ $unknown: "the network is external: it is defined outside this file" });
    const c = byId(subjects, "compose:compose.yaml#c");
    expect(c.value.defaultAction).toBe("allow");
    expect(c.meta?.["route"]).toBe("the implicit default network, which is not internal");
  });
});
