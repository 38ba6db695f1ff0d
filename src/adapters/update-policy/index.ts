import type { Adapter, AdapterStream } from "../adapter.js";
import { composeImageSubjects } from "./compose-images.js";
import { dependabotSubjects } from "./dependabot.js";
import { dockerfileImages } from "./dockerfile-images.js";
import { githubSecurityUpdateSubjects } from "./github-security-updates.js";
import { kubernetesImageSubjects } from "./kubernetes-images.js";
import { litespeedSelfUpdateSubjects } from "./litespeed-self-update.js";
import { manifestSubjects } from "./manifests.js";
import { renovateSubjects } from "./renovate.js";
import { skaffoldArtifacts, withBuildTools } from "./build-tool-images.js";
import { holdsKustomization, kustomizations, mayHoldKustomization } from "./kustomize-images.js";
import { unattendedUpgradeSubjects } from "./unattended-upgrades.js";
import { wordpressCoreSubjects } from "./wordpress-core.js";
import { wordpressPluginSubjects } from "./wordpress-plugins.js";

/**
 * `update-policy` subjects: how each component of a repository is kept up to date, one
 * normalized shape across products (see docs/subjects/update-policy.md). Each product is a
 * module in this folder.
 */
export const updatePolicyAdapter: Adapter = ({ documents, roots }) => {
  const dockerfiles = dockerfileImages(documents, roots);
  return withBuildTools(documents, [
    ...wordpressCoreSubjects(documents, roots),
    ...wordpressPluginSubjects(documents, roots),
    ...litespeedSelfUpdateSubjects(documents, roots),
    ...dependabotSubjects(documents, roots),
    ...renovateSubjects(documents, roots),
    ...githubSecurityUpdateSubjects(documents, roots),
    ...kubernetesImageSubjects(documents, roots),
    ...composeImageSubjects(documents, roots),
    ...dockerfiles.subjects,
    ...unattendedUpgradeSubjects(documents, roots),
    ...manifestSubjects(documents, roots, dockerfiles.pullsNothing),
  ]);
};

/**
 * Batches of `kubernetes` documents, the images of their containers: the run's Kustomizations
 * (read first, as files that join) and Skaffold files (a format joined in) are known before any
 * batch. No other product here reads `kubernetes` documents.
 */
export const updatePolicyStream: AdapterStream = {
  takes: (format) => format === "kubernetes",
  joins: mayHoldKustomization,
  joinsWith: holdsKustomization,
  prepare(context, roots) {
    const builds = kustomizations(context);
    const skaffold = skaffoldArtifacts(context);
    return { subjects: (batch) => withBuildTools(batch, kubernetesImageSubjects(batch, roots, builds), skaffold) };
  },
};

/** Formats the `update-policy` adapters read. */
export const updatePolicyFormats: readonly string[] = [
  "apt-conf",
  "compose",
  "composer",
  "dependabot",
  "dependency-manifest",
  "dockerfile",
  "dotenv",
  "github-settings",
  "github-workflow",
  "kubernetes",
  "litespeed-export",
  "package-json",
  "php-config",
  "pyproject",
  "renovate",
  "skaffold",
  "terraform",
  "wp-cli-plugins",
];

/**
 * Formats read to complete the subjects of another format, with no subjects of their own: the
 * `.env` beside a Compose file fills in its `${VARIABLES}`, a `skaffold.yaml` says which
 * image names its build replaces, and a `docker-bake.hcl` sets the build args and named contexts
 * a Dockerfile's `FROM` uses.
 */
export const updatePolicyJoinFormats: Readonly<Record<string, readonly string[]>> = {
  compose: ["dotenv", "skaffold"],
  dockerfile: ["skaffold", "docker-bake"],
  kubernetes: ["skaffold"],
};
