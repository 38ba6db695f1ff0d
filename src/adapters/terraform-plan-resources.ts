import { withoutNullAttributes } from "./terraform-unset.js";
import { listResourceChanges } from "../formats/terraform-plan.js";
import type { Subject } from "../types.js";
import type { ParsedDocument } from "./adapter.js";
import { isRecord } from "./egress-policy/model.js";
import { policyDocumentOf } from "./terraform-policy-document.js";
import type { AttachedResource } from "./terraform-references.js";
import { afterUnknown, configurationReferences, overlay, withoutKeys } from "./terraform-plan-values.js";

/**
 * terraform-resource subjects from plans (`terraform show -json`): one per managed resource
 * instance the plan creates, updates or keeps, with its planned values. Variables, modules,
 * `count`, `for_each` and `dynamic` blocks are already expanded there, so a plan shows exactly
 * what will exist; a value Terraform learns only on apply (`after_unknown`) is an unknown
 * marker, never a pass. Addresses are the plan's (`module.db.aws_db_instance.this[0]`); `meta`
 * has the shape `.tf` subjects have, with `module` set to the plan file and `moduleAddress` to
 * the module instance, and `meta.attached` joins split resources through the references the
 * plan's `configuration` records (`aws_s3_bucket.b.id` in a public access block's `bucket`).
 * A plan lists every attribute of the schema, `null` where it is not set; those are left out,
 * so that `has(subject.x)` means "set", as for `.tf` files.
 */
export function planResourceSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "terraform-plan") continue;
    const references = configurationReferences(document.value);
    const planned: Subject[] = [];
    for (const resource of listResourceChanges(document)) {
      if (resource.mode !== "managed" || !isRecord(resource.after)) continue; // data sources, and resources the plan deletes
      const moduleAddress = resource.moduleAddress ?? "";
      const value = withoutNullAttributes(overlay(resource.after, afterUnknown(document.value, resource.path)));
      const policyDocument = policyDocumentOf(value, resource.path, document, []);
      planned.push({
        kind: "terraform-resource",
        id: `${document.file}:${resource.address}`,
        file: document.file,
        format,
        document,
        path: resource.path,
        value,
        meta: {
          type: resource.type,
          name: resource.name,
          address: resource.address,
          module: document.file,
          ...(moduleAddress !== "" ? { moduleAddress } : {}),
          ...(policyDocument !== undefined ? { policyDocument } : {}),
          plan: true,
        },
      });
    }
    attachPlanned(planned, references);
    subjects.push(...planned);
  }
  return subjects;
}

/**
 * `meta.attached` for plan subjects: resource B is attached to A when one of B's attribute
 * expressions, in the configuration of B's module, refers to A's `TYPE.NAME` (A in the same
 * module instance). With `count` or `for_each` on both, instances are paired by their key.
 */
function attachPlanned(planned: readonly Subject[], references: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>): void {
  const attached = new Map<Subject, AttachedResource[]>(planned.map((s) => [s, []]));
  const byConfigAddress = new Map<string, Subject[]>();
  for (const subject of planned) {
    const key = withoutKeys(String(subject.meta?.["address"]));
    byConfigAddress.set(key, [...(byConfigAddress.get(key) ?? []), subject]);
  }
  for (const other of planned) {
    const address = String(other.meta?.["address"]);
    const configAddress = withoutKeys(address);
    const modulePrefix = configAddress.slice(0, configAddress.length - `${String(other.meta?.["type"])}.${String(other.meta?.["name"])}`.length);
    const named = new Set<Subject>();
    for (const refs of references.get(configAddress)?.values() ?? []) {
      for (const ref of refs) {
        const local = /^([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/.exec(ref);
        if (local === null || local[1] === "data" || local[1] === "var" || local[1] === "local" || local[1] === "module") continue;
        for (const target of byConfigAddress.get(`${modulePrefix}${local[1]}.${local[2]}`) ?? []) {
          if (target !== other && sameInstanceKey(String(target.meta?.["address"]), address)) named.add(target);
        }
      }
    }
    for (const target of named) {
      attached.get(target)?.push({ address, type: String(other.meta?.["type"]), name: String(other.meta?.["name"]), file: other.file, value: other.value });
    }
  }
  for (const subject of planned) subject.meta = { ...(subject.meta ?? {}), attached: attached.get(subject) ?? [] };
}

/** Whether two instance addresses may be one pair: either has no key, or both end in the same key. */
function sameInstanceKey(a: string, b: string): boolean {
  const key = (address: string): string | undefined => /(\[[^\]]*\])$/.exec(address)?.[1];
  const x = key(a);
  const y = key(b);
  return x === undefined || y === undefined || x === y;
}

