import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
/**
 * The GitHub organisation, from the settings snapshot (`.norecur/github-settings.json`, written
 * from the REST API): `two_factor_requirement_enabled`, and the members and outside
 * collaborators the API lists with `filter=2fa_disabled`. A value the token could not read is
 * an `$unknown` marker in the snapshot and stays one. A snapshot without `organization` has no
 * organisation to check and yields no subject.
 */
export declare function githubSubjects(documents: readonly ParsedDocument[]): Subject[];
/** What this module reads, and how. */
export declare const githubReader: ProductReader;
