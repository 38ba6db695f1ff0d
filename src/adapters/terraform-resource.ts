import { posix } from "node:path";
import { replaceExpressions, resolveLiterals } from "../formats/hcl/resolve.js";
import { isExpressionMarker } from "../formats/hcl/value.js";
import { createsNoInstance } from "./terraform-count.js";
import { instanceSuffix, known, resourceInstances } from "./terraform-instances.js";
import { evaluateExpression } from "./terraform-expression.js";
import { attachReferences } from "./terraform-references.js";
import { withDynamicBlocks } from "./terraform-dynamic-blocks.js";
import { withoutNullAttributes } from "./terraform-unset.js";
import { planResourceSubjects } from "./terraform-plan-resources.js";
import { policyDocumentOf } from "./terraform-policy-document.js";
import type { Subject } from "../types.js";
import type { Adapter, ParsedDocument } from "./adapter.js";
import { isRecord } from "../plain-data.js";

/** Arguments of a `module` block that configure the call itself rather than set the child's variables. */
const META_ARGUMENTS = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);

/** A `module "NAME" { source = "./dir" }` call of a scanned directory. */
interface ModuleCall {
  name: string;
  child: string;
  body: Record<string, unknown>;
}

/** Where a module's resources are being read from: the root module and the chain of calls that led here. */
interface Instance {
  root: string;
  /** `module.a.module.b.`, empty for a root module. */
  prefix: string;
  /** The module's files as seen through this chain: variable defaults replaced by the call's arguments. */
  values: readonly unknown[];
  /** Directories on the chain, for the cycle guard. */
  stack: readonly string[];
}

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
export const terraformResourceAdapter: Adapter = ({ documents }) => {
  // The normalized adapters (page cache, egress) read these subjects too: build them once per run.
  let subjects = built.get(documents);
  if (subjects === undefined) {
    subjects = buildSubjects(documents);
    built.set(documents, subjects);
  }
  return [...subjects];
};

const built = new WeakMap<readonly ParsedDocument[], Subject[]>();

function buildSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const modules = new Map<string, ParsedDocument[]>();
  for (const parsed of documents) {
    if (parsed.format !== "terraform") continue;
    const dir = posix.dirname(parsed.document.file);
    modules.set(dir, [...(modules.get(dir) ?? []), parsed]);
  }
  const calls = new Map([...modules].map(([dir, files]) => [dir, callsOf(dir, files, modules)]));
  const called = new Set([...calls.values()].flatMap((list) => list.map((call) => call.child)));
  const subjects: Subject[] = [];
  const visited = new Set<string>();
  let instances = 0;
  const visit = (dir: string, instance: Instance): void => {
    visited.add(dir);
    instances += 1;
    subjects.push(...resourcesOf(dir, modules.get(dir) ?? [], instance));
    for (const call of calls.get(dir) ?? []) {
      if (instance.stack.includes(call.child)) continue; // a module that calls itself, directly or not: Terraform refuses it too
      // Each call instantiates the child again: a module calling the next one twice, 25 deep, is
      // 2^25 instances. Past the bound, further calls are not expanded (SECURITY.md).
      if (instances >= MAX_MODULE_INSTANCES) break;
      // Arguments are computed in the caller's scope (`create = local.create_db_instance`), where their names mean something.
      const argumentsOfCall = replaceExpressions(resolveLiterals(call.body, instance.values), (marker) => known(evaluateExpression(marker.$expr.trim(), instance.values))) as Record<string, unknown>;
      const childValues = (modules.get(call.child) ?? []).map((f) => withArguments(f.document.value, argumentsOfCall));
      visit(call.child, {
        root: instance.root,
        prefix: `${instance.prefix}module.${call.name}.`,
        values: childValues,
        stack: [...instance.stack, call.child],
      });
    }
  };
  const start = (dir: string): void => visit(dir, { root: dir, prefix: "", values: valuesOf(modules.get(dir) ?? []), stack: [dir] });
  for (const dir of modules.keys()) if (!called.has(dir)) start(dir);
  // Directories only called from within a cycle have no root: read them on their own, as before.
  for (const dir of modules.keys()) if (!visited.has(dir)) start(dir);
  attachReferences(subjects);
  return subjects;
}

/** Most module instances (a root module, or one call of a child module) read per run. */
export const MAX_MODULE_INSTANCES = 1_000;

