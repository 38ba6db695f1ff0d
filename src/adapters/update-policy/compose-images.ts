import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { unknownValue } from "../normalized/unknown.js";
import { imageSubject } from "./image-subject.js";
import { isRecord, rootOf } from "./shape.js";

/** `${VAR}`, `$VAR` and their default forms; `$$` is a literal dollar sign. */
const INTERPOLATION = /\$(?:\{|[A-Za-z_])/;

/**
 * One subject per Compose service that pulls an image. A service with `build` runs the image
 * it builds (its `image` only names the result), so it is not a pulled image. An `image`
 * using interpolation depends on the environment at `docker compose up` time: unknown.
 */
export function composeImageSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "compose" || !isRecord(document.value) || !isRecord(document.value["services"])) continue;
    for (const [service, body] of Object.entries(document.value["services"])) {
      if (!isRecord(body) || body["build"] !== undefined || typeof body["image"] !== "string") continue;
      const image = body["image"];
      const literal = !INTERPOLATION.test(image.replaceAll("$$", ""));
      subjects.push(
        imageSubject({
          id: `compose:${document.file}#${service}`,
          product: "compose",
          format,
          root: rootOf(document.file, roots),
          document,
          at: ["services", service],
          imageAt: ["services", service, "image"],
          name: service,
          image: {
            reference: literal ? image.replaceAll("$$", "$") : unknownValue(`image ${image} is interpolated from the environment`),
            context: "compose",
          },
        }),
      );
    }
  }
  return subjects;
}
