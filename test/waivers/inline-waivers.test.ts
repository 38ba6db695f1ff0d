import { describe, expect, it } from "vitest";
import { defaultWaiverRules } from "../../src/config/config.js";
import { check } from "../../src/run.js";
import { dayOf } from "../../src/waivers/dates.js";
import { mayHoldInlineWaivers, readInlineWaivers } from "../../src/waivers/inline-waivers.js";
import { DEPLOYMENT, NOW, repo, settings } from "./setup.js";

const FIELDS = 'owner=alice@example.com expires=2026-07-01 reason="vendor image, pinned upstream"';
const IMAGE_LINE = "        - image: nginx:latest";

/** The Deployment with `comment` inserted on its own line above the image (which moves to line 10). */
function above(comment: string): string {
  return DEPLOYMENT.replace(`${IMAGE_LINE}\n`, `        ${comment}\n${IMAGE_LINE}\n`);
}

async function run(deployment: string) {
  return check(settings(repo({ "k8s/deploy.yaml": deployment })));
}

describe("inline waivers", () => {
  it("waives the finding on the line below a comment-only line", async () => {
    const result = await run(above(`# norecur:waive T-IMG-001 ${FIELDS} ticket=SEC-12`));
    expect(result.findings.map((f) => [f.policyId, f.status, f.range?.line, f.waiver])).toEqual([
      [
        "T-IMG-001",
        "waived",
        10,
        { owner: "alice@example.com", reason: "vendor image, pinned upstream", expires: "2026-07-01", daysLeft: 30, source: "k8s/deploy.yaml:9", ticket: "SEC-12" },
      ],
    ]);
    expect(result.waivers.map((w) => [w.waiver.origin, w.waiver.file, w.waiver.line, w.state])).toEqual([["inline", "k8s/deploy.yaml", 10, "active"]]);
  });

  it("waives the finding on its own line when the comment follows the value", async () => {
    const result = await run(DEPLOYMENT.replace(IMAGE_LINE, `${IMAGE_LINE} # norecur:waive T-IMG-001 ${FIELDS}`));
    expect(result.findings.map((f) => [f.status, f.waiver?.source])).toEqual([["waived", "k8s/deploy.yaml:9"]]);
  });

  it("does not reach further than the next line", async () => {
    const far = DEPLOYMENT.replace("      containers:\n", `      # norecur:waive T-IMG-001 ${FIELDS}\n      containers:\n`);
    const result = await run(far);
    expect(result.findings.map((f) => [f.policyId, f.status, f.range?.line])).toEqual([
      ["waiver-stale", "unknown", 8],
      ["T-IMG-001", "fail", 10],
    ]);
  });

  it("reports a malformed inline waiver as a finding, and the finding it meant to waive still fails", async () => {
    const result = await run(above("# norecur:waive T-IMG-001 owner=alice@example.com expires=2026-07-01"));
    expect(result.findings.map((f) => [f.policyId, f.status, f.severity, f.range?.line, f.range?.column, f.message])).toEqual([
      ["waiver-invalid", "fail", "medium", 9, 9, "inline waiver not accepted: missing reason (every waiver has an owner, a reason and an expiry)"],
      ["T-IMG-001", "fail", "medium", 10, 18, "web uses nginx:latest"],
    ]);
  });

  it("applies the same rules as the waivers file: horizon, date, known policy", async () => {
    const far = await run(above(`# norecur:waive T-IMG-001 ${FIELDS.replace("2026-07-01", "2027-01-01")}`));
    expect(far.findings[0]?.message).toBe("inline waiver not accepted: 2027-01-01 is 214 days away, beyond the maximum horizon of 90 days");
    const date = await run(above(`# norecur:waive T-IMG-001 ${FIELDS.replace("2026-07-01", "July")}`));
    expect(date.findings[0]?.message).toBe('inline waiver not accepted: expires "July" is not a date (YYYY-MM-DD)');
    const unknown = await run(above(`# norecur:waive T-IMG-009 ${FIELDS}`));
    expect(unknown.findings[0]?.message).toBe('inline waiver not accepted: unknown policy "T-IMG-009"');
  });

  it("stops waiving once expired, like any waiver", async () => {
    const result = await run(above(`# norecur:waive T-IMG-001 ${FIELDS.replace("2026-07-01", "2026-05-31")}`));
    expect(result.findings.map((f) => [f.policyId, f.status, f.file, f.range?.line])).toEqual([
      ["waiver-expired", "fail", "k8s/deploy.yaml", 9],
      ["T-IMG-001", "fail", "k8s/deploy.yaml", 10],
    ]);
    expect(result.findings[0]?.message).toBe(
      "Waiver for T-IMG-001 expired 1 day ago (2026-05-31), owner alice@example.com: the 1 finding it covered fail again: fix them, or renew the waiver deliberately.",
    );
  });

  it("reads // comments in JSONC and JSON5, and ignores strict JSON and # inside values", () => {
    const context = { rules: defaultWaiverRules("/"), waivable: new Map([["T-IMG-001", true]]), today: dayOf(NOW) };
    const text = `{\n  // norecur:waive T-IMG-001 ${FIELDS}\n  "image": "nginx:latest"\n}\n`;
    const jsonc = readInlineWaivers("a.jsonc", "jsonc", text, context);
    expect(jsonc.problems).toEqual([]);
    expect(jsonc.waivers.map((w) => [w.policy, w.line, w.range.line, w.range.column])).toEqual([["T-IMG-001", 3, 2, 3]]);
    expect(readInlineWaivers("a.json", "json", text, context).waivers).toEqual([]);
    const hashInValue = readInlineWaivers("a.yaml", "yaml", `url: "https://x.example/#norecur:waive T-IMG-001 ${FIELDS}"\n`, context);
    expect(hashInValue.waivers).toEqual([]);
  });
});

