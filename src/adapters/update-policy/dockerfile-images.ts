import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { Dockerfile } from "../../formats/dockerfile/index.js";
import { isUnknown } from "../normalized/unknown.js";
import { imageSubject } from "./image-subject.js";
import { isRecord, rootOf } from "./shape.js";

/**
 * One subject per `FROM` that pulls an image: not a stage built earlier in the file, not
 * `scratch`. An image depending on an `ARG` without a default stays `{ $expr }`: unknown.
 */
export function dockerfileImageSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "dockerfile" || !isRecord(document.value)) continue;
    const { stages } = document.value as Partial<Dockerfile>;
    (Array.isArray(stages) ? stages : []).forEach((stage, i) => {
      if (!isRecord(stage) || (typeof stage.image !== "string" && !isUnknown(stage.image))) return;
      if (stage.stage !== undefined || (typeof stage.image === "string" && stage.image.toLowerCase() === "scratch")) return;
      const name = stage.name ?? String(i);
      subjects.push(
        imageSubject({
          id: `dockerfile:${document.file}#${name}`,
          product: "dockerfile",
          format,
          root: rootOf(document.file, roots),
          document,
          at: ["stages", i],
          imageAt: ["stages", i, "image"],
          name,
          image: { reference: stage.image, context: "dockerfile" },
        }),
      );
    });
  }
  return subjects;
}
