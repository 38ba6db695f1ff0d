import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { protoKeyFiles } from "./proto-keys.js";
import { LEAKY_POLICY, secretFiles } from "./secrets.js";

/**
 * The adversarial corpus: each case is a small, ordinary repository (an example of this
 * project, with planted secrets) plus hostile additions a pull request could make. Everything
 * is generated here at test time; nothing large is committed. See SECURITY.md for the limits
 * each case runs into.
 */
export interface HostileCase {
  name: string;
  /** Hostile files, added to the base repository. */
  add?: Record<string, string>;
  /** Entries that are not plain files (FIFOs, symlinks, deep trees), made in the hostile tree. */
  special?: (root: string) => void;
  /** Custom policy directories, relative to the root, for the hostile run only. */
  policyDirs?: string[];
  /** Policies whose own findings are part of the hostile addition (a costly custom policy). */
  ownPolicies?: string[];
  /** Whether those policies must be stopped by the CEL budget (`unknown`, cost limit). */
  overBudget?: boolean;
  /** Whether the case needs `mkfifo`. */
  needsFifo?: boolean;
}

const NOW = "2026-06-01T00:00:00Z";
/** The run's clock for every case, fixed so waiver expiries are deterministic. */
export const CORPUS_NOW = new Date(NOW);

/** The base repository: the egress example under `app/`, with secrets planted in ordinary files. */
export function baseFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const from = join("examples", "egress");
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else files[`app/${relative(from, full)}`] = readFileSync(full, "utf8");
    }
  };
  visit(from);
  for (const [path, text] of Object.entries(secretFiles())) files[`app/${path}`] = text;
  return files;
}

