import type { DocPath, Document, Subject } from "../../types.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { ImageReference, UpdatePolicyValue } from "./shape.js";
import { imageFacts } from "./image-reference.js";
import { unknownValue } from "../normalized/unknown.js";

/** What each image adapter knows about one image reference. */
export interface ImageUse {
  id: string;
  product: string;
  format: string;
  root: string;
  document: Document;
  /** Path of the element using the image (a container, a service, a stage). */
  at: DocPath;
  /** Path of the image value itself, which findings point at. */
  imageAt: DocPath;
  /** Where the image's tag or digest is set instead, when another file sets it (a Kustomization's `images:`). */
  imageOrigin?: { document: Document; path: DocPath };
  /** Name of the container, service or stage. */
  name: string;
  image: ImageReference;
  meta?: Record<string, unknown>;
}

/**
 * The characters of an image reference: registry, path, tag and digest, and `$`, since a
 * Compose `$$` is a literal dollar (variables are resolved or marked unknown before this).
 */
const IMAGE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:/@+$-]*$/;

/** A last path component and a tag as a registry accepts them (`/app:1.27-alpine`), with no digest after. */
const LITERAL_NAME_AND_TAG = /\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** The `update-policy` subject of one image reference, traced to the exact `image:` / `FROM` value. */
export function imageSubject(use: ImageUse): Subject {
  const imageOrigin = use.imageOrigin ?? { document: use.document, path: use.imageAt };
  // `image.reference`, `image.tag` and the rest have no origin of their own: they fall back to
  // `image`'s, the exact value they were read from.
  const sources = new SourceMap({ document: use.document, path: use.at }).add(["image"], imageOrigin);
  // `<image_url>`, `{{ .image }}`, `IMAGE NAME`: no registry accepts such a name; it is a
  // placeholder a reader or a tool fills in, so what runs is unknown. Unless the placeholder is
  // only the registry or a folder (`gcr.io/<PROJECT_ID>/app:latest`): whatever the reader fills
  // in, the image's name and tag are written here, so the tag is judged.
  const reference =
    typeof use.image.reference === "string" && !IMAGE_REFERENCE.test(use.image.reference) && !LITERAL_NAME_AND_TAG.test(use.image.reference)
      ? unknownValue(`${use.image.reference} is not an image reference: a placeholder filled in elsewhere`)
      : use.image.reference;
  // The tag and digest, as facts; an unknown reference leaves them unknown too.
  const facts = typeof reference === "string" ? imageFacts(reference) : { tag: reference, digest: reference };
  // Not `{ ...use.image, … }`: V8 gives each object a spread starts and properties extend a hidden
  // class of its own (10,000 image subjects made 10,000 of them); assigning follows shared ones.
  const image = Object.assign({}, use.image, { reference, tag: facts.tag, digest: facts.digest });
  const value: UpdatePolicyValue = { root: use.root, component: { type: "container-image", name: use.name }, image };
  return normalizedSubject({
    kind: "update-policy",
    id: use.id,
    product: use.product,
    format: use.format,
    value: value as unknown as Record<string, unknown>,
    sources,
    ...(use.meta ? { meta: use.meta } : {}),
  });
}
