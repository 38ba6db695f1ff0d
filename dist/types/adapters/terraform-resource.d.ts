import type { Adapter } from "./adapter.js";
/**
 * A subject per `resource "TYPE" "NAME"` block of the Terraform files, addressed as Terraform
 * does (`aws_db_instance.main`). The `.tf` files of one directory form one module: `var.x`
 * with a literal default and literal `local.x` are resolved across them; anything else stays
 * `{ "$expr": ... }`. `meta` carries `type`, `name`, `address` and `module` (the directory).
 */
export declare const terraformResourceAdapter: Adapter;
