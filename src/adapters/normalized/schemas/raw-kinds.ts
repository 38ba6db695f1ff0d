import { flag, list, map, record, text, type SubjectKindSchema } from "./field-schema.js";

const noMeta = record({}, "Raw subjects carry no facts besides their data.");

/**
 * The raw kinds hold a file's own data, whose shape only the file knows: their `subject` is not
 * checked, their `meta` is.
 */
export const documentSchema: SubjectKindSchema = { meta: noMeta };

/** A Kubernetes object: the object as written, and what the Kustomize builds that include it do to it. */
export const kubernetesObjectSchema: SubjectKindSchema = {
  meta: record(
    {
      kustomize: list(
        record(
          {
            build: text("Directory of the top-level Kustomization."),
            labels: map(text("A label value."), "Labels the build adds (`commonLabels`, `labels[].pairs`), bases first."),
            namespace: text("Namespace the build sets, when one does."),
          },
          "One `kustomize build` that includes the object's file.",
          ["build", "labels"],
        ),
        "Present when some Kustomization of the scan includes the file: one entry per top-level build.",
      ),
    },
    "Facts about the object.",
  ),
};

/** The repository: one subject per scan root. */
export const repositorySchema: SubjectKindSchema = {
  value: record(
    {
      root: text("The scan root, relative to the directory paths are reported from."),
      repositoryBotFiles: list(
        text("A path relative to the repository root, e.g. `.github/dependabot.yml`."),
        "When the scan root is below its git repository's root: the update-bot configuration files at that root (Dependabot, Renovate, a root package.json with a `renovate` key). Empty otherwise.",
      ),
    },
    "The repository as a whole.",
    ["root", "repositoryBotFiles"],
  ),
  meta: noMeta,
};

/** A Terraform resource: its attributes as written, plus where it sits and what refers to it. */
export const terraformResourceSchema: SubjectKindSchema = {
  meta: record(
    {
      type: text("Resource type, e.g. `aws_s3_bucket`."),
      name: text("Resource name."),
      address: text("Address, e.g. `aws_s3_bucket.logs` or `module.site.aws_s3_bucket.logs` (in a plan, with instance keys: `aws_s3_bucket.logs[0]`)."),
      module: text("Directory of the module that declares it; for a resource read from a plan, the plan file."),
      moduleAddress: text("Address of the module call that creates it, when created through one."),
      policyDocument: {
        description:
          "The IAM policy of its `policy` attribute (a JSON string, `jsonencode({...})`, or a `data \"aws_iam_policy_document\"` of the module), as JSON with `Statement` always a list; an unknown marker when it cannot be read statically.",
      },
      plan: flag("Present and true when the resource was read from a plan (`terraform show -json`): values are the planned ones, with modules, `count` and variables applied."),
      root: text("Directory of the root module calling it, when created through a module."),
      attached: list(
        record(
          {
            address: text("Its address."),
            type: text("Its resource type."),
            name: text("Its name."),
            file: text("Its file."),
            value: {},
          },
          "A resource of the same module that refers to this one.",
          ["address", "type", "name", "file", "value"],
        ),
        "Resources of the same module whose attributes name this one (split resources).",
      ),
    },
    "Facts about the resource.",
    ["type", "name", "address", "module", "attached"],
  ),
};
