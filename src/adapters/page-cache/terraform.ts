import type { DocPath, Document, Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import type { Origin } from "../normalized/source-map.js";
import { isUnknown } from "../normalized/unknown.js";
import { terraformResourceAdapter } from "../terraform-resource.js";
import { isRecord } from "./values.js";

/** A Terraform resource with its resolved attributes and the way back to its source. */
export interface Resource {
  type: string;
  name: string;
  address: string;
  /** The module directory. */
  module: string;
  body: Record<string, unknown>;
  document: Document;
  /** Path of the resource block in its document. */
  path: DocPath;
}

/** The Terraform resources of the run (var/local literals resolved), grouped for lookups. */
export function terraformResources(input: AdapterInput): Resource[] {
  if (!input.documents.some((d) => d.format === "terraform")) return [];
  return terraformResourceAdapter(input).flatMap((subject: Subject) => {
    const meta = subject.meta ?? {};
    if (!subject.document || !isRecord(subject.value)) return [];
    return [
      {
        type: String(meta["type"]),
        name: String(meta["name"]),
        address: String(meta["address"]),
        module: String(meta["module"]),
        body: subject.value,
        document: subject.document,
        path: subject.path,
      },
    ];
  });
}

/** An origin inside a resource block. */
export function inResource(resource: Resource, ...rest: DocPath): Origin {
  return { document: resource.document, path: [...resource.path, ...rest] };
}

/** The first block of a nested block attribute (`x { }` reads as `x = [{ }]`; the v5 attribute style as `x = { }`). */
export function block(value: unknown, key: string): { value: Record<string, unknown>; path: DocPath } | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  if (Array.isArray(field) && isRecord(field[0])) return { value: field[0], path: [key, 0] };
  if (isRecord(field) && !isUnknown(field)) return { value: field, path: [key] };
  return undefined;
}

/** Every block of a repeated nested block attribute, with its path. */
export function blocks(value: unknown, key: string): Array<{ value: Record<string, unknown>; path: DocPath }> {
  if (!isRecord(value)) return [];
  const field = value[key];
  if (Array.isArray(field)) return field.flatMap((entry, i) => (isRecord(entry) && !isUnknown(entry) ? [{ value: entry, path: [key, i] }] : []));
  if (isRecord(field) && !isUnknown(field)) return [{ value: field, path: [key] }];
  return [];
}

/** The resource a reference such as `aws_cloudfront_cache_policy.forms.id` names, in the same module. */
export function referenced(resources: readonly Resource[], from: Resource, value: unknown, type: string): Resource | undefined {
  if (!isUnknown(value) || !("$expr" in value)) return undefined;
  const match = /^([A-Za-z0-9_]+)\.([A-Za-z0-9_-]+)\.id$/.exec(value.$expr.trim());
  if (!match || match[1] !== type) return undefined;
  return resources.find((r) => r.module === from.module && r.type === type && r.name === match[2]);
}
