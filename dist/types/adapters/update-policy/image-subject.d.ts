import type { DocPath, Document, Subject } from "../../types.js";
import type { ImageReference } from "./shape.js";
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
    imageOrigin?: {
        document: Document;
        path: DocPath;
    };
    /** Name of the container, service or stage. */
    name: string;
    image: ImageReference;
    meta?: Record<string, unknown>;
}
/** The `update-policy` subject of one image reference, traced to the exact `image:` / `FROM` value. */
export declare function imageSubject(use: ImageUse): Subject;
