import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { Dockerfile, DockerfileStage } from "../../formats/dockerfile/index.js";
import { isUnknown } from "../normalized/unknown.js";
import { imageSubject } from "./image-subject.js";
import { bakeBuilds } from "./bake-builds.js";
import { underBake, type BakeOutcome } from "./dockerfile-bake.js";
import { isRecord, rootOf } from "./shape.js";

/**
 * One subject per `FROM` that pulls an image: not a stage built earlier in the file, not
 * `scratch`. An image depending on an `ARG` without a default stays `{ $expr }`: unknown.
 * Where Bake targets of the repository build the file (`docker-bake.hcl`), their args and named
 * contexts decide what each `FROM` pulls, one subject per different outcome.
 */
export function dockerfileImages(documents: readonly ParsedDocument[], roots: readonly string[]): { subjects: Subject[]; pullsNothing: Set<string> } {
  const subjects: Subject[] = [];
  const pullsNothing = new Set<string>();
  const bake = bakeBuilds(documents);
  for (const { document, format } of documents) {
    if (format !== "dockerfile" || !isRecord(document.value)) continue;
    // Set once a FROM of the file pulls an image (or may: an unknown one), rather than only
    // names a stage, `scratch`, or a base its Bake targets build.
    let pulls = false;
    const { stages, args } = document.value as Partial<Dockerfile>;
    const builds = bake.get(document.file) ?? [];
    (Array.isArray(stages) ? stages : []).forEach((stage, i) => {
      if (!isRecord(stage) || (typeof stage.image !== "string" && !isUnknown(stage.image))) return;
      if (stage.stage !== undefined || (typeof stage.image === "string" && stage.image.toLowerCase() === "scratch")) return;
      const name = stage.name ?? String(i);
      const use = { product: "dockerfile", format, root: rootOf(document.file, roots), document, at: ["stages", i], imageAt: ["stages", i, "image"], name };
      const written = { reference: stage.image, context: "dockerfile" as const };
      // The Bake targets that build this file decide what it pulls; without one, the file as written.
      const above = builds.length > 0 ? stagesAbove(stages as DockerfileStage[], i) : undefined;
      const outcomes = above === undefined ? [] : builds.map((build) => underBake(stage.from, isRecord(args) ? args : {}, build, above));
      const distinct = new Map<string, BakeOutcome | undefined>();
      for (const outcome of outcomes.length > 0 ? outcomes : [undefined]) {
        const key = outcome === undefined ? "" : JSON.stringify([outcome.reference, outcome.builtBy ?? null]);
        if (!distinct.has(key)) distinct.set(key, outcome);
      }
      for (const outcome of distinct.values()) {
        if (outcome?.stage) continue;
        const id = `dockerfile:${document.file}#${name}${distinct.size > 1 && outcome !== undefined ? ` (bake target ${outcome.target})` : ""}`;
        if (outcome?.builtBy === undefined) pulls = true;
        if (outcome === undefined) subjects.push(imageSubject({ ...use, id, image: written }));
        else {
          const image = { reference: outcome.reference, context: "dockerfile" as const, ...(outcome.builtBy ? { builtBy: outcome.builtBy } : {}) };
          // The finding points into the Bake file: its name says which Dockerfile and target.
          subjects.push(imageSubject({ ...use, id, image, imageOrigin: outcome.origin, name: `${name} of ${document.file} (bake target ${outcome.target})` }));
        }
      }
    });
    if (!pulls) pullsNothing.add(document.file);
  }
  return { subjects, pullsNothing };
}

/** The names of the stages above the `i`th, lowercased: a Bake arg may turn a FROM into one of them. */
function stagesAbove(stages: readonly DockerfileStage[], i: number): Set<string> {
  return new Set(stages.slice(0, i).flatMap((s) => (typeof s.name === "string" ? [s.name.toLowerCase()] : [])));
}
