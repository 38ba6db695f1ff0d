import type { Format } from "../types.js";

const YAML = ["**/*.yaml", "**/*.yml"];

/** Kubernetes objects are recognised by content: a top-level apiVersion and kind. */
function looksLikeKubernetes(text: string): boolean {
  return (
    (/^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text)) ||
    (/"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text))
  );
}

/** The formats norecur reads, by id. Literal and sorted: no self-registration. */
export const formats: Readonly<Record<string, Format>> = {
  dependabot: {
    id: "dependabot",
    parser: "yaml",
    description: "Dependabot configuration",
    paths: [".github/dependabot.yml", ".github/dependabot.yaml"],
  },
  "github-workflow": {
    id: "github-workflow",
    parser: "yaml",
    description: "GitHub Actions workflow",
    paths: [".github/workflows/*.yml", ".github/workflows/*.yaml"],
  },
  json: { id: "json", parser: "json", description: "JSON", paths: ["**/*.json"] },
  json5: { id: "json5", parser: "json5", description: "JSON5", paths: ["**/*.json5"] },
  jsonc: {
    id: "jsonc",
    parser: "jsonc",
    description: "JSON with comments",
    paths: ["**/*.jsonc", "**/tsconfig*.json", "**/jsconfig*.json", ".vscode/*.json", "**/.devcontainer/devcontainer.json", ".devcontainer.json"],
  },
  kubernetes: {
    id: "kubernetes",
    parser: "yaml",
    description: "Kubernetes objects (YAML or JSON with apiVersion and kind)",
    paths: [...YAML, "**/*.json"],
    sniff: looksLikeKubernetes,
  },
  "package-json": { id: "package-json", parser: "json", description: "npm package manifest", paths: ["**/package.json"] },
  renovate: {
    id: "renovate",
    parser: "json5",
    description: "Renovate configuration",
    paths: [
      "renovate.json",
      "renovate.json5",
      ".github/renovate.json",
      ".github/renovate.json5",
      ".gitlab/renovate.json",
      ".gitlab/renovate.json5",
      ".renovaterc",
      ".renovaterc.json",
      ".renovaterc.json5",
    ],
  },
  yaml: { id: "yaml", parser: "yaml", description: "YAML", paths: YAML },
};

/**
 * The order in which formats are tried for a file: the most specific first, content-sniffed
 * next, generic syntaxes last. The first format whose paths (and sniff) match wins.
 */
export const detectionOrder: readonly string[] = [
  "dependabot",
  "github-workflow",
  "renovate",
  "package-json",
  "jsonc",
  "kubernetes",
  "json5",
  "json",
  "yaml",
];
