import { plainText } from "../../plain-data.js";
import { yamlParser } from "../../formats/yaml.js";
import type { DocPath, Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import { kubernetesObjects, type K8sObject } from "./k8s-objects.js";
import { ZoneBuilder, asList, isRecord } from "./model.js";

interface MeshSource {
  object: K8sObject;
  /** `meshConfig` as data (for the ConfigMap, parsed from its `mesh` string). */
  mesh: unknown;
  /** Where the mesh configuration is written, and whether `mesh` keeps the document's paths below it. */
  at: DocPath;
  nested: boolean;
}

/**
 * Istio, one zone per mesh configuration (an IstioOperator's `spec.meshConfig` or the `istio`
 * ConfigMap's `mesh` key) and one per Sidecar that overrides `outboundTrafficPolicy`. The mesh
 * default is `ALLOW_ANY` (sidecars pass unknown hosts through): allow by default. With
 * `REGISTRY_ONLY` only registered hosts are reachable, so the allowlist is the hosts of every
 * ServiceEntry of the run, listed on the first mesh configuration only. ServiceEntries without any mesh configuration in the run still form a
 * zone, whose default cannot be known.
 */
export const istioAdapter: Adapter = ({ documents }) => {
  const objects = kubernetesObjects(documents);
  const entries = objects.filter((o) => o.kind === "ServiceEntry" && o.apiVersion.startsWith("networking.istio.io/"));
  const meshes = objects.flatMap(meshSource);
  const subjects: Subject[] = [];
  for (const source of meshes) {
    const { object } = source;
    const zone = new ZoneBuilder("istio", "kubernetes", { document: object.document, path: object.path }, { kind: "mesh", name: `${object.kind}/${object.namespace}/${object.name}` });
    const policy = isRecord(source.mesh) ? source.mesh["outboundTrafficPolicy"] : undefined;
    const mode = isRecord(policy) ? policy["mode"] : undefined;
    const modePath = source.nested ? (mode !== undefined ? [...source.at, "outboundTrafficPolicy", "mode"] : policy !== undefined ? [...source.at, "outboundTrafficPolicy"] : source.at) : source.at;
    zone.defaultAction(mode === undefined ? "allow" : modeAction(mode), object.document, modePath);
    // The run's ServiceEntries are one registry: list them on the first mesh only, so that a
    // repository with several IstioOperator variants reports a ServiceEntry once, not once per variant.
    if (subjects.length === 0) addServiceEntries(zone, entries);
    subjects.push(zone.build());
  }
  const firstEntry = entries[0];
  if (meshes.length === 0 && firstEntry !== undefined) {
    const zone = new ZoneBuilder("istio", "kubernetes", { document: firstEntry.document, path: firstEntry.path }, { kind: "mesh", name: "the Istio mesh (its configuration is not in the scanned files)" });
    zone.defaultAction(unknownValue("the mesh's outboundTrafficPolicy is not in the scanned files (Istio's default is ALLOW_ANY)"), firstEntry.document, firstEntry.path);
    addServiceEntries(zone, entries);
    subjects.push(zone.build());
  }
  for (const sidecar of objects.filter((o) => o.kind === "Sidecar" && o.apiVersion.startsWith("networking.istio.io/"))) {
    const spec = sidecar.value["spec"];
    const policy = isRecord(spec) ? spec["outboundTrafficPolicy"] : undefined;
    if (!isRecord(policy) || policy["mode"] === undefined) continue;
    const zone = new ZoneBuilder("istio", "kubernetes", { document: sidecar.document, path: sidecar.path }, { kind: "sidecar", name: `${sidecar.namespace}/${sidecar.name}` });
    zone.defaultAction(modeAction(policy["mode"]), sidecar.document, [...sidecar.path, "spec", "outboundTrafficPolicy", "mode"]);
    subjects.push(zone.build({ namespace: sidecar.namespace }));
  }
  return subjects;
};

function modeAction(mode: unknown): "allow" | "deny" | UnknownMarker {
  if (mode === "ALLOW_ANY") return "allow";
  if (mode === "REGISTRY_ONLY") return "deny";
  return unknownValue(`outboundTrafficPolicy mode ${JSON.stringify(mode)} is neither ALLOW_ANY nor REGISTRY_ONLY`);
}

function meshSource(object: K8sObject): MeshSource[] {
  if (object.kind === "IstioOperator" && object.apiVersion.startsWith("install.istio.io/")) {
    const spec = object.value["spec"];
    const mesh = isRecord(spec) ? spec["meshConfig"] : undefined;
    const at = [...object.path, "spec", ...(mesh !== undefined ? ["meshConfig"] : [])];
    return [{ object, mesh, at, nested: true }];
  }
  if (object.kind === "ConfigMap" && object.apiVersion === "v1" && object.name === "istio") {
    const data = object.value["data"];
    const text = isRecord(data) ? data["mesh"] : undefined;
    if (typeof text !== "string") return [];
    // The embedded YAML read like every other YAML file (core schema, merge keys).
    const parsed = yamlParser.parse(text, "mesh");
    const mesh: unknown = parsed.ok
      ? (parsed.documents[0]?.value ?? null)
      : { outboundTrafficPolicy: { mode: unknownValue("the ConfigMap's mesh key is not valid YAML") } };
    // Positions inside the embedded YAML string are not kept: findings point at the `mesh` key.
    return [{ object, mesh, at: [...object.path, "data", "mesh"], nested: false }];
  }
  return [];
}

function addServiceEntries(zone: ZoneBuilder, entries: readonly K8sObject[]): void {
  for (const entry of entries) {
    const spec = entry.value["spec"];
    if (!isRecord(spec)) continue;
    const ports = asList(spec["ports"]).flatMap((p) =>
      isRecord(p) && typeof p["number"] === "number" ? [{ protocol: plainText(p["protocol"] ?? "TCP").toUpperCase(), from: p["number"], to: p["number"] }] : [],
    );
    asList(spec["hosts"]).forEach((host, i) => {
      if (typeof host !== "string") return;
      zone.allow("domains", { domain: host.toLowerCase().replace(/\.$/, ""), exact: !host.includes("*"), ports }, entry.document, [...entry.path, "spec", "hosts", i]);
    });
  }
}
