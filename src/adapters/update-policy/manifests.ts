import { posix } from "node:path";
import type { Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { slashPath } from "./dependabot.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { Manifest, UpdatePolicyValue } from "./shape.js";
import { relativeTo, rootOf } from "./shape.js";

/** An ecosystem: what Dependabot and Renovate call the updater that reads its manifests. */
interface Ecosystem {
  ecosystem: string;
  dependabot: string[];
  renovate: string[];
}

const NPM: Ecosystem = { ecosystem: "npm", dependabot: ["npm"], renovate: ["npm"] };
const COMPOSER: Ecosystem = { ecosystem: "composer", dependabot: ["composer"], renovate: ["composer"] };
const PYPROJECT: Ecosystem = { ecosystem: "python", dependabot: ["pip", "uv"], renovate: ["pep621", "poetry"] };
// Renovate's pip-compile manager updates requirements files compiled from `.in` sources.
const REQUIREMENTS: Ecosystem = { ecosystem: "python", dependabot: ["pip"], renovate: ["pip_requirements", "pip-compile"] };
const GO: Ecosystem = { ecosystem: "go", dependabot: ["gomod"], renovate: ["gomod"] };
const RUBY: Ecosystem = { ecosystem: "ruby", dependabot: ["bundler"], renovate: ["bundler"] };
const DOCKER: Ecosystem = { ecosystem: "docker", dependabot: ["docker"], renovate: ["dockerfile"] };
const ACTIONS: Ecosystem = { ecosystem: "github-actions", dependabot: ["github-actions"], renovate: ["github-actions"] };
const MAVEN: Ecosystem = { ecosystem: "maven", dependabot: ["maven"], renovate: ["maven"] };
const GRADLE: Ecosystem = { ecosystem: "gradle", dependabot: ["gradle"], renovate: ["gradle"] };
const TERRAFORM: Ecosystem = { ecosystem: "terraform", dependabot: ["terraform"], renovate: ["terraform"] };

/** Installed or vendored dependencies carry their own manifests; they are updated through the project's. */
const INSTALLED = /(?:^|\/)(?:node_modules|bower_components|vendor)\//;

/** The ecosystem a file of this format (and name) is a manifest of. */
function ecosystemOf(format: string, file: string): Ecosystem | undefined {
  const name = posix.basename(file);
  switch (format) {
    case "package-json":
      return NPM;
    case "composer":
      return COMPOSER;
    case "pyproject":
      return PYPROJECT;
    case "dockerfile":
      return DOCKER;
    case "github-workflow":
      return ACTIONS;
    case "terraform":
      return TERRAFORM;
    case "dependency-manifest":
      if (name === "pom.xml") return MAVEN;
      if (name.startsWith("build.gradle") || name.startsWith("settings.gradle")) return GRADLE;
      return name === "go.mod" ? GO : name === "Gemfile" ? RUBY : REQUIREMENTS;
    default:
      return undefined;
  }
}

/** Directories that some scanned pom.xml lists as its `<module>`s (in any profile). */
function mavenModules(documents: readonly ParsedDocument[]): Set<string> {
  const modules = new Set<string>();
  for (const { document, format } of documents) {
    if (format !== "dependency-manifest" || posix.basename(document.file) !== "pom.xml") continue;
    const lines = (document.value as { lines?: unknown }).lines;
    if (!Array.isArray(lines)) continue;
    const dir = posix.dirname(document.file);
    for (const line of lines) {
      if (typeof line !== "string") continue;
      for (const match of line.matchAll(/<module>\s*([^<\s]+)\s*<\/module>/g)) {
        const module = (match[1] ?? "").replace(/\/pom\.xml$/, "");
        const joined = posix.normalize(posix.join(dir, module));
        if (joined !== dir && !joined.startsWith("../")) modules.add(joined);
      }
    }
  }
  return modules;
}

/**
 * One `dependencies` subject per ecosystem and directory that has a manifest (GitHub Actions:
 * one per root, as Dependabot reads `.github/workflows` for `directory: "/"`), pointing at the
 * first manifest file of that directory. Manifests inside `node_modules`, `bower_components` and
 * `vendor` belong to installed dependencies and are left out, and so are Maven modules, which
 * are updated through the pom.xml that lists them, and Dockerfiles that pull no image
 * (`pullsNothing`). Policies compare them with the update bots.
 */
export function manifestSubjects(documents: readonly ParsedDocument[], roots: readonly string[], pullsNothing: ReadonlySet<string> = new Set()): Subject[] {
  const groups = new Map<string, { root: string; ecosystem: Ecosystem; directory: string; documents: Document[]; format: string }>();
  const modules = mavenModules(documents);
  for (const { document, format } of documents) {
    const ecosystem = ecosystemOf(format, document.file);
    if (ecosystem === undefined || INSTALLED.test(document.file)) continue;
    // A Dockerfile whose every FROM is `scratch`, a stage of its own or a base its Bake targets
    // build gives a bot nothing to update.
    if (ecosystem === DOCKER && pullsNothing.has(document.file)) continue;
    // A Maven module is updated through the project that lists it (Dependabot and Renovate read
    // the modules from the parent's pom.xml): the parent's directory is the one a bot names.
    if (ecosystem === MAVEN && modules.has(posix.dirname(document.file))) continue;
    const root = rootOf(document.file, roots);
    const path = relativeTo(root, document.file);
    const directory = ecosystem === ACTIONS ? "/" : slashPath(posix.dirname(path));
    const key = JSON.stringify([root, ecosystem.ecosystem, ecosystem.dependabot, directory]);
    const group = groups.get(key) ?? { root, ecosystem, directory, documents: [], format };
    group.documents.push(document);
    groups.set(key, group);
  }
  const subjects: Subject[] = [];
  for (const { root, ecosystem, directory, documents: files, format } of groups.values()) {
    const first = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index))[0];
    if (first === undefined) continue;
    const manifest: Manifest = { ...ecosystem, directory, path: relativeTo(root, first.file) };
    const value: UpdatePolicyValue = { root, component: { type: "dependencies", name: `${ecosystem.ecosystem} ${directory}` }, manifest };
    subjects.push(
      normalizedSubject({
        kind: "update-policy",
        id: `manifest:${ecosystem.dependabot[0] ?? ecosystem.ecosystem}:${root === "." ? "" : `${root}:`}${directory}`,
        product: "manifest",
        format,
        value: value as unknown as Record<string, unknown>,
        sources: new SourceMap({ document: first, path: [] }),
      }),
    );
  }
  return subjects;
}
