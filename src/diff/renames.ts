import type { Finding } from "../types.js";

/**
 * Base findings under the names their files have in the head, so a renamed file's findings
 * compare with the same file. A subject id that starts with the file's path (document subjects
 * such as `dir/a.yml#0`) is renamed with it; other ids (`Deployment/shop/web`) do not name files.
 */
export function renameFindings(findings: readonly Finding[], renames: ReadonlyMap<string, string>): Finding[] {
  if (renames.size === 0) return [...findings];
  return findings.map((finding) => {
    const to = renames.get(finding.file);
    if (to === undefined) return finding;
    const from = finding.file;
    const follows = finding.subject.charAt(from.length);
    const subject = finding.subject.startsWith(from) && !/[\w./-]/.test(follows) ? to + finding.subject.slice(from.length) : finding.subject;
    return { ...finding, file: to, subject };
  });
}
