import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formats } from "../../src/discover/file-formats.js";
import { formatPatternMatcher } from "../../src/discover/format-patterns.js";
import { globMatcher } from "../../src/glob.js";

/** Every path of this repository, and each again below other directories and as a dot file. */
function samplePaths(): string[] {
  const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" }).trim().split("\n");
  const names = [...new Set(tracked.map((p) => p.split("/").pop() ?? ""))];
  const extra = names.flatMap((name) => [name, `a/${name}`, `a/b/c/${name}`, `.${name}`, `${name}.bak`, `x${name}`]);
  const shapes = [
    "etc/nginx/nginx.conf", "nginx/sites-available/example.com", "etc/squid/squid.conf", ".github/workflows/ci.yml",
    ".github/dependabot.yml", "a/.github/dependabot.yml", "deploy/Dockerfile.prod", "x.Dockerfile", "docker-compose.override.yml",
    "compose.prod.yaml", "apt/apt.conf.d/50unattended-upgrades", "etc/samba/smb.conf", "etc/exports", "exports.d/x.exports",
  ];
  return [...new Set([...tracked, ...extra, ...shapes])];
}

describe("built-in format globs matched natively", () => {
  const paths = samplePaths();
  const tables = Object.values(formats).flatMap((format) => [format.paths, ...(format.sniffedPaths ? [format.sniffedPaths] : [])]);
  // Detection first asks whether any glob of the table matches at all.
  tables.push(tables.flat());

  it.each(tables.map((patterns) => [patterns.join(", "), patterns] as const))("%s: same answers as the linear-time matcher", (_name, patterns) => {
    const native = formatPatternMatcher(patterns);
    const reference = globMatcher(patterns);
    const disagreements = paths.filter((path) => native(path) !== reference(path));
    expect(disagreements).toEqual([]);
  });

  it("matches something in the sample for most tables (the comparison is not vacuous)", () => {
    const matching = tables.filter((patterns) => paths.some(globMatcher(patterns)));
    expect(matching.length).toBeGreaterThan(tables.length / 2);
  });
});
