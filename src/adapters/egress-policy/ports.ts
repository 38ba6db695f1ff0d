import { plainText } from "../../plain-data.js";
import { isUnknown } from "../normalized/unknown.js";
import type { EgressPort } from "./model.js";
import { isRecord } from "./model.js";

/** Kubernetes / Cilium port entries (`{protocol, port, endPort}`) as port ranges. A missing port is every port of the protocol. */
export function kubernetesPorts(ports: unknown, portKey = "port"): EgressPort[] {
  if (!Array.isArray(ports)) return [];
  return ports.map((entry): EgressPort => {
    const protocol = isRecord(entry) && typeof entry["protocol"] === "string" ? entry["protocol"].toUpperCase() : "TCP";
    const port = isRecord(entry) ? entry[portKey] : undefined;
    const end = isRecord(entry) ? entry["endPort"] : undefined;
    if (port === undefined || port === null || port === "0" || port === 0) return { protocol, from: 0, to: 65535 };
    const number = typeof port === "number" ? port : typeof port === "string" && /^\d+$/.test(port) ? Number(port) : undefined;
    if (number === undefined) return isUnknown(port) ? { protocol, from: port, to: port } : { protocol, name: plainText(port) };
    return { protocol, from: number, to: typeof end === "number" ? end : number };
  });
}
