import type { DocPath, Document, Subject } from "../../types.js";
import { unnamedObjectName } from "../unnamed-object.js";
import type { ParsedDocument } from "../adapter.js";
import { unknownValue } from "../normalized/unknown.js";
import { imageSubject } from "./image-subject.js";
import { kustomizations, kustomize, type Kustomization } from "./kustomize-images.js";
import { isRecord, rootOf } from "./shape.js";
import { ownJoined } from "../../own-string.js";
import { sharedPath } from "../normalized/source-map.js";

/** Where pod specs sit: Pod; Deployment, StatefulSet, DaemonSet, ReplicaSet, Job (and look-alike custom resources); CronJob. */
export const POD_SPECS: readonly DocPath[] = [["spec"], ["spec", "template", "spec"], ["spec", "jobTemplate", "spec", "template", "spec"]];
const CONTAINER_LISTS = ["containers", "initContainers"] as const;

/** The value at `path`, through objects and lists, or undefined. */
export function valueAt(value: unknown, path: DocPath): unknown {
  let node = value;
  for (const segment of path) node = isRecord(node) ? node[String(segment)] : Array.isArray(node) ? node[Number(segment)] : undefined;
  return node;
}

/** The images an object's pod spec runs (`containers`, not init containers), each with its path in the object. */
export function containerImages(object: Record<string, unknown>): Array<{ image: string; path: DocPath }> {
  return POD_SPECS.flatMap((spec) => {
    const podSpec = valueAt(object, spec);
    const containers = isRecord(podSpec) ? podSpec["containers"] : undefined;
    if (!Array.isArray(containers)) return [];
    return containers.flatMap((container, i) =>
      isRecord(container) && typeof container["image"] === "string" ? [{ image: container["image"], path: [...spec, "containers", i, "image"] }] : [],
    );
  });
}

/**
 * One subject per container of every Kubernetes object that has a pod spec, whatever its kind
 * (policies filter by `meta.objectKind`). A container without `image` (left to a mutating
 * webhook or a higher-level tool) is unknown, not pinned. An image a Kustomization's `images:`
 * overrides is checked as each build that includes the file makes it.
 */
export function kubernetesImageSubjects(documents: readonly ParsedDocument[], roots: readonly string[], builds: readonly Kustomization[] = kustomizations(documents)): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) if (format === "kubernetes" && isRecord(document.value)) addDocumentImages(document, document.value, roots, builds, subjects);
  return subjects;
}

/**
 * The subjects of one document's containers, added to `subjects`. A function of its own, not the
 * body of the loop over a batch: V8 optimises it as it gets hot instead of replacing the loop's
 * frame while it runs (an on-stack replacement compiled the whole function a second time).
 */
function addDocumentImages(document: Document, value: Record<string, unknown>, roots: readonly string[], builds: readonly Kustomization[], subjects: Subject[]): void {
  const objects: Array<{ object: Record<string, unknown>; path: DocPath }> =
    value["kind"] === "List" && Array.isArray(value["items"])
      ? value["items"].flatMap((item, i) => (isRecord(item) ? [{ object: item, path: ["items", i] }] : []))
      : [{ object: value, path: [] }];
  for (const { object, path } of objects) {
    const kind = typeof object["kind"] === "string" ? object["kind"] : "(no kind)";
    const metadata = isRecord(object["metadata"]) ? object["metadata"] : {};
    const name = typeof metadata["name"] === "string" ? metadata["name"] : unnamedObjectName(document, path);
    const namespace = typeof metadata["namespace"] === "string" ? `${metadata["namespace"]}/` : "";
    // Kept by every subject of the object until its kind is done (see ownJoined).
    const objectId = ownJoined([kind, "/", namespace, name]);
    for (let specIndex = 0; specIndex < POD_SPECS.length; specIndex++) {
      const spec = POD_SPECS[specIndex] as DocPath;
      const podSpec = valueAt(object, spec);
      if (!isRecord(podSpec)) continue;
      for (let listIndex = 0; listIndex < CONTAINER_LISTS.length; listIndex++) {
        const list = CONTAINER_LISTS[listIndex] as (typeof CONTAINER_LISTS)[number];
        const containers = podSpec[list];
        if (!Array.isArray(containers)) continue;
        containers.forEach((container, i) => {
          if (!isRecord(container)) return;
          // Kept by the subject until its kind is done, and the same for most containers: shared.
          const topLevel = path.length === 0 ? topLevelPaths(specIndex, listIndex, i) : undefined;
          const containerAt = topLevel?.at ?? sharedPath(path.concat(spec, [list, i]));
          const image = container["image"];
          const containerName = typeof container["name"] === "string" ? container["name"] : `${list}[${i}]`;
          const id = ownJoined([objectId, "/", containerName]);
          const uses = typeof image === "string" ? kustomize(image, document.file, builds) : [{ reference: unknownValue(`container ${containerName} has no image: it is set outside this file`) }];
          for (const use of uses) {
            subjects.push(
              imageSubject({
                id: "build" in use && use.build !== undefined ? `${id} (kustomize ${use.build})` : id,
                product: "kubernetes",
                format: "kubernetes",
                root: rootOf(document.file, roots),
                document,
                at: containerAt,
                imageAt: topLevel?.image ?? sharedPath(containerAt.concat("image")),
                ...("origin" in use && use.origin !== undefined ? { imageOrigin: use.origin } : {}),
                name: containerName,
                image: { reference: use.reference, context: "kubernetes" },
                meta: { objectKind: kind, object: objectId, ...("build" in use && use.build !== undefined ? { build: use.build } : {}) },
              }),
            );
          }
        });
      }
    }
  }
}

/**
 * The paths of a container of an object that is its document's root (most manifests), and of
 * its image, the same for every such container at that place: made once instead of joined and
 * looked up among the shared paths for each container. Beyond the first containers of a list
 * they are made as for any other object.
 */
const TOP_LEVEL_CONTAINERS = 16;
const madeTopLevelPaths = new Map<number, { at: DocPath; image: DocPath }>();

function topLevelPaths(specIndex: number, listIndex: number, i: number): { at: DocPath; image: DocPath } {
  const key = i < TOP_LEVEL_CONTAINERS ? (specIndex * CONTAINER_LISTS.length + listIndex) * TOP_LEVEL_CONTAINERS + i : -1;
  const known = key < 0 ? undefined : madeTopLevelPaths.get(key);
  if (known !== undefined) return known;
  const at = sharedPath([...(POD_SPECS[specIndex] as DocPath), CONTAINER_LISTS[listIndex] as string, i]);
  const made = { at, image: sharedPath([...at, "image"]) };
  if (key >= 0) madeTopLevelPaths.set(key, made);
  return made;
}
