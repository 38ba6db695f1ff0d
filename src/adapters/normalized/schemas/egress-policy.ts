import { count, flag, list, map, orUnknown, record, text, type FieldSchema, type SubjectKindSchema } from "./field-schema.js";

const port = record(
  {
    protocol: orUnknown(text("Upper-case protocol.")),
    from: orUnknown(count("First port.")),
    to: orUnknown(count("Last port.")),
    name: text("A named Kubernetes port."),
  },
  "A port range or named port.",
  ["protocol"],
);
const ports = list(port, "Ports; empty for every port.");

const destinations = (description: string): FieldSchema =>
  record(
    {
      any: list(record({ via: text("The rule that admits every destination."), ports }, "A rule admitting every destination.", ["via", "ports"]), "Rules that admit every destination."),
      cidrs: list(record({ cidr: orUnknown(text("An address range.")), ports }, "An address range.", ["cidr", "ports"]), "Address ranges."),
      domains: list(
        record({ domain: orUnknown(text("A host name or pattern.")), exact: flag("True for a name that admits only itself."), ports }, "A domain.", ["domain", "exact", "ports"]),
        "Domains.",
      ),
      peers: list(record({ peer: text("A workload, namespace or group."), ports }, "A peer.", ["peer", "ports"]), "Peers inside the platform."),
    },
    description,
    ["any", "cidrs", "domains", "peers"],
  );

/** Fields of an `egress-policy` subject (docs/subjects/egress-policy.md). */
export const egressPolicySchema: SubjectKindSchema = {
  value: record(
    {
      zone: record({ kind: text("What the zone is."), name: text("Its name.") }, "The zone whose outbound traffic is described.", ["kind", "name"]),
      labels: orUnknown(map({}, "Labels or tags of the zone.")),
      defaultAction: orUnknown(text("What happens to a destination no rule names.", ["allow", "deny"])),
      shape: orUnknown(text("Allowlist (default deny) or blocklist (default allow).", ["allowlist", "blocklist"])),
      allowed: destinations("Destinations rules admit."),
      denied: destinations("Destinations rules refuse."),
      images: list(text("An image reference as written (`postgres:16`, `bitnami/mysql`)."), "Namespaces and Compose services: the container images their workloads run."),
      dataStores: list(record({ address: text("Terraform address."), type: text("Resource type.") }, "A data store.", ["address", "type"]), "Security groups: resources that attach the group."),
    },
    "A zone and its outbound rules.",
    ["zone", "labels", "defaultAction", "shape", "allowed", "denied"],
  ),
  meta: record(
    {
      product: text("The product."),
      namespace: { anyOf: [text("Kubernetes namespace."), { type: "null" }], description: "Kubernetes namespace." },
      isolatedBy: text("Kubernetes: the policy that makes the namespace default-deny for egress (`NetworkPolicy deny-all`)."),
      job: text("GitHub Actions job."),
      service: text("Compose service."),
      route: text("Compose: the network that gives a route out."),
      module: text("Terraform module directory."),
      address: text("Terraform address."),
    },
    "Facts about the subject.",
    ["product"],
  ),
};
