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
  // A module read once per call has the same expressions in every instance: each text is read once.
  const read = new Map<string, readonly Reference[]>();
  for (const members of byModuleInstance(subjects).values()) {
    // Inside a module, resources name each other by their local address (`TYPE.NAME`); a block
    // with `count` or `for_each` is several instances, and a reference names them all.
    const byAddress = new Map<string, Subject[]>();
    for (const member of members) {
      const address = localAddress(member);
      const same = byAddress.get(address);
      if (same) same.push(member);
      else byAddress.set(address, [member]);
    }
    const attached = new Map<Subject, AttachedResource[]>(members.map((s) => [s, []]));
    // One pass over each resource's expressions: a reference is looked up, not searched for.
    for (const other of members) {
      const named = new Set<Subject>();
      const ownKey = instanceKey(other);
      for (const text of expressionsIn(other.value)) {
        for (const { address, index } of referencesIn(text, read)) {
          // `x.y[0]`, `x.y["a"]`: that instance; `x.y[count.index]`, `x.y[each.key]`: the one with
          // the referring instance's key; `x.y` or any other index: every instance.
          const wanted = index === undefined ? undefined : index === INSTANCE_KEY ? ownKey : index;
          for (const target of byAddress.get(address) ?? []) {
            if (target === other) continue;
            const key = instanceKey(target);
            if (wanted !== undefined && key !== undefined && key !== wanted) continue;
            named.add(target);
          }
        }
      }
      for (const target of named) {
        attached.get(target)?.push({
          address: String(other.meta?.["address"] ?? ""),
          type: String(other.meta?.["type"] ?? ""),
          name: String(other.meta?.["name"] ?? ""),
          file: other.file,
          value: other.value,
        });
      }
    }
    for (const target of members) target.meta = { ...(target.meta ?? {}), attached: attached.get(target) ?? [] };
  }
}

/**
 * `TYPE.NAME` where a reference can start (not after a word character or a dot, so neither the
 * `aws_x.y` of `data.aws_x.y` nor a longer name): the name runs as far as name characters go,
 * so `aws_s3_bucket.logs` is never read in `aws_s3_bucket.logs_archive`.
 */
const REFERENCE = /(?<![\w.])([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)(?:\[\s*(\d+|"(?:[^"\\]|\\.)*"|count\.index|each\.key)\s*\])?/g;

/** A `TYPE.NAME` an expression names, and the instance key its index gives (none: every instance). */
interface Reference {
  address: string;
  index: string | typeof INSTANCE_KEY | undefined;
}

/** An index of `count.index` or `each.key`: the referring instance's own key. */
const INSTANCE_KEY = Symbol("instance key");

/** The references of an expression's text, read once per text in `read`. */
function referencesIn(text: string, read: Map<string, readonly Reference[]>): readonly Reference[] {
  let found = read.get(text);
  if (found === undefined) {
    found = Array.from(text.matchAll(REFERENCE), (match): Reference => {
      const index = match[3];
      return { address: `${match[1]}.${match[2]}`, index: index === undefined ? undefined : /^(count\.index|each\.key)$/.test(index) ? INSTANCE_KEY : literalKey(index) };
    });
    read.set(text, found);
  }
  return found;
}

/** The key of a `count`/`for_each` instance, from the end of its address (`x.y[0]`, `x.y["a"]`). */
export function instanceKey(subject: Pick<Subject, "meta">): string | undefined {
  const match = /\[(\d+|"(?:[^"\\]|\\.)*")\]$/.exec(String(subject.meta?.["address"] ?? ""));
  return match?.[1] === undefined ? undefined : literalKey(match[1]);
}

/** `0` or `"a"` as written in an index, compared as text (`0` and `"0"` name different keys only in maps, never both). */
export function literalKey(index: string): string | undefined {
  if (/^\d+$/.test(index)) return index;
  try {
    const key: unknown = JSON.parse(index);
    return typeof key === "string" ? key : undefined;
  } catch {
    return undefined;
  }
}

/** `TYPE.NAME` of a terraform-resource subject, as resources of its module name it. */
function localAddress(subject: Subject): string {
  return `${String(subject.meta?.["type"] ?? "")}.${String(subject.meta?.["name"] ?? "")}`;
}

/**
 * terraform-resource subjects grouped by module instance: a directory, as read on its own or
 * through one chain of module calls (so a module called twice is two instances).
 */
export function byModuleInstance(subjects: readonly Subject[]): Map<string, Subject[]> {
  const instances = new Map<string, Subject[]>();
  for (const subject of subjects) {
    const meta = subject.meta ?? {};
    const key = `${String(meta["module"] ?? ".")}\u0000${String(meta["root"] ?? "")}\u0000${String(meta["moduleAddress"] ?? "")}`;
    const members = instances.get(key);
    if (members) members.push(subject);
    else instances.set(key, [subject]);
  }
  return instances;
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
