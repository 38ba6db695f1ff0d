import { count, flag, list, orUnknown, record, text, type SubjectKindSchema } from "./field-schema.js";

const flagOrUnknown = (description: string) => orUnknown(flag(description));

/** Fields of an `update-policy` subject (docs/subjects/update-policy.md). */
export const updatePolicySchema: SubjectKindSchema = {
  value: record(
    {
      root: text("The scan root the files belong to."),
      component: record(
        {
          type: text("What is updated.", ["wordpress-core", "wordpress-plugin", "container-image", "os-packages", "update-bot", "dependencies"]),
          name: text("Plugin slug, container, service or stage name, bot, manifest."),
        },
        "What the subject is about.",
        ["type", "name"],
      ),
      autoUpdate: record(
        { enabled: flagOrUnknown("Whether updates are installed automatically."), setting: text("The field it was read from.") },
        "Updates installed automatically, with no review.",
        ["enabled", "setting"],
      ),
      switches: list(
        record(
          {
            setting: text("The setting."),
            covers: text("What it switches.", ["all", "security", "version"]),
            enabled: flagOrUnknown("Whether it is on."),
          },
          "A setting that switches updates on or off.",
          ["setting", "covers", "enabled"],
        ),
        "Settings that switch updates on or off.",
      ),
      automerge: list(
        record(
          {
            setting: text("The setting."),
            updateTypes: orUnknown(list(text("An update type (`all`, `major`, `minor`, `patch`, ...)."), "Update types merged with no review.")),
            minimumReleaseAgeDays: orUnknown(count("Days a release must age before it is merged.")),
          },
          "A rule that merges or installs updates with no review.",
          ["setting", "updateTypes"],
        ),
        "Rules that merge or install updates with no review.",
      ),
      image: record(
        {
          reference: orUnknown(text("The image reference.")),
          context: text("Where it is used.", ["kubernetes", "compose", "dockerfile"]),
          tag: orUnknown({ anyOf: [text("The tag."), { type: "null" }], description: "The tag (`1.27.0`, `alpine`), or null when the reference has none (which means `latest`)." }),
          digest: orUnknown(flag("Whether the reference pins a `@sha256:` digest.")),
          builtBy: text("A build tool of the repository that replaces this reference with the image it builds (`skaffold`: an artifact of a skaffold.yaml; `ko`: a `ko://` import path; `bake`: a Dockerfile base that a Bake target's named context makes another target of the same run, or files of the repository). Absent for images that run as written.", ["skaffold", "ko", "bake"]),
        },
        "A container image in use.",
        ["reference", "context"],
      ),
      bot: record(
        {
          name: text("The update bot.", ["dependabot", "renovate"]),
          enabled: flagOrUnknown("Whether it runs."),
          ecosystems: list(
            record({ ecosystem: text("Package ecosystem."), directories: list(text("A directory, in /path form."), "Directories.") }, "A Dependabot updates entry.", ["ecosystem", "directories"]),
            "Dependabot: one per updates entry.",
          ),
          managers: record(
            {
              enabled: { anyOf: [list(text("A manager."), "Enabled managers."), { type: "null" }], description: "Renovate enabledManagers; null: all." },
              disabled: list(text("A manager."), "Switched-off managers."),
            },
            "Renovate managers.",
            ["enabled", "disabled"],
          ),
          ignorePaths: list(text("A path glob."), "Renovate ignorePaths."),
        },
        "An update bot's configuration.",
        ["name", "enabled"],
      ),
      manifest: record(
        {
          ecosystem: text("Package ecosystem."),
          directory: text("Directory relative to the scan root, Dependabot's form."),
          path: text("The manifest file."),
          dependabot: list(text("A package-ecosystem value."), "Dependabot ecosystems that cover it."),
          renovate: list(text("A Renovate manager."), "Renovate managers that cover it."),
        },
        "A dependency manifest.",
        ["ecosystem", "directory", "path", "dependabot", "renovate"],
      ),
    },
    "A component and how it is kept up to date.",
    ["root", "component"],
  ),
  meta: record(
    {
      product: text("The product."),
      objectKind: text("Kubernetes: the kind of the object using the image."),
      object: text("Kubernetes: the object using the image."),
      build: text("Kustomize: the overlay directory that changes the image."),
      export: text("WordPress plugins: which export the subject was read from."),
    },
    "Facts about the subject.",
    ["product"],
  ),
};
