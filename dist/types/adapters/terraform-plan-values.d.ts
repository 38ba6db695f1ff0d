import type { DocPath } from "../types.js";
/** `module.a["x"].aws_sg.b[0]` → `module.a.aws_sg.b`. */
export declare function withoutKeys(address: string): string;
/** `change.after_unknown` of the resource whose `after` sits at `afterPath`. */
export declare function afterUnknown(plan: unknown, afterPath: DocPath): unknown;
/** `after` with unknown markers where `after_unknown` is `true` (Terraform leaves those values out of `after`). */
export declare function overlay(after: unknown, unknown: unknown): unknown;
/**
 * Per configuration address (`module.db.aws_security_group_rule.out`), the references of each
 * attribute's expression, as written in that module (`aws_security_group.this.id`).
 */
export declare function configurationReferences(plan: unknown): Map<string, Map<string, string[]>>;
