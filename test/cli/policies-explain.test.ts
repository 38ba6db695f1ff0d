import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/tree.js";

async function run(...argv: string[]) {
  const io = captureIo(process.cwd());
  const code = await main(argv, io, "0.0.0-test");
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("norecur policies", () => {
  it("lists the built-in policies with severity, title and incidents", async () => {
    const { code, out } = await run("policies", "--format", "json");
    expect(code).toBe(0);
    const list = JSON.parse(out) as Array<{ id: string; severity: string; incidents: string[] }>;
    expect(list.map((p) => [p.id, p.severity, p.incidents])).toEqual([
      ["NR-BAK-001", "medium", ["diamond-2023-12", "airu-2024-02"]],
      ["NR-BAK-002", "medium", ["airu-2024-02", "diamond-2023-12"]],
      ["NR-BAK-003", "medium", ["airu-2024-02", "diamond-2023-12"]],
      ["NR-BAK-004", "medium", ["airu-2024-02", "diamond-2023-12"]],
      ["NR-CACHE-001", "high", ["tokyo-theatre-2024-02"]],
      ["NR-CACHE-002", "high", ["tokyo-theatre-2024-02"]],
      ["NR-CACHE-003", "high", ["tokyo-theatre-2024-02"]],
      ["NR-CACHE-004", "high", ["tokyo-theatre-2024-02"]],
      ["NR-CLASS-001", "low", ["lac-trendmicro-guidance", "docomo-nexia-2023-03"]],
      ["NR-CLASS-002", "low", ["lac-trendmicro-guidance", "docomo-nexia-2023-03"]],
      ["NR-EGR-001", "critical", ["docomo-nexia-2023-03"]],
      ["NR-EGR-002", "high", ["docomo-nexia-2023-03", "zoff-glassage-2023-05", "tokyo-cci-2015-05"]],
      ["NR-EGR-003", "critical", ["docomo-nexia-2023-03"]],
      ["NR-EGR-004", "high", ["docomo-nexia-2023-03", "zoff-glassage-2023-05", "tokyo-cci-2015-05"]],
      ["NR-ENC-001", "high", ["docomo-nexia-2023-03", "tokyo-cci-2015-05"]],
      ["NR-ENC-002", "medium", ["docomo-nexia-2023-03"]],
      ["NR-ENC-003", "medium", ["docomo-nexia-2023-03"]],
      ["NR-ENC-004", "medium", ["docomo-nexia-2023-03", "airu-2024-02"]],
      ["NR-ENC-005", "medium", ["docomo-nexia-2023-03"]],
      ["NR-EXP-001", "high", ["metaps-payment-2022", "line-yahoo-2023-11"]],
      ["NR-EXP-002", "high", ["tokyo-cci-2015-05", "aflac-zurich-2023-01"]],
      ["NR-EXP-003", "high", ["zoff-glassage-2023-05", "lockbit-royal-mail-2023-01", "metaps-payment-2022"]],
      ["NR-EXP-004", "high", ["zoff-glassage-2023-05", "lockbit-royal-mail-2023-01"]],
      ["NR-EXP-005", "critical", ["tokyo-cci-2015-05", "aflac-zurich-2023-01"]],
      ["NR-EXP-006", "critical", ["tokyo-cci-2015-05", "aflac-zurich-2023-01"]],
      ["NR-EXP-007", "high", ["zoff-glassage-2023-05", "lockbit-royal-mail-2023-01"]],
      ["NR-EXP-008", "critical", ["tokyo-cci-2015-05", "aflac-zurich-2023-01"]],
      ["NR-IDP-001", "high", ["zoff-glassage-2023-05", "lockbit-royal-mail-2023-01"]],
      ["NR-IDP-002", "high", ["zoff-glassage-2023-05", "lockbit-royal-mail-2023-01"]],
      ["NR-IMDS-001", "high", ["metaps-payment-2022"]],
      ["NR-LOG-001", "high", ["metaps-payment-2022", "lac-trendmicro-guidance"]],
      ["NR-LOG-002", "medium", ["metaps-payment-2022", "lac-trendmicro-guidance"]],
      ["NR-LOG-003", "medium", ["metaps-payment-2022", "lac-trendmicro-guidance"]],
      ["NR-LOG-101", "high", ["lac-trendmicro-guidance", "metaps-payment-2022"]],
      ["NR-LOG-102", "medium", ["metaps-payment-2022", "lac-trendmicro-guidance"]],
      ["NR-LOG-103", "medium", ["lac-trendmicro-guidance", "metaps-payment-2022"]],
      ["NR-LOG-104", "medium", ["metaps-payment-2022", "lac-trendmicro-guidance"]],
      ["NR-LOG-105", "medium", ["metaps-payment-2022", "lac-trendmicro-guidance"]],
      ["NR-MEDIA-001", "medium", ["kenren-kokuho-2024-01"]],
      ["NR-MFA-001", "critical", ["line-yahoo-2023-11", "metaps-payment-2022", "lockbit-royal-mail-2023-01"]],
      ["NR-MFA-002", "critical", ["lockbit-royal-mail-2023-01", "line-yahoo-2023-11"]],
      ["NR-MFA-003", "high", ["line-yahoo-2023-11"]],
      ["NR-MFA-004", "high", ["lockbit-royal-mail-2023-01", "metaps-payment-2022"]],
      ["NR-PWD-001", "medium", ["zoff-glassage-2023-05", "lockbit-royal-mail-2023-01"]],
      ["NR-SHARE-001", "critical", ["tokyo-cci-2015-05", "lockbit-royal-mail-2023-01"]],
      ["NR-SHARE-002", "high", ["lockbit-royal-mail-2023-01", "tokyo-cci-2015-05"]],
      ["NR-SHARE-003", "high", ["lockbit-royal-mail-2023-01", "tokyo-cci-2015-05"]],
      ["NR-SHARE-004", "medium", ["tokyo-cci-2015-05"]],
      ["NR-SHARE-005", "critical", ["tokyo-cci-2015-05"]],
      ["NR-SHARE-006", "high", ["lockbit-royal-mail-2023-01", "tokyo-cci-2015-05"]],
      ["NR-SHARE-007", "medium", ["tokyo-cci-2015-05"]],
      ["NR-UPD-001", "high", ["tokyo-theatre-2024-02"]],
      ["NR-UPD-002", "medium", ["diamond-2023-12", "zoff-glassage-2023-05"]],
      ["NR-UPD-003", "high", ["diamond-2023-12", "lockbit-royal-mail-2023-01", "zoff-glassage-2023-05"]],
      ["NR-UPD-004", "high", ["tokyo-theatre-2024-02"]],
      ["NR-UPD-005", "medium", ["diamond-2023-12", "zoff-glassage-2023-05"]],
      ["NR-UPD-006", "medium", ["tokyo-theatre-2024-02", "showcase-2022-07"]],
      ["NR-UPD-007", "medium", ["tokyo-theatre-2024-02"]],
      ["NR-VEND-001", "high", ["aflac-zurich-2023-01", "line-yahoo-2023-11"]],
      ["NR-WEB-001", "high", ["showcase-2022-07"]],
      ["NR-WEB-002", "high", ["showcase-2022-07"]],
      ["NR-WEB-003", "medium", ["showcase-2022-07"]],
    ]);
    expect((await run("policies")).out).toMatch(/^ID\s+SEVERITY\s+TITLE\nNR-BAK-001\s+medium/);
  });
});

describe("norecur explain", () => {
  it("tells the incident story, remediation and params", async () => {
    const { code, out } = await run("explain", "nr-egr-001");
    expect(code).toBe(0);
    expect(out).toContain("NR-EGR-001 — Namespaces holding personal data deny egress by default");
    expect(out).toContain("Incident: docomo-nexia-2023-03");
    expect(out).toContain("5.96 million");
    expect(out).toContain("Remediation");
    expect(out).toContain("Before:");
    expect(out).toContain("personalDataValues:");
  });

  it("tells the story of a share policy from its incident", async () => {
    const { code, out } = await run("explain", "NR-SHARE-001");
    expect(code).toBe(0);
    expect(out).toContain("Incident: tokyo-cci-2015-05");
    expect(out).toContain("12,139");
    expect(out).toContain("valid users = @international");
  });

  it("names the known ids for an unknown one", async () => {
    const { code, err } = await run("explain", "NR-NOPE-001");
    expect(code).toBe(2);
    expect(err).toContain('no policy "NR-NOPE-001". Known: NR-BAK-001, NR-BAK-002');
  });
});

describe("the library bundle", () => {
  it("runs check from dist/index.js", async () => {
    // Imported by package name, as another TypeScript project would (types from dist/types).
    const lib = await import("norecur");
    const result = await lib.check({ paths: ["examples/shop"], config: false });
    expect(lib.exitCodeFor(result, { allowEmpty: false })).toBe(1);
    expect(result.findings.filter((f) => f.policyId === "NR-UPD-001").map((f) => `${f.file}:${f.range?.line}:${f.range?.column}`)).toEqual([
      "examples/shop/k8s/wordpress.yaml:30:18",
    ]);
  });
});
