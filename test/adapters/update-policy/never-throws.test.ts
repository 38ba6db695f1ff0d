import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { updatePolicyAdapter, updatePolicyFormats } from "../../../src/adapters/update-policy/index.js";
import type { Document } from "../../../src/types.js";
import { range } from "../../helpers/parse.js";

/** Any JSON-like value under any file name of any format the adapters read: subjects or nothing, never an exception. */
describe("update-policy adapters on arbitrary documents", () => {
  const file = fc.constantFrom("wp-config.php", ".github/dependabot.yml", "renovate.json", "package.json", "etc/apt/apt.conf.d/50u", "Dockerfile", "a/b/compose.yaml", "wp-cli/p.json");
  const value = fc.oneof(
    fc.jsonValue(),
    fc.record({ constants: fc.jsonValue(), config: fc.jsonValue(), stages: fc.jsonValue(), updates: fc.jsonValue(), services: fc.jsonValue() }, { requiredKeys: [] }),
    fc.record({ kind: fc.constantFrom("Kustomization", "List", "Deployment"), resources: fc.jsonValue(), images: fc.jsonValue(), items: fc.jsonValue(), spec: fc.jsonValue() }),
    fc.record({ extends: fc.jsonValue(), automerge: fc.jsonValue(), packageRules: fc.array(fc.jsonValue()), renovate: fc.jsonValue(), repositories: fc.jsonValue() }, { requiredKeys: [] }),
  );
  const parsed = fc.record({ file, format: fc.constantFrom(...updatePolicyFormats), value });

  it("never throws and every subject can be traced", () => {
    fc.assert(
      fc.property(fc.array(parsed, { maxLength: 6 }), (entries) => {
        const documents = entries.map(({ file: path, format, value: data }) => {
          const document: Document = { file: path, index: 0, value: data, locate: () => range(1, 1, 1, 1) };
          return { document, format };
        });
        for (const subject of updatePolicyAdapter({ documents, roots: ["."] })) {
          expect(subject.kind).toBe("update-policy");
          expect(subject.trace?.(["switches", 0, "enabled"]).range.line).toBe(1);
        }
      }),
    );
  });
});