/** Writes files under root. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const FIELDS = 'owner=mallory@example.com expires=2026-06-30 reason="decoy"';
const nested = (open: string, close: string, n: number): string => open.repeat(n) + close.repeat(n);

function includeDiamond(prefix: string, levels: number, line: (level: number) => string, body: string, root: string): Record<string, string> {
  const files: Record<string, string> = { [`${prefix}/${root}`]: `${line(0)}${body}` };
  for (let level = 0; level < levels; level++) {
    for (const name of ["a", "b"]) files[`${prefix}/l${level}/${name}.conf`] = `${level + 1 < levels ? line(level + 1) : ""}${body}`;
  }
  return files;
}

/** Ten levels of ten aliases each: 10^10 strings once expanded. */
function aliasBomb(): string {
  const lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: lol", "data:", `  a0: &a0 [${Array(10).fill('"lol"').join(", ")}]`];
  for (let i = 1; i < 10; i++) lines.push(`  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

/** Every case of the corpus. */
export function hostileCases(): HostileCase[] {
  const compose = readFileSync(join("examples", "egress", "compose.yaml"), "utf8").split("\n");
  compose[8] = `${compose[8]} # norecur:waive NR-EGR-001 ${FIELDS}`;
  const longName = `app/k8s/${"a".repeat(200)}.yaml`;
  const pods = Array.from({ length: 5000 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: c\n      image: nginx:latest\n`);
  const waivers10k = Array.from({ length: 10_000 }, (_, i) => `# norecur:waive NR-EGR-001 ${FIELDS} ticket=T-${i}`).join("\n");
  const tfDoubling = ["locals {", '  s0 = "ab"', "  l0 = [1]"];
  for (let i = 1; i <= 60; i++) tfDoubling.push(`  s${i} = "\${local.s${i - 1}}\${local.s${i - 1}}"`, `  l${i} = [local.l${i - 1}, local.l${i - 1}]`);
  tfDoubling.push("}", 'resource "aws_s3_bucket" "hostile" {', "  bucket = local.s60", "  tags = { a = local.l60 }", "}");
  const args = ["ARG A0=x"];
  for (let i = 1; i <= 40; i++) args.push(`ARG A${i}=\${A${i - 1}-1}\${A${i - 1}-1}`);

  return [
    { name: "prototype keys in every format", add: protoKeyFiles() },
    { name: "an inline waiver in a file whose path is a glob", add: { "*/compose.yaml": compose.join("\n") } },
    {
      name: "nested-quantifier globs in the waivers file and the config",
      add: {
        ".norecur.yml": `ignore: ["${"*a".repeat(40)}*b"]\n`,
        ".norecur/waivers.yml": `version: 1\nwaivers:\n  - policy: NR-EGR-001\n    paths: ["${"*a".repeat(40)}*b", "{a,b}{c,d}/**/${"*a".repeat(20)}x"]\n    owner: mallory@example.com\n    reason: decoy\n    expires: 2026-06-30\n`,
        [longName]: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: long\n",
      },
    },
    { name: "10,000 inline waiver comments in one file", add: { "app/k8s/waivers.yaml": `${waivers10k}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: w\n` } },
    {
      name: "nginx includes that fan out",
      add: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`app/nginx/conf.d/a${i}.conf`, "include conf.d/a*.conf;\nproxy_cache_valid 1m;\n"]).concat([["app/nginx/nginx.conf", "http {\n  include conf.d/a*.conf;\n}\n"]])),
    },
    {
      name: "3,000 nginx sites that include the same snippet",
      add: Object.fromEntries([
        ["app/nginx/nginx.conf", "http {\n  include sites-enabled/*;\n}\n"],
        ["app/nginx/snippets/cache.conf", "proxy_cache_valid 1m;\n"],
        ...Array.from({ length: 3000 }, (_, i) => [`app/nginx/sites-enabled/s${i}.conf`, `server {\n  server_name s${i}.example.com;\n  include snippets/cache.conf;\n}\n`]),
      ]),
    },
    { name: "an nginx include diamond", add: includeDiamond("app/nginx", 30, (l) => `include l${l}/*.conf;\n`, "proxy_cache_valid 1m;\n", "nginx.conf") },
    { name: "a Squid include diamond", add: includeDiamond("app/squid", 30, (l) => `include /etc/squid/l${l}/*.conf\n`, "http_access deny all\n", "squid.conf") },
    { name: "Terraform locals that double sixty times", add: { "app/terraform/hostile.tf": `${tfDoubling.join("\n")}\n` } },
    {
      name: "Terraform modules that each call the next one twice, 25 deep",
      add: Object.fromEntries(
        Array.from({ length: 26 }, (_, i) => [
          `app/terraform/modules/m${i}/main.tf`,
          i < 25
            ? `module "a" {\n  source = "../m${i + 1}"\n}\nmodule "b" {\n  source = "../m${i + 1}"\n}\n`
            : 'resource "aws_s3_bucket" "leaf" {\n  bucket = "leaf"\n}\n',
        ]),
      ),
    },
    { name: "a Dockerfile ARG chain that doubles", add: { "app/Dockerfile": `${args.join("\n")}\nFROM alpine:\${A40}\n` } },
    {
      name: "deeply nested PHP, Terraform JSON, JSON and YAML",
      add: {
        "app/wordpress/wp-config.php": `<?php\n$x = ${nested("array(", ")", 20_000)};\n`,
        "app/terraform/deep.tf.json": `{"locals": {"a": ${nested("[", "]", 20_000)}}}`,
        "app/deep.json": nested("[", "]", 20_000),
        "app/k8s/deep.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata: ${nested("[", "]", 3_000)}\n`,
      },
    },
    {
      name: "a Cloudflare expression with thousands of negations and parentheses",
      add: {
        "app/terraform/cloudflare.tf": [
          'resource "cloudflare_ruleset" "cache" {',
          '  kind  = "zone"',
          '  phase = "http_request_cache_settings"',
          "  rules {",
          '    action = "set_cache_settings"',
          `    expression = "${"!".repeat(8_000)}${"(".repeat(4_000)}http.request.uri.path eq \\"/\\"${")".repeat(4_000)}"`,
          "    action_parameters {",
          "      cache = true",
          "    }",
          "  }",
          "}",
          "",
        ].join("\n"),
      },
    },
    { name: "5,000 Pods in one multi-document file", add: { "app/k8s/pods.yaml": pods.join("---\n") } },
    {
      name: "a custom policy with nested comprehensions and a doubling string",
      add: {
        "hostile-policies/bomb.policy.yaml": [
          "id: T-BOMB-001",
          "title: Costly",
          "severity: low",
          "description: Nested comprehensions over every document.",
          "incidents:",
          "  - id: tokyo-theatre-2024-02",
          "    lesson: Bounded by construction.",
          "target:",
          "  kind: document",
          "assert:",
          `  - cel: "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(a, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(b, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(c, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(d, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20].all(e, a + b + c + d + e > 0)))))"`,
          "    message: never",
          `  - cel: "${Array.from({ length: 30 }, (_, i) => `[t${i} + t${i}].all(t${i + 1}, `).join("").replace("[t0 + t0]", "['ab' + 'ab']")}true${")".repeat(30)}"`,
          "    message: never",
          "remediation:",
          "  summary: none",
          "",
        ].join("\n"),
      },
      policyDirs: ["hostile-policies"],
      ownPolicies: ["T-BOMB-001"],
      overBudget: true,
    },
    {
      name: "a YAML alias bomb that a custom policy prints whole",
      add: { "app/k8s/lol.yaml": aliasBomb(), "hostile-policies/leak.policy.yaml": LEAKY_POLICY },
      policyDirs: ["hostile-policies"],
      ownPolicies: ["T-LEAK-001"],
    },
    {
      name: "FIFOs, devices and links out of the tree",
      needsFifo: true,
      special: (root) => {
        execFileSync("mkfifo", [join(root, "app", "k8s", "pipe.yaml")]);
        symlinkSync(join(root, "app", "k8s", "pipe.yaml"), join(root, "app", "k8s", "via-link.yaml"));
        execFileSync("mkfifo", [join(root, "app", "proxy", ".gitignore")]);
        symlinkSync("/dev/zero", join(root, "app", ".gitignore"));
        symlinkSync("/dev/zero", join(root, "app", "k8s", "zero.yaml"));
        mkdirSync(join(root, "app", "nginx"), { recursive: true });
        symlinkSync("/etc/passwd", join(root, "app", "nginx", "nginx.conf"));
        symlinkSync("/etc", join(root, "app", "etc-link"));
        mkdirSync(join(root, "app", "terraform", ".gitignore"));
      },
    },
    {
      name: "a tree 1,000 directories deep",
      special: (root) => {
        let dir = join(root, "app", "deep");
        for (let i = 0; i < 1_000; i++) dir = join(dir, "d");
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "deploy.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\n");
      },
    },
    {
      name: "control characters and workflow commands in names and values",
      add: {
        "app/k8s/x\n::error title=forged::pwned\u001b[2J.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n",
        "app/k8s/msg.yaml": 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "a\\n::add-mask::x\\r\\u001b[31m"\n',
      },
    },
    { name: "a file over the size limit", add: { "app/k8s/huge.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n  a: "${"x".repeat(11 * 1024 * 1024)}"\n` } },
  ];
}
