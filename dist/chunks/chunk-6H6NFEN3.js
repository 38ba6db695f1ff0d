import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);

// src/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && /"name":\s*"norecur"/.test(readFileSync(manifest, "utf8"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("norecur's package.json was not found next to the code");
}
function packageVersion() {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  return typeof manifest.version === "string" ? manifest.version : "0.0.0";
}

export {
  packageRoot,
  packageVersion
};
