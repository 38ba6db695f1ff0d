import { plainText } from "../../plain-data.js";
import { posix } from "node:path";
import type { DocPath, Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { unknownValue, type UnknownMarker } from "../normalized/unknown.js";
import { ZoneBuilder, isRecord } from "./model.js";
import { dotenvByDirectory, interpolate } from "../compose-interpolation.js";

/**
 * Docker Compose, one zone per service. A container reaches the outside through any network that
 * is not `internal: true`, including the implicit `default` network of a service that names no
 * network, and through `network_mode: host` or `bridge`; `network_mode: none` has no network at
 * all. So a service is default-deny only when every network it is attached to is internal. An
 * `external` network is defined outside the file: whether it is internal cannot be known.
 * Labels are the service's `labels` (a map or a `KEY=value` list), `images` its `image`.
 * `meta.route` names the way out when there is one.
 */
export const composeAdapter: Adapter = ({ documents }) => {
  const subjects: Subject[] = [];
  const dotenv = dotenvByDirectory(documents);
  for (const { document, format } of documents) {
    if (format !== "compose" || !isRecord(document.value) || !isRecord(document.value["services"])) continue;
    const networks = isRecord(document.value["networks"]) ? document.value["networks"] : {};
    for (const [name, service] of Object.entries(document.value["services"])) {
      if (!isRecord(service)) continue;
      const at: DocPath = ["services", name];
      const zone = new ZoneBuilder("compose", format, { document, path: at }, { kind: "compose-service", name: `${document.file}#${name}` });
      const labels = service["labels"];
      zone.labels(labelMap(labels), document, labels === undefined ? at : [...at, "labels"]);
      // `image: ${POSTGRES_IMAGE}` is read with the .env beside the file, as docker compose reads it.
      const image = service["image"];
      if (typeof image === "string") zone.image(interpolate(image, dotenv.get(posix.dirname(document.file)) ?? {}) ?? image, document, [...at, "image"]);
      const mode = service["network_mode"];
      let route = "";
      if (typeof mode === "string") {
        route = `network_mode: ${mode}`;
        const action = mode === "none" ? "deny" : mode === "host" || mode === "bridge" ? "allow" : unknownValue(`network_mode ${mode} shares another container's network`);
        zone.defaultAction(action, document, [...at, "network_mode"]);
      } else {
        const verdict = attachments(service, at).map((a) => ({ ...a, internal: isInternal(Object.hasOwn(networks, a.network) ? networks[a.network] : undefined) }));
        const open = verdict.find((a) => a.internal === false);
        const unknown = verdict.find((a) => a.internal !== true && a.internal !== false);
        if (open) route = service["networks"] === undefined ? "the implicit default network, which is not internal" : `network ${open.network}, which is not internal`;
        if (open) zone.defaultAction("allow", document, open.path);
        else if (unknown) zone.defaultAction(unknown.internal as UnknownMarker, document, unknown.path);
        else zone.defaultAction("deny", document, verdict[0]?.path ?? at);
      }
      subjects.push(zone.build({ service: name, route }));
    }
  }
  return subjects;
};

/** The networks a service is attached to and where each is named; none named means `default`. */
function attachments(service: Record<string, unknown>, at: DocPath): Array<{ network: string; path: DocPath }> {
  const networks = service["networks"];
  if (Array.isArray(networks)) return networks.map((n, i) => ({ network: plainText(n), path: [...at, "networks", i] }));
  if (isRecord(networks)) return Object.keys(networks).map((n) => ({ network: n, path: [...at, "networks", n] }));
  return [{ network: "default", path: at }];
}

function isInternal(definition: unknown): boolean | UnknownMarker {
  if (!isRecord(definition)) return false;
  if (definition["internal"] === true) return true;
  if (definition["external"] === true || isRecord(definition["external"])) return unknownValue("the network is external: it is defined outside this file");
  return false;
}

function labelMap(labels: unknown): Record<string, unknown> {
  if (isRecord(labels)) return labels;
  if (!Array.isArray(labels)) return {};
  // fromEntries defines own properties, whatever the key (`__proto__` included).
  return Object.fromEntries(
    labels.flatMap((entry) => {
      const [key, ...value] = plainText(entry).split("=");
      return key ? [[key, value.join("=")]] : [];
    }),
  );
}
