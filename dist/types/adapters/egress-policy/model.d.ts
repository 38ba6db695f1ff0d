import type { DocPath, Document, Subject } from "../../types.js";
import { SourceMap } from "../normalized/source-map.js";
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
export type ZoneKind = "namespace" | "compose-service" | "mesh" | "sidecar" | "cilium-policy" | "security-group" | "squid-proxy" | "workflow-job";
/**
 * The normalized `egress-policy` value. Destinations are split by what can be reasoned about, so
 * a check on domains never reads an unknown CIDR and the other way round. An empty `ports`
 * list means every port.
 */
export interface EgressPolicyValue {
    zone: {
        kind: ZoneKind;
        name: string;
    };
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
    dataStores?: Array<{
        address: string;
        type: string;
    }>;
}
/** Destinations by kind. */
export interface Destinations {
    /** Rules that admit every destination (an empty NetworkPolicy rule, Cilium `toEntities: [world]`, a Compose network with a route out). */
    any: Array<{
        via: string;
        ports: EgressPort[];
    }>;
    /** Address blocks. */
    cidrs: Array<{
        cidr: string | UnknownMarker;
        ports: EgressPort[];
    }>;
    /**
     * Host names. `exact`: the name itself only (Squid `example.com`, Cilium `matchName`, an
     * Istio host without `*`). Otherwise a pattern in `domainMatches` syntax that admits
     * subdomains: `.example.com`, `*.example.com`, `*`.
     */
    domains: Array<{
        domain: string | UnknownMarker;
        exact: boolean;
        ports: EgressPort[];
    }>;
    /** Named in-cluster or in-VPC peers: selectors, security groups, prefix lists, services. */
    peers: Array<{
        peer: string;
        ports: EgressPort[];
    }>;
}
type Category = keyof Destinations;
/** Builds one `egress-policy` subject, recording the origin of every field as it is set. */
export declare class ZoneBuilder {
    #private;
    readonly product: string;
    readonly format: string;
    readonly sources: SourceMap;
    readonly value: EgressPolicyValue;
    constructor(product: string, format: string, root: {
        document: Document;
        path: DocPath;
    }, zone: {
        kind: ZoneKind;
        name: string;
    });
    /** Sets the labels and where they were read. */
    labels(labels: Record<string, unknown> | UnknownMarker, document: Document, path: DocPath): this;
    /** Adds an image a workload of the zone runs, read at `path` of `document`. */
    image(image: string, document: Document, path: DocPath): this;
    /** Sets the default action (and the shape it implies) and the place that decides it. */
    defaultAction(action: "allow" | "deny" | UnknownMarker, document: Document, path: DocPath): this;
    /** Adds an allowed destination read at `path` of `document`. */
    allow<C extends Category>(category: C, entry: Destinations[C][number], document: Document, path: DocPath): this;
    /** Adds a denied destination (a blocklist entry). */
    deny<C extends Category>(category: C, entry: Destinations[C][number], document: Document, path: DocPath): this;
    /** The subject, with id `<product>:<zone name>`. */
    build(meta?: Record<string, unknown>): Subject;
}
/** `value` as an array: a missing value is an empty one, a single value a one-element list. */
export declare const asList: (value: unknown) => unknown[];
/** A string field of an object, or undefined. */
export declare const text: (value: unknown, key: string) => string | undefined;
/** Appends `item` to the list at `key`, creating it. */
export declare function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void;
