/**
 * Credentials planted in a scanned tree, in the shapes and under the names redaction must
 * catch. Built from pieces at run time so that no complete credential sits in the source.
 */
const join = (...parts: string[]): string => parts.join("");

export const PLANTED = {
  stripe: join("sk_", "live_", "4eC39HqLyjWDarjtT1zdp7dc"),
  github: join("ghp_", "16C7e42F292c6912E7710c838347Ae178B4a"),
  aws: join("AKIA", "IOSFODNN7EXAMPLE"),
  slack: join("xoxb-", "17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"),
  jwt: join("eyJhbGciOiJIUzI1NiJ9", ".", "eyJzdWIiOiIxMjM0NTY3ODkwIn0", ".", "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
  urlPassword: join("Tr0ub4dor", "Sphinx"),
  yamlPassword: join("hunter2", "Horse"),
  wpPassword: join("wp-db-", "Pa55word"),
  envPassword: join("env-", "Pa55word"),
  mycnfPassword: join("mycnf-", "Pa55word"),
  keyBody: join("MIIEowIBAAKCAQEA", "x4W2k9"),
};

/** The planted values that no output may contain. */
export const SECRET_VALUES: readonly string[] = Object.values(PLANTED);

/** A custom policy whose message prints whole subjects and documents. */
export const LEAKY_POLICY = `id: T-LEAK-001
title: Prints what it reads
severity: high
description: A careless custom policy.
incidents:
  - id: tokyo-theatre-2024-02
    lesson: Outputs are read by many.
target:
  kind: document
assert:
  - cel: "false"
    message: "read {{ subject }}"
remediation:
  summary: Do not print subjects.
`;

/** Files carrying the planted secrets: values, a parse error that quotes its line, file contents a template prints. */
export function secretFiles(): Record<string, string> {
  const p = PLANTED;
  return {
    "k8s/app.yaml": [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: app",
      "  annotations:",
      `    stripe: ${p.stripe}`,
      `    gh: ${p.github}`,
      `    slack: ${p.slack}`,
      `    session: ${p.jwt}`,
      `    db: postgres://app:${p.urlPassword}@db.internal:5432/app`,
      `    aws: ${p.aws}`,
      "spec:",
      "  template:",
      "    spec:",
      "      containers:",
      "        - image: nginx:latest",
      "          env:",
      "            - name: DB_PASSWORD",
      `              value: ${p.yamlPassword}`,
      "",
    ].join("\n"),
    "k8s/broken.yaml": `apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  password: ${p.yamlPassword}\n  - broken: [\n`,
    "wordpress/wp-config.php": `<?php\ndefine('DB_PASSWORD', '${p.wpPassword}');\ndefine('WP_CACHE', true);\n`,
    "app/.env": `DATABASE_PASSWORD=${p.envPassword}\n`,
    "etc/mysql/my.cnf": `[client]\npassword = ${p.mycnfPassword}\n`,
    "keys/id.json": JSON.stringify({ key: `-----BEGIN RSA PRIVATE KEY-----\n${p.keyBody}\n-----END RSA PRIVATE KEY-----` }),
  };
}
