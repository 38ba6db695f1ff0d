import type { DocPath, Document, Subject } from "../../types.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";

export { isRecord };

/** A port range of an allowed destination; `name` instead of numbers for a named port (Kubernetes `dns`). */
export interface EgressPort {
  /** `TCP`, `UDP`, `SCTP`, `ANY`, upper case. */
  protocol: string | UnknownMarker;
  from?: number | UnknownMarker;
  to?: number | UnknownMarker;
  name?: string;
}

/** What an egress control sits in front of. */
export type ZoneKind =
  | "namespace"
  | "compose-service"
  | "mesh"
  | "sidecar"
  | "cilium-policy"
  | "security-group"
  | "squid-proxy"
  | "workflow-job";

/**
 * The normalized `egress-policy` value. Destinations are split by what can be reasoned about, so
 * a check on domains never reads an unknown CIDR and the other way round. An empty `ports`
 * list means every port.
 */
export interface EgressPolicyValue {
  zone: { kind: ZoneKind; name: string };
  /** Labels or tags of the zone itself, where data classification is read. */
  labels: Record<string, unknown> | UnknownMarker;
  /** What happens to a destination no rule names. */
  defaultAction: "allow" | "deny" | UnknownMarker;
  /** allowlist when the default is deny; blocklist when it is allow (whatever is denied is a list of exceptions). */
  shape: "allowlist" | "blocklist" | UnknownMarker;
  allowed: Destinations;
  denied: Destinations;
  /** Namespaces and Compose services: the container images their workloads run. */
  images?: string[];
  /** Security groups only: the data stores (by Terraform address and type) the group is attached to. */
  dataStores?: Array<{ address: string; type: string }>;
}

/** Destinations by kind. */
export interface Destinations {
  /** Rules that admit every destination (an empty NetworkPolicy rule, Cilium `toEntities: [world]`, a Compose network with a route out). */
  any: Array<{ via: string; ports: EgressPort[] }>;
  /** Address blocks. */
  cidrs: Array<{ cidr: string | UnknownMarker; ports: EgressPort[] }>;
  /**
   * Host names. `exact`: the name itself only (Squid `example.com`, Cilium `matchName`, an
   * Istio host without `*`). Otherwise a pattern in `domainMatches` syntax that admits
   * subdomains: `.example.com`, `*.example.com`, `*`.
   */
  domains: Array<{ domain: string | UnknownMarker; exact: boolean; ports: EgressPort[] }>;
  /** Named in-cluster or in-VPC peers: selectors, security groups, prefix lists, services. */
  peers: Array<{ peer: string; ports: EgressPort[] }>;
}

type Category = keyof Destinations;

/** Builds one `egress-policy` subject, recording the origin of every field as it is set. */
export class ZoneBuilder {
  readonly sources: SourceMap;
  readonly value: EgressPolicyValue;

  constructor(
    readonly product: string,
    readonly format: string,
    root: { document: Document; path: DocPath },
    zone: { kind: ZoneKind; name: string },
  ) {
    this.sources = new SourceMap(root);
    this.value = {
      zone,
      labels: {},
      defaultAction: "allow",
      shape: "blocklist",
      allowed: emptyDestinations(),
      denied: emptyDestinations(),
    };
  }

  /** Sets the labels and where they were read. */
  labels(labels: Record<string, unknown> | UnknownMarker, document: Document, path: DocPath): this {
    this.value.labels = labels;
    this.sources.add(["labels"], { document, path, follow: true });
    return this;
  }

  /** Adds an image a workload of the zone runs, read at `path` of `document`. */
  image(image: string, document: Document, path: DocPath): this {
    const images = (this.value.images ??= []);
    if (images.includes(image)) return this;
    this.sources.add(["images", images.length], { document, path });
    images.push(image);
    return this;
  }

  /** Sets the default action (and the shape it implies) and the place that decides it. */
  defaultAction(action: "allow" | "deny" | UnknownMarker, document: Document, path: DocPath): this {
    this.value.defaultAction = action;
    this.value.shape = action === "deny" ? "allowlist" : action === "allow" ? "blocklist" : action;
    this.sources.add(["defaultAction"], { document, path });
    this.sources.add(["shape"], { document, path });
    return this;
  }

  /** Adds an allowed destination read at `path` of `document`. */
  allow<C extends Category>(category: C, entry: Destinations[C][number], document: Document, path: DocPath): this {
    return this.#push("allowed", category, entry, document, path);
  }

  /** Adds a denied destination (a blocklist entry). */
  deny<C extends Category>(category: C, entry: Destinations[C][number], document: Document, path: DocPath): this {
    return this.#push("denied", category, entry, document, path);
  }

  #push<C extends Category>(side: "allowed" | "denied", category: C, entry: Destinations[C][number], document: Document, path: DocPath): this {
    const list = this.value[side][category] as Array<Destinations[C][number]>;
    this.sources.add([side, category, list.length], { document, path });
    list.push(entry);
    return this;
  }

  /** The subject, with id `<product>:<zone name>`. */
  build(meta: Record<string, unknown> = {}): Subject {
    return normalizedSubject({
      kind: "egress-policy",
      id: `${this.product}:${this.value.zone.name}`,
      product: this.product,
      format: this.format,
      value: this.value as unknown as Record<string, unknown>,
      sources: this.sources,
      meta,
    });
  }
}

function emptyDestinations(): Destinations {
  return { any: [], cidrs: [], domains: [], peers: [] };
}

/** `value` as an array: a missing value is an empty one, a single value a one-element list. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** A string field of an object, or undefined. */
export const text = (value: unknown, key: string): string | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === "string" ? field : undefined;
};


/** Appends `item` to the list at `key`, creating it. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
