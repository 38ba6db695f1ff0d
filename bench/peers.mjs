/**
 * Installs the peer tools the benchmark compares with (bench/peers/package.json: Spectral) when
 * they are not installed yet. They live in a package of their own so that `npm ci` of norecur,
 * in CI and for users, does not fetch them. OPA's WebAssembly runtime is not among them: its
 * policies must be compiled by the `opa` binary, which neither npm nor Debian provides here.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./peers/", import.meta.url));
if (!existsSync(`${dir}node_modules/.bin/spectral`)) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
  if (run.status !== 0) console.error("bench: the peer tools could not be installed; the benchmark runs without them");
}
