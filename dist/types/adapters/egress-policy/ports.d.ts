import type { EgressPort } from "./model.js";
/** Kubernetes / Cilium port entries (`{protocol, port, endPort}`) as port ranges. A missing port is every port of the protocol. */
export declare function kubernetesPorts(ports: unknown, portKey?: string): EgressPort[];
