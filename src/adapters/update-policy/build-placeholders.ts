import type { ParsedDocument } from "../adapter.js";
import { isRecord } from "./shape.js";

/** A build tool of the repository that replaces an image reference with what it built, at deploy time. */
export type ImageBuilder = "skaffold" | "ko";

/** `registry:5000/a/b:tag@sha256:...` → `registry:5000/a/b`. */
function imageName(reference: string): string {
  const at = reference.indexOf("@");
  const beforeDigest = at < 0 ? reference : reference.slice(0, at);
  const colon = beforeDigest.lastIndexOf(":");
  return colon > beforeDigest.lastIndexOf("/") ? beforeDigest.slice(0, colon) : beforeDigest;
}

/** `build.artifacts[].image` of a Skaffold config and of each of its profiles. */
function skaffoldArtifacts(config: Record<string, unknown>): string[] {
  const builds = [config["build"], ...(Array.isArray(config["profiles"]) ? config["profiles"].map((p) => (isRecord(p) ? p["build"] : undefined)) : [])];
  return builds.flatMap((build) =>
    isRecord(build) && Array.isArray(build["artifacts"])
      ? build["artifacts"].flatMap((a) => (isRecord(a) && typeof a["image"] === "string" && a["image"] !== "" ? [a["image"]] : []))
      : [],
  );
}

/**
 * Which image references of the repository are placeholders a build tool replaces: a `ko://`
 * import path (ko resolves it to the image it builds, by digest), and an image named as an
 * artifact of a Skaffold config (`apiVersion: skaffold/...`, `kind: Config`; Skaffold rewrites
 * every manifest reference to that name to the tag or digest it built). The reference in the
 * file is then not what runs, so pinning it would mean nothing.
 */
export function imageBuilders(documents: readonly ParsedDocument[]): (reference: string) => ImageBuilder | undefined {
  const artifacts = new Set<string>();
  for (const { document, format } of documents) {
    const value = document.value;
    if (format !== "kubernetes" || !isRecord(value) || value["kind"] !== "Config") continue;
    if (typeof value["apiVersion"] !== "string" || !value["apiVersion"].startsWith("skaffold/")) continue;
    for (const image of skaffoldArtifacts(value)) artifacts.add(image);
  }
  return (reference) => (reference.startsWith("ko://") ? "ko" : artifacts.has(imageName(reference)) ? "skaffold" : undefined);
}
