import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/tree.js";
import { entry, repo, waiversFile } from "../waivers/setup.js";

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io, "0.0.0-test");
  return { code, out: io.stdout(), err: io.stderr() };
}

// Dates are relative to the real clock here (the CLI has no clock option), so the fixture is
// built from today's date.
function isoDaysFromToday(days: number): string {
  const today = Math.floor(Date.now() / 86_400_000);
  return new Date((today + days) * 86_400_000).toISOString().slice(0, 10);
}

function fixture(): string {
  return repo({
    ".norecur/waivers.yml": waiversFile(
      entry({ expires: isoDaysFromToday(60) }),
      entry({ expires: isoDaysFromToday(5), owner: "bob@example.com", reason: "migration in progress" }),
      entry({ expires: isoDaysFromToday(-3), owner: "carol@example.com" }),
      entry({ paths: '["old/**"]', expires: isoDaysFromToday(30), owner: "dave@example.com" }),
    ),
  });
}

const ARGS = ["k8s", "--no-builtin", "--policies", "policies"];

describe("norecur waivers", () => {
  it("lists every waiver with its state, days left and where it is written", async () => {
    const { code, out, err } = await run(fixture(), "waivers", ...ARGS);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("STATE     DAYS  EXPIRES     POLICY     OWNER              MATCHED  WHERE");
    expect(lines[1]).toBe(`active      60  ${isoDaysFromToday(60)}  T-IMG-001  alice@example.com  1        .norecur/waivers.yml:3`);
    expect(lines[2]).toBe("    reason: vendor image, pinned upstream");
    expect(lines[3]).toBe(`expiring     5  ${isoDaysFromToday(5)}  T-IMG-001  bob@example.com    1        .norecur/waivers.yml:8`);
    expect(lines[5]).toBe(`expired     -3  ${isoDaysFromToday(-3)}  T-IMG-001  carol@example.com  1        .norecur/waivers.yml:13`);
    expect(lines[7]).toBe(`stale       30  ${isoDaysFromToday(30)}  T-IMG-001  dave@example.com   0        .norecur/waivers.yml:18`);
    expect(lines[9]).toBe("Waivers: 4 (1 active, 1 expiring, 1 expired, 1 stale)");
  });

  it("prints the same as JSON", async () => {
    const { code, out } = await run(fixture(), "waivers", ...ARGS, "--format", "json");
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r["state"], r["daysLeft"], r["owner"], r["line"], r["matched"]])).toEqual([
      ["active", 60, "alice@example.com", 3, 1],
      ["expiring", 5, "bob@example.com", 8, 1],
      ["expired", -3, "carol@example.com", 13, 1],
      ["stale", 30, "dave@example.com", 18, 0],
    ]);
    expect(rows[0]).toEqual({
      policy: "T-IMG-001",
      state: "active",
      daysLeft: 60,
      expires: isoDaysFromToday(60),
      owner: "alice@example.com",
      reason: "vendor image, pinned upstream",
      origin: "file",
      file: ".norecur/waivers.yml",
      line: 3,
      matched: 1,
      paths: ["k8s/**"],
    });
  });

  it("says so when there are none, and stops on a broken waivers file with exit 2", async () => {
    expect((await run(repo({}), "waivers", ...ARGS)).out).toBe("No waivers.\n");
    const broken = await run(repo({ ".norecur/waivers.yml": waiversFile(entry({ owner: undefined })) }), "waivers", ...ARGS);
    expect(broken.code).toBe(2);
    expect(broken.err).toBe("norecur: config error: .norecur/waivers.yml:3:5: waivers[0]: must have required property 'owner'\n");
  });

  it("makes check fail on an expired waiver and pass on an active one", async () => {
    const active = repo({ ".norecur/waivers.yml": waiversFile(entry({ expires: isoDaysFromToday(20) })) });
    const passed = await run(active, "check", ...ARGS);
    expect(passed.code).toBe(0);
    expect(passed.out).toContain("Findings: none, 1 waived; failing at low and above");
    const expired = repo({ ".norecur/waivers.yml": waiversFile(entry({ expires: isoDaysFromToday(-1) })) });
    const failed = await run(expired, "check", ...ARGS);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(".norecur/waivers.yml\n  3:5      medium   waiver-expired Waiver for T-IMG-001 expired 1 day ago");
  });

  it("accepts --base and reports that extensions could not be checked outside git", async () => {
    const cwd = repo({ ".norecur/waivers.yml": waiversFile(entry({ expires: isoDaysFromToday(20) })) });
    const { code, out } = await run(cwd, "check", ...ARGS, "--base", "origin/main");
    expect(code).toBe(0);
    expect(out).toContain("waiver-history-unavailable Waiver extensions were not checked against --base origin/main: not a git repository");
  });
});
