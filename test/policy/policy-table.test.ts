import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmeWithGeneratedTables } from "../../src/readme-table.js";

describe("README generated tables (policies, formats)", () => {
  it("is what the policy files say (run npm run build to regenerate)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toBe(readmeWithGeneratedTables(readme));
  });
});
