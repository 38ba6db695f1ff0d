import { ownString } from "../../own-string.js";
import type { DocPath } from "../../types.js";
import { isRecord } from "./model.js";
import { POD_SPECS, valueAt } from "../update-policy/kubernetes-images.js";

/**
 * A copy of a Kubernetes document with only what a namespace zone reads of a workload: its
 * `apiVersion`, `kind`, name and namespace, and the `image` of each container at its place in
 * its pod spec (other containers are `null`, so that indices and paths stay as written). A
 * `List` keeps its items at their places. Undefined when no object in it runs an image. Strings
 * are copied: a slice of the file's text would keep the whole text alive.
 */
export function zoneCopy(value: unknown): unknown {
  if (!isRecord(value)) return undefined;
  if (value["kind"] === "List" && Array.isArray(value["items"])) {
    const items = value["items"].map((item) => objectCopy(item) ?? null);
    return items.some((item) => item !== null) ? { apiVersion: copy(value["apiVersion"]), kind: "List", items } : undefined;
  }
  return objectCopy(value);
}

function objectCopy(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value) || typeof value["apiVersion"] !== "string" || typeof value["kind"] !== "string") return undefined;
  const out: Record<string, unknown> = { apiVersion: copy(value["apiVersion"]), kind: copy(value["kind"]) };
  const metadata = value["metadata"];
  if (isRecord(metadata)) {
    const kept: Record<string, unknown> = {};
    for (const key of ["name", "namespace"]) if (typeof metadata[key] === "string") kept[key] = copy(metadata[key]);
    out["metadata"] = kept;
  }
  let images = false;
  for (const spec of POD_SPECS) {
    const containers = valueAt(value, [...spec, "containers"]);
    if (!Array.isArray(containers)) continue;
    const copied = containers.map((c) => (isRecord(c) && typeof c["image"] === "string" ? { image: copy(c["image"]) } : null));
    if (!copied.some((c) => c !== null)) continue;
    place(out, [...spec, "containers"], copied);
    images = true;
  }
  return images ? out : undefined;
}

/** Sets `path` (object keys only) in `target`, making the objects on the way. */
function place(target: Record<string, unknown>, path: DocPath, value: unknown): void {
  let node = target;
  for (const segment of path.slice(0, -1)) {
    const key = String(segment);
    const next = node[key];
    node = isRecord(next) ? next : (node[key] = {}) as Record<string, unknown>;
  }
  node[String(path[path.length - 1])] = value;
}

function copy(value: unknown): unknown {
  return typeof value === "string" ? ownString(value) : value;
}
