import type { Adapter } from "./adapter.js";
/**
 * A subject per `resource "TYPE" "NAME"` block of the Terraform files, addressed as Terraform
 * does (`aws_db_instance.main`). The `.tf` files of one directory form one module: `var.x`
 * with a literal default and literal `local.x` are resolved across them; anything else stays
 * `{ "$expr": ... }`. A directory that another scanned directory calls with
 * `module "x" { source = "./modules/y" }` is read once per call, as Terraform instantiates it:
 * its resources are addressed `module.x.TYPE.NAME` (nested calls chain), and `var.v` takes the
 * call's literal argument `v = ...` (unknown when the argument is not a literal). `meta` carries
 * `type`, `name`, `address`, `module` (the directory) and, for called modules, `moduleAddress`
 * (`module.x`) and `root` (the calling root directory). A resource that creates no instance with
 * the module's literal values (`count = 0`, `count = var.create_x ? 1 : 0` with a false default,
 * `for_each` over an empty literal) has no subject: Terraform creates nothing to judge.
 * Plans (`terraform show -json`) give subjects of the same shape: see {@link terraformResourceSubjects}.
 */
export declare const terraformResourceAdapter: Adapter;
/** Most module instances (a root module, or one call of a child module) read per run. */
export declare const MAX_MODULE_INSTANCES = 1000;
/**
 * The terraform-resource subjects of a run: the resources of `.tf` and `.tf.json` files, and
 * those of plans (terraform-plan-resources.ts). The normalized adapters that read Terraform
 * call {@link terraformResourceAdapter} for the first kind only: they read plans on their own.
 */
export declare const terraformResourceSubjects: Adapter;
