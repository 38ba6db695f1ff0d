import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { captureIo, makeTree } from "../helpers/tree.js";
import { POLICY } from "../helpers/fixtures.js";
import { LEAKY_POLICY, PLANTED, SECRET_VALUES, secretFiles } from "./secrets.js";

const FORMATS = ["text", "json", "sarif", "junit", "markdown", "github"];

async function runFormat(root: string, format: string): Promise<{ code: number; out: string }> {
  const io = captureIo(root);
  const code = await main(["check", ".", "--format", format, "--policies", "policies"], io, "0.0.0-test");
  return { code, out: io.stdout() + io.stderr() };
}

describe("no output format prints a planted secret", () => {
  const root = makeTree({ ...secretFiles(), "policies/leak.policy.yaml": LEAKY_POLICY, "policies/img.policy.yaml": POLICY });

  it.each(FORMATS)("%s", async (format) => {
    const { code, out } = await runFormat(root, format);
    expect(code).toBe(1);
    // The run did read the files: the leaky template printed them, redacted.
    expect(out).toContain("redacted");
    for (const secret of SECRET_VALUES) expect(out, secret).not.toContain(secret);
  });

  it("keeps paths as they are, even when they look like credentials", async () => {
    const named = makeTree({ [`k8s/${PLANTED.aws}.yaml`]: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n", "policies/leak.policy.yaml": LEAKY_POLICY });
    const { out } = await runFormat(named, "json");
    const result = JSON.parse(out) as { files: Array<{ path: string }> };
    expect(result.files.map((f) => f.path)).toContain(`k8s/${PLANTED.aws}.yaml`);
  });
});

describe("human outputs cannot be hijacked", () => {
  const hostileName = "k8s/x\n::error title=forged::pwned\u001b[2J.yaml";
  const root = makeTree({
    [hostileName]: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n",
    "k8s/msg.yaml": 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a\\n::add-mask::x\\r\\u001b[31m"\n',
    "policies/leak.policy.yaml": LEAKY_POLICY,
  });

  it.each(FORMATS)("%s has no forged workflow command and no raw control character", async (format) => {
    const { out } = await runFormat(root, format);
    const lines = out.split("\n");
    const commands = lines.filter((line) => /^\s*(::|##\[)/.test(line));
    // Only the github format writes commands, and only annotations of its own.
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) (file=|title=norecur)/);
    expect(lines.some((line) => /^\s*::(error title=forged|add-mask)/.test(line))).toBe(false);
    if (format !== "json" && format !== "sarif") expect(out).not.toMatch(/\u001b/);
  });
});
