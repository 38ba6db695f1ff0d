import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactEveryPattern, redactText, redactTree } from "../../src/report/redact.js";
import { redactResult } from "../../src/report/redact-result.js";
import type { RunResult } from "../../src/types.js";
import { PLANTED } from "../hostile/secrets.js";

describe("redactText", () => {
  it.each<[string, string]>([
    [`key ${PLANTED.stripe} here`, "key [redacted] here"],
    [`token=${PLANTED.github}`, "token=[redacted]"],
    [`id ${PLANTED.aws}`, "id [redacted]"],
    [`slack ${PLANTED.slack}`, "slack [redacted]"],
    [`jwt ${PLANTED.jwt}`, "jwt [redacted]"],
    [`postgres://app:${PLANTED.urlPassword}@db:5432/app`, "postgres://app:[redacted]@db:5432/app"],
    ["  password: hunter2Horse", "  password: [redacted]"],
    ['"db_password": "s3cr3t value"', '"db_password": "[redacted]"'],
    ["'auth_key' => 'abc123'", "'auth_key' => '[redacted]'"],
    ["DATABASE_PASSWORD=env-Pa55word", "DATABASE_PASSWORD=[redacted]"],
    ["define('DB_PASSWORD', 'wp-db-Pa55word');", "define('DB_PASSWORD', '[redacted]');"],
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----", "[redacted]"],
    // A key with a slash is still a key when a space, a quote or `=` separates its value.
    ["vault.example.com/api-token: s3cr3tHorse", "vault.example.com/api-token: [redacted]"],
    ['"acme.io/db-password":"s3cr3t"', '"acme.io/db-password":"[redacted]"'],
    ["deploy/client_secret=abc123", "deploy/client_secret=[redacted]"],
    ["password:hunter2Horse", "password:[redacted]"],
  ])("%s", (text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it.each([
    "Container app uses purtontech/cloak-external-secrets:latest (a tag that moves with every release)",
    "image: ghcr.io/external-secrets/external-secrets:v0.9.11",
    "bitnami/sealed-secrets-controller:v0.24.5@sha256:0f3c",
  ])("leaves an image's tag readable when its name holds a secret word: %s", (text) => {
    expect(redactText(text)).toBe(text);
  });

  it.each(["passwordPolicy: length(12) and digits(1)", "minimum password length: 12", "token_ttl: 3600", "image: nginx:1.27", "https://example.com/path", "null passwords = yes", "null passwords = yes: accounts sign in", "password_max_lockout_attempts = 0"])(
    "leaves settings about secrets alone: %s",
    (text) => {
      expect(redactText(text)).toBe(text);
    },
  );
});

describe("redactTree", () => {
  it("replaces values under secret names and in name/value entries", () => {
    expect(
      redactTree({ env: [{ name: "DB_PASSWORD", value: "x1" }, { name: "LOG_LEVEL", value: "debug" }], apiKey: "k", nested: { note: `use ${PLANTED.stripe}` } }),
    ).toEqual({ env: [{ name: "DB_PASSWORD", value: "[redacted]" }, { name: "LOG_LEVEL", value: "debug" }], apiKey: "[redacted]", nested: { note: "use [redacted]" } });
  });
});

describe("the quick test before the redaction patterns", () => {
  // Pieces of every kind of secret the patterns know, and of text that holds none.
  // Credential shapes are built from pieces, as in hostile/secrets.ts: no whole one sits in the source.
  const join = (...parts: string[]): string => parts.join("");
  const piece = fc.constantFrom(
    ...Object.values(PLANTED),
    join("github_", "pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123"),
    join("glpat", "-abcdefghij0123456789"),
    join("whsec", "_abcdefghijklmnopqrstuvwxyz12"),
    join("https://hooks", ".slack.com/services/T000/B000/XXXX"),
    join("AIza", "SyA1234567890abcdefghijklmnopqrstuv"),
    join("npm", "_abcdefghijklmnopqrstuvwxyz0123456789"),
    join("-----BEGIN RSA ", "PRIVATE KEY-----\nMIIE\n-----END RSA ", "PRIVATE KEY-----"),
    "postgres://app:hunter2@db:5432/x",
    "define('DB_PASSWORD', 'hunter2');",
    "password: hunter2",
    "API_KEY=abc123",
    'client-secret = "s3cr3t"',
    "Token: 'x'",
    "image: nginx:1.27",
    "evaluated",
    "Deployment/team-1/web",
    " ",
    "\n",
    ":",
    "=",
  );
  const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 8 }).map((parts) => parts.join(""));

  it("never skips a text the patterns would change", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(redactText(t)).toBe(redactEveryPattern(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("lets plain text through untouched, and still redacts each kind of secret", () => {
    expect(redactText("Deployment/team-1/web uses nginx:latest")).toBe("Deployment/team-1/web uses nginx:latest");
    expect(redactText("password: hunter2")).toBe("password: [redacted]");
    expect(redactText(`key ${PLANTED.aws}`)).toBe("key [redacted]");
    expect(redactText("postgres://app:hunter2@db")).toBe("postgres://app:[redacted]@db");
  });

  it("finds the words in any case, and characters that only lower-case to ASCII change nothing", () => {
    expect(redactText("PASSWORD: hunter2")).toBe("PASSWORD: [redacted]");
    expect(redactText("Api-Key=abc123")).toBe("Api-Key=[redacted]");
    expect(redactText("DEFINE('DB_PASSWORD', 'x');")).toBe("DEFINE('DB_PASSWORD', '[redacted]');");
    expect(redactText(`id ${PLANTED.aws.toUpperCase()}`)).toBe("id [redacted]");
    // The Kelvin sign lower-cases to "k": the quick test says yes, the patterns change nothing.
    expect(redactText("api\u212Aey: abc")).toBe("api\u212Aey: abc");
    expect(redactText("\u0130 passport")).toBe("\u0130 passport");
  });
});

describe("redactResult", () => {
  it("redacts every string but paths, and keeps a `__proto__` key of scanned data as an own property", () => {
    const value = JSON.parse(`{ "__proto__": { "note": "token=${PLANTED.github}" }, "constructor": "password: hunter2Horse" }`) as Record<string, unknown>;
    const result = { findings: [{ file: `keys/${PLANTED.github}.yaml`, message: `id ${PLANTED.aws}`, value }] } as unknown as RunResult;
    const redacted = redactResult(result) as unknown as { findings: Array<{ file: string; message: string; value: Record<string, unknown> }> };
    const [finding] = redacted.findings;
    expect(finding?.file).toBe(`keys/${PLANTED.github}.yaml`);
    expect(finding?.message).toBe("id [redacted]");
    expect(Object.getPrototypeOf(finding?.value)).toBe(Object.prototype);
    expect(Object.keys(finding?.value ?? {})).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(finding?.value, "__proto__")?.value).toEqual({ note: "token=[redacted]" });
    expect(finding?.value["constructor"]).toBe("password: [redacted]");
  });

  it("copies only what holds a redacted string, in the same order, and leaves the rest as it is", () => {
    const clean = { file: "a.yaml", message: "image uses :latest", range: { line: 1, column: 1 } };
    const leaky = { file: "b.yaml", range: { line: 2, column: 3 }, message: "password: hunter2Horse", after: ["x"] };
    const files = [{ path: "a.yaml", format: "yaml" }];
    const result = { findings: [clean, leaky], files } as unknown as RunResult;
    const redacted = redactResult(result) as unknown as { findings: Array<Record<string, unknown>>; files: unknown };
    expect(redacted).not.toBe(result);
    expect(redacted.files).toBe(files);
    expect(redacted.findings[0]).toBe(clean);
    expect(redacted.findings[1]).not.toBe(leaky);
    expect(redacted.findings[1]).toEqual({ file: "b.yaml", range: { line: 2, column: 3 }, message: "password: [redacted]", after: ["x"] });
    expect(Object.keys(redacted.findings[1] ?? {})).toEqual(["file", "range", "message", "after"]);
    expect(redacted.findings[1]?.["range"]).toBe(leaky.range);
    expect(leaky.message).toBe("password: hunter2Horse");
  });

  it("redacts a short string every time it recurs, and long and many distinct ones alike", () => {
    // Short strings are redacted once per result and remembered; long ones and those past the
    // remembered count are redacted each time.
    const reason = `cannot read: token=${PLANTED.github}`;
    const long = `password: ${"x".repeat(200)}`;
    const distinct = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? `ok ${i}` : `password: pw${i}`));
    const files = [
      ...Array.from({ length: 3 }, (_, i) => ({ path: `f${i}.yaml`, status: "skipped", reason })),
      ...distinct.map((note, i) => ({ path: `d${i}.yaml`, status: "evaluated", note })),
      ...Array.from({ length: 3 }, (_, i) => ({ path: `g${i}.yaml`, status: "skipped", reason })),
      { path: "h.yaml", status: "skipped", reason: long },
      { path: "i.yaml", status: "skipped", reason: long },
    ];
    const redacted = redactResult({ files } as unknown as RunResult) as unknown as { files: Array<Record<string, string>> };
    expect(redacted.files.map((f) => f["reason"]).filter((r) => r !== undefined)).toEqual([
      ...Array.from({ length: 6 }, () => "cannot read: token=[redacted]"),
      "password: [redacted]",
      "password: [redacted]",
    ]);
    expect(redacted.files.slice(3, 5003).map((f) => f["note"])).toEqual(distinct.map((note, i) => (i % 2 === 0 ? note : "password: [redacted]")));
    expect(redacted.files[3]).toBe(files[3]);
    expect(redacted.files.map((f) => f["path"])).toEqual(files.map((f) => f.path));
  });
});
