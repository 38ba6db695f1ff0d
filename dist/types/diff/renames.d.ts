import type { Finding } from "../types.js";
/**
 * Base findings under the names their files have in the head, so a renamed file's findings
 * compare with the same file. A subject id that starts with the file's path (document subjects
 * such as `dir/a.yml#0`) is renamed with it; other ids (`Deployment/shop/web`) do not name files.
 */
export declare function renameFindings(findings: readonly Finding[], renames: ReadonlyMap<string, string>): Finding[];