describe("inline waivers are scoped to their own file", () => {
  // File names may hold glob characters; the waiver's file is compared as a string.
  it.each(["k8s/*.yaml", "k8s/**.yaml", "k8s/{deploy,x}.yaml", "k8s/[d]eploy.yaml", "k8s/?eploy.yaml"])(
    "a waiver in a file named %s waives nothing in k8s/deploy.yaml",
    async (name) => {
      const decoy = DEPLOYMENT.replace(IMAGE_LINE, `${IMAGE_LINE} # norecur:waive T-IMG-001 ${FIELDS}`);
      const result = await check(settings(repo({ [name]: decoy })));
      const deploy = result.findings.filter((f) => f.file === "k8s/deploy.yaml");
      expect(deploy.map((f) => [f.policyId, f.status, f.range?.line])).toEqual([["T-IMG-001", "fail", 9]]);
      // The decoy's own finding, on the waiver's line, is waived: the scope is exact, not empty.
      const own = result.findings.filter((f) => f.file === name);
      expect(own.map((f) => [f.policyId, f.status, f.range?.line])).toEqual([["T-IMG-001", "waived", 9]]);
    },
  );

  it("matches thousands of inline waivers against thousands of findings without comparing every pair", async () => {
    const lines = ["apiVersion: v1", "kind: List", "items:"];
    for (let i = 0; i < 2000; i++) {
      lines.push(`  - apiVersion: apps/v1`, `    kind: Deployment`, `    metadata: {name: web${i}}`, `    spec:`, `      template:`, `        spec:`, `          containers:`);
      lines.push(`            # norecur:waive T-IMG-001 ${FIELDS}`, `            - image: nginx:latest`);
    }
    const started = performance.now();
    const result = await run(lines.join("\n"));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.waivers).toHaveLength(2000);
  }, 30_000);
});

describe("which files the run keeps for inline waivers", () => {
  it("keeps a file whose syntax has comments and whose text has the marker, and no other", () => {
    expect(mayHoldInlineWaivers("yaml", "image: nginx:latest # norecur:waive NR-UPD-001 owner=a")).toBe(true);
    expect(mayHoldInlineWaivers("jsonc", "// norecur:waive NR-X-001\n{}")).toBe(true);
    expect(mayHoldInlineWaivers("yaml", "image: nginx:latest\n")).toBe(false);
    // Strict JSON has no comments: the marker in a string is no waiver.
    expect(mayHoldInlineWaivers("json", '{"note": "norecur:waive NR-UPD-001"}')).toBe(false);
    // A parser id that is an inherited property name is not a comment syntax.
    expect(mayHoldInlineWaivers("constructor", "# norecur:waive NR-UPD-001")).toBe(false);
  });
});
