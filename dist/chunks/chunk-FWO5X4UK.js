import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);

// src/github/snapshot.ts
var DEFAULT_GITHUB_SNAPSHOT = ".norecur/github-settings.json";
function formatSnapshot(snapshot) {
  return `${JSON.stringify(snapshot, null, 2)}
`;
}

export {
  DEFAULT_GITHUB_SNAPSHOT,
  formatSnapshot
};
