import { posix } from "node:path";
import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { unknownValue } from "../normalized/unknown.js";
import { dotenvByDirectory, interpolate } from "../compose-interpolation.js";
import { imageSubject } from "./image-subject.js";
import { isRecord, rootOf } from "./shape.js";

/** `${VAR}`, `$VAR` and their default forms; `$$` is a literal dollar sign. */
const INTERPOLATION = /\$(?:\{|[A-Za-z_])/;

/**
 * One subject per Compose service that pulls an image. A service with `build` runs the image
 * it builds (its `image` only names the result), so it is not a pulled image. An `image`
 * using interpolation is read with the `.env` file beside the Compose file and the inline
 * defaults, as `docker compose` reads it; a variable set in neither is unknown.
 * Files of one directory are merged by `docker compose` (`compose.yaml` with
 * `compose.override.yaml`), so a service built in any of them counts as built in all.
 */
export function composeImageSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const built = new Set<string>();
  for (const { document, format } of documents) {
    if (format !== "compose" || !isRecord(document.value) || !isRecord(document.value["services"])) continue;
    for (const [service, body] of Object.entries(document.value["services"])) {
      if (isRecord(body) && body["build"] !== undefined) built.add(JSON.stringify([posix.dirname(document.file), service]));
    }
  }
  const dotenv = dotenvByDirectory(documents);
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "compose" || !isRecord(document.value) || !isRecord(document.value["services"])) continue;
    for (const [service, body] of Object.entries(document.value["services"])) {
      if (!isRecord(body) || built.has(JSON.stringify([posix.dirname(document.file), service])) || typeof body["image"] !== "string") continue;
      const image = body["image"];
      const literal = !INTERPOLATION.test(image.replaceAll("$$", ""));
      const resolved = literal ? image.replaceAll("$$", "$") : interpolate(image, dotenv.get(posix.dirname(document.file)) ?? {});
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
            reference: resolved ?? unknownValue(`image ${image} is interpolated from the environment`),
            context: "compose",
          },
        }),
      );
    }
  }
  return subjects;
}
