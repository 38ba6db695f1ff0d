import { listResourceChanges } from "../../formats/terraform-plan.js";
import type { ParsedDocument } from "../adapter.js";
import { unknownValue } from "../normalized/unknown.js";
import type { TerraformBlock } from "./terraform-blocks.js";
import { isRecord, member } from "./values.js";

/**
 * The planned resources of `terraform show -json` output, as blocks: `change.after` is the
 * value Terraform will apply, variables and modules resolved. What Terraform knows only after
 * apply is absent from `after` and flagged in `change.after_unknown`; it becomes an unknown
 * marker here, never a missing (and so default) value. Deleted resources have no `after` and
 * are skipped.
 */
export function planBlocks(documents: readonly ParsedDocument[], mode: "resource" | "data", types: ReadonlySet<string>): TerraformBlock[] {
  const blocks: TerraformBlock[] = [];
  for (const { document, format } of documents) {
    if (format !== "terraform-plan") continue;
    const changes = member(document.value, "resource_changes");
    for (const planned of listResourceChanges(document)) {
      if ((planned.mode === "data" ? "data" : "resource") !== mode || !types.has(planned.type) || !isRecord(planned.after)) continue;
      const index = planned.path[1];
      const afterUnknown = member(member(Array.isArray(changes) && typeof index === "number" ? changes[index] : undefined, "change"), "after_unknown");
      blocks.push({
        document,
        mode,
        type: planned.type,
        name: planned.name,
        address: planned.address,
        path: planned.path,
        value: withUnknowns(planned.after, afterUnknown) as Record<string, unknown>,
        module: document.file,
        format: "terraform-plan",
      });
    }
  }
  return blocks;
}

/** `after` with a marker wherever `after_unknown` is `true` (a value computed at apply). */
function withUnknowns(after: unknown, flags: unknown): unknown {
  if (flags === true) return after === undefined || after === null ? unknownValue("known only after terraform apply") : after;
  if (Array.isArray(flags)) {
    const list = Array.isArray(after) ? [...after] : [];
    flags.forEach((flag, i) => (list[i] = withUnknowns(list[i], flag)));
    return Array.isArray(after) || list.some((v) => v !== undefined) ? list : after;
  }
  if (isRecord(flags)) {
    if (!isRecord(after)) return after;
    const copy: Record<string, unknown> = { ...after };
    for (const [key, flag] of Object.entries(flags)) {
      const merged = withUnknowns(after[key], flag);
      if (merged !== undefined) copy[key] = merged;
    }
    return copy;
  }
  return after;
}
