import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * One `dependencies` subject per ecosystem and directory that has a manifest (GitHub Actions:
 * one per root, as Dependabot reads `.github/workflows` for `directory: "/"`), pointing at the
 * first manifest file of that directory. Manifests inside `node_modules`, `bower_components` and
 * `vendor` belong to installed dependencies and are left out, and so are Maven modules, which
 * are updated through the pom.xml that lists them, and Dockerfiles that pull no image
 * (`pullsNothing`). Policies compare them with the update bots.
 */
export declare function manifestSubjects(documents: readonly ParsedDocument[], roots: readonly string[], pullsNothing?: ReadonlySet<string>): Subject[];
