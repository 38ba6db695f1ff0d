import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * One subject per Compose service that pulls an image. A service with `build` runs the image
 * it builds (its `image` only names the result), so it is not a pulled image. An `image`
 * using interpolation is read with the `.env` file beside the Compose file and the inline
 * defaults, as `docker compose` reads it; a variable set in neither is unknown.
 * Files of one directory are merged by `docker compose` (`compose.yaml` with
 * `compose.override.yaml`), so a service built in any of them counts as built in all.
 */
export declare function composeImageSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
