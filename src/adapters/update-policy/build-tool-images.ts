import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isUnknown } from "../normalized/unknown.js";
import { isRecord } from "./shape.js";

/**
 * Image facts every container-image subject carries, and the references a build tool of the
 * repository replaces before anything runs: Skaffold rewrites each image named by a
 * `build.artifacts[].image` of a skaffold.yaml to the tag or digest it just built; ko builds
 * every `ko://` import path. Such a reference is a placeholder, not an image that runs.
 */
export function withBuildTools(documents: readonly ParsedDocument[], subjects: Subject[]): Subject[] {
  const skaffold = skaffoldArtifacts(documents);
  for (const subject of subjects) {
    const value = subject.value as Record<string, unknown> | undefined;
    const image = isRecord(value) && isRecord(value["image"]) ? value["image"] : undefined;
    if (image === undefined) continue;
    const reference = image["reference"];
    if (typeof reference !== "string") {
      if (isUnknown(reference)) Object.assign(image, { tag: reference, digest: reference });
      continue;
    }
    Object.assign(image, imageFacts(reference));
    if (reference.startsWith("ko://")) image["builtBy"] = "ko";
    else if (skaffold.has(imageName(reference))) image["builtBy"] = "skaffold";
  }
  return subjects;
}

/** `registry:5000/team/app:1.2@sha256:…` → tag `1.2`, digest true; a reference without a tag has tag null. */
export function imageFacts(reference: string): { tag: string | null; digest: boolean } {
  const at = reference.indexOf("@");
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  const tag = colon > name.lastIndexOf("/") ? name.slice(colon + 1) : null;
  return { tag, digest: at >= 0 && /^sha256:[a-f0-9]{64}$/.test(reference.slice(at + 1)) };
}

/** The repository part of a reference: without tag and digest. */
function imageName(reference: string): string {
  const at = reference.indexOf("@");
  const name = at < 0 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}

/** Every `build.artifacts[].image` of the repository's Skaffold files, profiles included. */
function skaffoldArtifacts(documents: readonly ParsedDocument[]): Set<string> {
  const names = new Set<string>();
  const fromBuild = (build: unknown): void => {
    if (!isRecord(build) || !Array.isArray(build["artifacts"])) return;
    for (const artifact of build["artifacts"]) if (isRecord(artifact) && typeof artifact["image"] === "string") names.add(artifact["image"]);
  };
  for (const { document, format } of documents) {
    if (format !== "skaffold" || !isRecord(document.value)) continue;
    fromBuild(document.value["build"]);
    const profiles = document.value["profiles"];
    if (Array.isArray(profiles)) for (const profile of profiles) if (isRecord(profile)) fromBuild(profile["build"]);
  }
  return names;
}
