// The licences of the packages bundled into dist/: their code ships inside our files, so their
// notices ship beside them. Read from esbuild's metafile (which files went in) and each
// package's own package.json and LICENSE file; sorted, so the output is deterministic.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Package directories (`node_modules/@scope/name`) of the inputs esbuild bundled. */
function bundledPackages(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}

function licenseText(dir) {
  const file = readdirSync(dir).sort().find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(dir, file), "utf8").trim() : undefined;
}

/** The text of dist/THIRD-PARTY-LICENSES.txt. */
export function thirdPartyLicenses(metafile) {
  const sections = [];
  const seen = new Set();
  for (const dir of bundledPackages(metafile)) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8"));
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = licenseText(dir) ?? `License: ${pkg.license ?? "not stated"} (the package ships no licence file)`;
    sections.push(`${key} (${pkg.license ?? "licence not stated"})\n${"-".repeat(key.length)}\n${text}\n`);
  }
  sections.sort();
  return `Third-party software bundled into norecur's dist/ files, with its licence notices.\n\n${sections.join("\n")}`;
}
