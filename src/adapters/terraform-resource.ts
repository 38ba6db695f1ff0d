import { posix } from "node:path";
import { resolveLiterals } from "../formats/hcl/resolve.js";
import type { Subject } from "../types.js";
import type { Adapter, ParsedDocument } from "./adapter.js";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A subject per `resource "TYPE" "NAME"` block of the Terraform files, addressed as Terraform
 * does (`aws_db_instance.main`). The `.tf` files of one directory form one module: `var.x`
 * with a literal default and literal `local.x` are resolved across them; anything else stays
 * `{ "$expr": ... }`. `meta` carries `type`, `name`, `address` and `module` (the directory).
 */
export const terraformResourceAdapter: Adapter = ({ documents }) => {
  const modules = new Map<string, ParsedDocument[]>();
  for (const parsed of documents) {
    if (parsed.format !== "terraform") continue;
    const dir = posix.dirname(parsed.document.file);
    modules.set(dir, [...(modules.get(dir) ?? []), parsed]);
  }
  const subjects: Subject[] = [];
  for (const [module, files] of modules) {
    const values = files.map((f) => f.document.value);
    for (const { document, format } of files) {
      const resolved = resolveLiterals(document.value, values);
      const resources = isRecord(resolved) ? resolved["resource"] : undefined;
      if (!isRecord(resources)) continue;
      for (const [type, byName] of Object.entries(resources)) {
        if (!isRecord(byName)) continue;
        for (const [name, body] of Object.entries(byName)) {
          const address = `${type}.${name}`;
          subjects.push({
            kind: "terraform-resource",
            id: module === "." ? address : `${module}:${address}`,
            file: document.file,
            format,
            document,
            path: ["resource", type, name],
            value: body,
            meta: { type, name, address, module },
          });
        }
      }
    }
  }
  return subjects;
};
