import { posix } from "node:path";
import { resolveLiterals } from "../../formats/hcl/resolve.js";
import type { DocPath, Document } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { terraformResourceAdapter } from "../terraform-resource.js";
import { planBlocks } from "./plan-blocks.js";
import { isRecord } from "./values.js";

/** One `resource` or `data` block of a Terraform file, with `var`/`local` literals resolved. */
export interface TerraformBlock {
  /** The file's document. */
  document: Document;
  /** `resource` or `data`. */
  mode: "resource" | "data";
  /** Resource or data source type, e.g. `aws_iam_policy`. */
  type: string;
  /** The block's name label. */
  name: string;
  /** Terraform address (`aws_iam_policy.mfa`, `data.aws_iam_policy_document.mfa`), prefixed `dir:` outside the top level. */
  address: string;
  /** Path of the block body in its document. */
  path: DocPath;
  /** The block body. */
  value: Record<string, unknown>;
  /** Directory of the module the block belongs to (the plan file for a plan's resources). */
  module: string;
  /** `terraform` for `.tf` files, `terraform-plan` for `terraform show -json` output. */
  format: "terraform" | "terraform-plan";
}

// Several products read the same files' data sources: resolve each document once per run.
// Documents are objects of one run, so a WeakMap lets the cache go with them.
const resolvedCache = new WeakMap<Document, unknown>();

/** The formats Terraform products are read from: configuration (`.tf`) and plan JSON. */
export const TERRAFORM_FORMATS: readonly string[] = ["terraform", "terraform-plan"];

/**
 * The Terraform blocks of the given types, from `.tf` files and from plans. The `.tf` files of
 * a directory form one module, as in the `terraform-resource` adapter, so `var.x` with a
 * literal default and literal locals resolve across them; a plan has every value resolved
 * already (see `planBlocks`).
 */
export function terraformBlocks(documents: readonly ParsedDocument[], mode: "resource" | "data", types: ReadonlySet<string>): TerraformBlock[] {
  const blocks = mode === "resource" ? resourceBlocks(documents, types) : dataBlocks(documents, types);
  return [...blocks, ...planBlocks(documents, mode, types)];
}

/** Resources come from the run's terraform-resource subjects (built once, module calls followed). */
function resourceBlocks(documents: readonly ParsedDocument[], types: ReadonlySet<string>): TerraformBlock[] {
  return terraformResourceAdapter({ documents, roots: [] }).flatMap((subject) => {
    const type = String(subject.meta?.["type"]);
    if (!types.has(type) || !subject.document || !isRecord(subject.value)) return [];
    const block: TerraformBlock = {
      document: subject.document,
      mode: "resource",
      type,
      name: String(subject.meta?.["name"]),
      address: subject.id,
      path: subject.path,
      value: subject.value,
      module: String(subject.meta?.["module"]),
      format: "terraform",
    };
    return [block];
  });
}

/** `data` blocks, which are no terraform-resource subjects, read the same way per module. */
function dataBlocks(documents: readonly ParsedDocument[], types: ReadonlySet<string>): TerraformBlock[] {
  const mode = "data";
  const modules = terraformModules(documents);
  const blocks: TerraformBlock[] = [];
  for (const [module, files] of modules) {
    const values = files.map((d) => d.value);
    for (const document of files) {
      const top = isRecord(document.value) ? document.value[mode] : undefined;
      if (!isRecord(top) || !Object.keys(top).some((type) => types.has(type))) continue;
      let resolved = resolvedCache.get(document);
      if (resolved === undefined) {
        resolved = resolveLiterals(document.value, values);
        resolvedCache.set(document, resolved);
      }
      const byType = isRecord(resolved) ? resolved[mode] : undefined;
      if (!isRecord(byType)) continue;
      for (const [type, byName] of Object.entries(byType)) {
        if (!types.has(type) || !isRecord(byName)) continue;
        for (const [name, body] of Object.entries(byName)) {
          if (!isRecord(body)) continue;
          const local = `data.${type}.${name}`;
          blocks.push({
            document,
            mode,
            type,
            name,
            address: module === "." ? local : `${module}:${local}`,
            path: [mode, type, name],
            value: body,
            module,
            format: "terraform",
          });
        }
      }
    }
  }
  return blocks;
}

/** The Terraform documents of the run by module (directory). */
export function terraformModules(documents: readonly ParsedDocument[]): Map<string, Document[]> {
  const modules = new Map<string, Document[]>();
  for (const parsed of documents) {
    if (parsed.format !== "terraform") continue;
    const dir = posix.dirname(parsed.document.file);
    modules.set(dir, [...(modules.get(dir) ?? []), parsed.document]);
  }
  return modules;
}
