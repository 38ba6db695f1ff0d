import type { ParsedDocument } from "../adapter.js";
import type { TerraformBlock } from "./terraform-blocks.js";
/**
 * The planned resources of `terraform show -json` output, as blocks: `change.after` is the
 * value Terraform will apply, variables and modules resolved. What Terraform knows only after
 * apply is absent from `after` and flagged in `change.after_unknown`; it becomes an unknown
 * marker here, never a missing (and so default) value. Deleted resources have no `after` and
 * are skipped.
 */
export declare function planBlocks(documents: readonly ParsedDocument[], mode: "resource" | "data", types: ReadonlySet<string>): TerraformBlock[];
