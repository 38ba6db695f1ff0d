import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * Dependabot security updates, a repository setting outside `.github/dependabot.yml`, from the
 * GitHub settings snapshot (`.norecur/github-settings.json`, `norecur snapshot github`): one
 * subject per repository. A value the token could not read stays an unknown marker.
 */
export declare function githubSecurityUpdateSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
