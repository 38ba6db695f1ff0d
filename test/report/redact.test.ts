import { describe, expect, it } from "vitest";
import { redactText, redactTree } from "../../src/report/redact.js";
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
  ])("%s", (text, expected) => {
    expect(redactText(text)).toBe(expected);
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
