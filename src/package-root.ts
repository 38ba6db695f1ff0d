import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The directory holding norecur's package.json. The policies, schemas and version ship beside
 * the code, so they are found by walking up from this module: the same lookup works from
 * `src/` under the tests and from the bundled `dist/`.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && /"name":\s*"norecur"/.test(readFileSync(manifest, "utf8"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("norecur's package.json was not found next to the code");
}

/** norecur's version, from its package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "0.0.0";
}
