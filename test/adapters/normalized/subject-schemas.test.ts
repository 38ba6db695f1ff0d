import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { adapters } from "../../../src/adapters/index.js";
import { publishedSubjectSchema, subjectDocWithFields } from "../../../src/adapters/normalized/schemas/publish.js";
import { discover } from "../../../src/discover/discover.js";
import { formats } from "../../../src/discover/file-formats.js";
import { getParser } from "../../../src/formats/index.js";
import { linkIncludes } from "../../../src/formats/includes/index.js";
import { compileSchema } from "../../../src/schema/ajv.js";
import { SUBJECT_KINDS, type Subject } from "../../../src/types.js";

/** Every subject of `kind` the built-in policies' fixtures produce. */
function fixtureSubjects(kind: (typeof SUBJECT_KINDS)[number]): Subject[] {
  const roots: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (!statSync(full).isDirectory()) continue;
      if (entry === "fixtures") roots.push(...readdirSync(full).map((r) => join(full, r)).filter((r) => statSync(r).isDirectory()));
      else walk(full);
    }
  };
  walk(resolve("policies"));
  return roots.flatMap((root) => {
    const found = discover({ cwd: root, paths: ["."], ignore: [], overrides: [], wanted: () => true });
    const documents = found.candidates.flatMap((c) => {
      const parsed = getParser(formats[c.format]?.parser ?? c.format)?.parse(c.text, c.path);
      return parsed?.ok ? parsed.documents.map((document) => ({ document, format: c.format })) : [];
    });
    return adapters[kind]({ documents: linkIncludes(documents), roots: found.roots });
  });
}

describe("published subject schemas", () => {
  it.each(SUBJECT_KINDS)("schemas/subjects/%s.schema.json and docs/subjects/%s.md are up to date (npm run build)", (kind) => {
    expect(JSON.parse(readFileSync(`schemas/subjects/${kind}.schema.json`, "utf8"))).toEqual(publishedSubjectSchema(kind));
    const page = readFileSync(`docs/subjects/${kind}.md`, "utf8");
    expect(page).toBe(subjectDocWithFields(kind, page));
  });

  it.each(["identity-policy", "page-cache", "update-policy", "egress-policy", "terraform-resource"] as const)(
    "every %s subject of the built-in fixtures satisfies its schema",
    (kind) => {
      const compiled = compileSchema(publishedSubjectSchema(kind));
      if (!compiled.ok) throw new Error(compiled.message);
      const subjects = fixtureSubjects(kind);
      expect(subjects.length).toBeGreaterThan(0);
      const problems = subjects.flatMap((s) =>
        compiled.validate({ subject: s.value, meta: s.meta ?? {} }) ? [] : [`${s.id}: ${JSON.stringify(compiled.validate.errors?.slice(0, 2))}`],
      );
      expect(problems).toEqual([]);
    },
  );
});
