import type { Adapter } from "./adapter.js";

/** One subject per scan root, for repository-wide rules ("some update-bot configuration exists"). */
export const repositoryAdapter: Adapter = ({ roots, repositoryBots }) =>
  roots.map((root) => ({
    kind: "repository",
    id: root,
    file: root,
    format: "repository",
    path: [],
    value: { root, repositoryBotFiles: [...(repositoryBots?.[root] ?? [])] },
  }));
