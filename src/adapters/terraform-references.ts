import { isUnknown } from "./normalized/unknown.js";
import type { Subject } from "../types.js";

/** Another resource of the same module that refers to a resource, as CEL `meta.attached[]`. */
export interface AttachedResource {
  /** Its address, e.g. `aws_s3_bucket_public_access_block.logs`. */
  address: string;
  /** Its resource type. */
  type: string;
  /** Its name. */
  name: string;
  /** Its file. */
  file: string;
  /** Its attributes. */
  value: unknown;
}

/**
 * Joins split resources: Terraform spreads one control over several resources that point at the
 * main one (`aws_s3_bucket_public_access_block.x.bucket = aws_s3_bucket.x.id`,
 * `aws_security_group_rule.r.security_group_id = aws_security_group.db.id`). For every resource
 * of a module this records, as `meta.attached`, the resources of the same module whose attribute
 * expressions name it, so a policy on the bucket can ask whether it has a public access block.
 */
export function attachReferences(subjects: readonly Subject[]): void {
  const byModule = new Map<string, Subject[]>();
  for (const subject of subjects) {
    // One module instance: a directory, as read on its own or through one chain of module calls.
    const instance = `${String(subject.meta?.["module"] ?? ".")}\u0000${String(subject.meta?.["root"] ?? "")}\u0000${String(subject.meta?.["moduleAddress"] ?? "")}`;
    byModule.set(instance, [...(byModule.get(instance) ?? []), subject]);
  }
  for (const members of byModule.values()) {
    const expressions = new Map(members.map((s) => [s, expressionsIn(s.value)]));
    for (const target of members) {
      // Inside a module, resources name each other by their local address (`TYPE.NAME`).
      const address = `${String(target.meta?.["type"] ?? "")}.${String(target.meta?.["name"] ?? "")}`;
      const mention = new RegExp(`(^|[^\\w.])${escape(address)}($|[^\\w-])`);
      const attached: AttachedResource[] = [];
      for (const other of members) {
        if (other === target || !(expressions.get(other) ?? []).some((text) => mention.test(text))) continue;
        attached.push({
          address: String(other.meta?.["address"] ?? ""),
          type: String(other.meta?.["type"] ?? ""),
          name: String(other.meta?.["name"] ?? ""),
          file: other.file,
          value: other.value,
        });
      }
      target.meta = { ...(target.meta ?? {}), attached };
    }
  }
}

function expressionsIn(value: unknown, out: string[] = []): string[] {
  if (isUnknown(value)) {
    if ("$expr" in value) out.push(value.$expr);
  } else if (Array.isArray(value)) {
    for (const item of value) expressionsIn(item, out);
  } else if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) expressionsIn(child, out);
  }
  return out;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
