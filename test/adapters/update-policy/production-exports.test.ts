import { describe, expect, it } from "vitest";
import { check } from "../../../src/run.js";
import { makeTree } from "../../helpers/tree.js";

const ON = '[{"name":"w3-total-cache","status":"active","version":"2.7.5","auto_update":"on"}]\n';

describe("NR-UPD-004 productionExports", () => {
  it("checks every export by default, and only production ones when narrowed", async () => {
    const files = { "wp-cli/production/plugins.json": ON, "wp-cli/staging/plugins.json": ON };
    const at = async (config: string): Promise<string[]> => {
      const result = await check({ cwd: makeTree({ ...files, ".norecur.yml": config }), paths: ["."] });
      return result.findings.filter((f) => f.policyId === "NR-UPD-004").map((f) => f.file);
    };
    expect(await at("fail-on: high\n")).toEqual(["wp-cli/production/plugins.json", "wp-cli/staging/plugins.json"]);
    expect(await at('params:\n  NR-UPD-004:\n    productionExports: ["**/production/**"]\n')).toEqual(["wp-cli/production/plugins.json"]);
  });
});