function resourcesOf(dir: string, files: readonly ParsedDocument[], instance: Instance): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of files) {
    // Only the resource blocks: resolving the whole file (variables, outputs, locals) once per
    // module instance was most of this walk in a module called from many examples.
    const written = isRecord(document.value) && Object.hasOwn(document.value, "resource") ? document.value["resource"] : undefined;
    if (!isRecord(written)) continue;
    const resources = resolveLiterals(written, instance.values);
    if (!isRecord(resources)) continue;
    for (const [type, byName] of Object.entries(resources)) {
      if (!isRecord(byName)) continue;
      for (const [name, body] of Object.entries(byName)) {
        // A resource this instance of the module never creates (a feature flag off by default) is nothing to judge.
        if (createsNoInstance(body, instance.values)) continue;
        // `count` and `for_each` over literals: one subject per instance, as Terraform addresses it.
        for (const { key, body: values, scope: evaluation } of resourceInstances(body, instance.values)) {
          const address = `${instance.prefix}${type}.${name}${instanceSuffix(key)}`;
          const called = instance.prefix !== "";
          const scope = called ? instance.root : dir;
          const policyDocument = policyDocumentOf(values, ["resource", type, name], document, instance.values);
          subjects.push({
            kind: "terraform-resource",
            id: scope === "." ? address : `${scope}:${address}`,
            file: document.file,
            format,
            document,
            path: ["resource", type, name],
            value: withDynamicBlocks(withoutNullAttributes(values), (text, iterators) => evaluateExpression(text, instance.values, { ...evaluation, iterators })),
            meta: {
              type,
              name,
              address,
              module: dir,
              ...(called ? { moduleAddress: instance.prefix.slice(0, -1), root: instance.root } : {}),
              ...(policyDocument !== undefined ? { policyDocument } : {}),
            },
          });
        }
      }
    }
  }
  return subjects;
}

/** The `module` blocks of a directory whose `source` is a local path to another scanned directory. */
function callsOf(dir: string, files: readonly ParsedDocument[], modules: ReadonlyMap<string, unknown>): ModuleCall[] {
  const calls: ModuleCall[] = [];
  for (const { document } of files) {
    const blocks = isRecord(document.value) ? document.value["module"] : undefined;
    if (!isRecord(blocks)) continue;
    for (const [name, body] of Object.entries(blocks)) {
      const source = isRecord(body) ? body["source"] : undefined;
      // Only local paths name a directory of this tree; registry and git sources are fetched by `terraform init`.
      if (!isRecord(body) || typeof source !== "string" || !/^\.\.?\//.test(source)) continue;
      const child = posix.normalize(posix.join(dir, source)).replace(/\/+$/, "");
      if (modules.has(child) && child !== dir) calls.push({ name, child, body });
    }
  }
  return calls;
}

/**
 * A copy of a module file in which each variable the call sets has the call's value as its
 * default: a literal argument is used as is, any other argument removes the default, so the
 * variable reads as unknown rather than as a default the call overrides.
 */
function withArguments(file: unknown, args: Record<string, unknown>): unknown {
  if (!isRecord(file) || !isRecord(file["variable"])) return file;
  const variables: Record<string, unknown> = { ...file["variable"] };
  for (const [name, value] of Object.entries(args)) {
    const declaration = variables[name];
    if (META_ARGUMENTS.has(name) || !Object.hasOwn(variables, name) || !isRecord(declaration)) continue;
    const { default: _replaced, ...rest } = declaration;
    variables[name] = isLiteral(value) ? { ...rest, default: value } : rest;
  }
  return { ...file, variable: variables };
}

function valuesOf(files: readonly ParsedDocument[]): unknown[] {
  return files.map((f) => f.document.value);
}

function isLiteral(value: unknown): boolean {
  if (isExpressionMarker(value)) return false;
  if (Array.isArray(value)) return value.every(isLiteral);
  return isRecord(value) ? Object.values(value).every(isLiteral) : true;
}

/**
 * The terraform-resource subjects of a run: the resources of `.tf` and `.tf.json` files, and
 * those of plans (terraform-plan-resources.ts). The normalized adapters that read Terraform
 * call {@link terraformResourceAdapter} for the first kind only: they read plans on their own.
 */
export const terraformResourceSubjects: Adapter = (input) => [...terraformResourceAdapter(input), ...planResourceSubjects(input.documents)];
