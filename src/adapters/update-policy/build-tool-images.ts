import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { imageFacts } from "./image-reference.js";
import { isRecord } from "./shape.js";

/**
 * The references a build tool of the repository replaces before anything runs: Skaffold
 * rewrites each image named by a `build.artifacts[].image` of a skaffold.yaml to the tag or
 * digest it just built; ko builds every `ko://` import path. Such a reference is a
 * placeholder, not an image that runs: its subject says so in `image.builtBy`.
 */
export function withBuildTools(documents: readonly ParsedDocument[], subjects: Subject[], skaffold: ReadonlySet<string> = skaffoldArtifacts(documents)): Subject[] {
  for (const subject of subjects) {
    const value = subject.value as Record<string, unknown> | undefined;
    const image = isRecord(value) && isRecord(value["image"]) ? value["image"] : undefined;
    const reference = image?.["reference"];
    if (image === undefined || typeof reference !== "string") continue;
    if (reference.startsWith("ko://")) image["builtBy"] = "ko";
    else if (skaffold.has(imageFacts(reference).repository)) image["builtBy"] = "skaffold";
  }
  return subjects;
}

/** Every `build.artifacts[].image` of the repository's Skaffold files, profiles included. */
export function skaffoldArtifacts(documents: readonly ParsedDocument[]): Set<string> {
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
