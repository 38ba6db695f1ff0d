/**
 * Files in every scanned format whose keys, names and labels are `__proto__`, `constructor` and
 * `prototype`, at the top level and nested. A parser or adapter that writes such a key with
 * plain assignment, or reads one through the prototype chain, either pollutes
 * `Object.prototype` (changing settings read later, such as `failOn`) or confuses its own
 * bookkeeping. Every file is named `hostile-*` (or sits under `hostile/`) so that a test can
 * compare the findings on the other files with a run without them.
 */
export const PROTO_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** What a payload sets if it reaches `Object.prototype`. */
export const POLLUTION = { failOn: "critical", "NR-EGR-001": { classificationLabels: ["nothing"] }, polluted: true };

const payload = JSON.stringify(POLLUTION);

function jsonNest(depth: number): string {
  let inner = payload;
  for (let i = 0; i < depth; i++) inner = `{${PROTO_KEYS.map((k) => `"${k}": ${inner}`).join(", ")}}`;
  return inner;
}

const yamlBlock = (indent: string): string =>
  PROTO_KEYS.map((k) => `${indent}${k}:\n${indent}  failOn: critical\n${indent}  polluted: true\n${indent}  NR-EGR-001:\n${indent}    classificationLabels: [nothing]`).join("\n");

/** Path → text of the hostile files, one or more per format. */
export function protoKeyFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const key of PROTO_KEYS) {
    files[`terraform/hostile-${key}.tf.json`] = JSON.stringify({
      resource: { [key]: { failOn: { [key]: {} }, [key]: POLLUTION }, aws_s3_bucket: { [key]: { bucket: key, tags: JSON.parse(jsonNest(2)) } } },
      data: { [key]: { [key]: POLLUTION } },
      module: { [key]: { source: key } },
      variable: { [key]: { default: POLLUTION } },
      output: { [key]: { value: `\${local.${key}}` } },
      provider: { [key]: POLLUTION },
      locals: { [key]: POLLUTION },
      terraform: { [key]: POLLUTION },
      [key]: POLLUTION,
    }).replace(/"(failOn|polluted)"/g, '"$1"');
    files[`terraform/hostile-${key}.tf`] = [
      `resource "${key}" "failOn" {`,
      `  ${key} = { failOn = "critical", polluted = true }`,
      `}`,
      `resource "aws_s3_bucket" "${key}" {`,
      `  bucket = "${key}"`,
      `  tags = { ${key} = "x", "${key}" = { polluted = true } }`,
      `  ${key} {`,
      `    polluted = true`,
      `  }`,
      `}`,
      `variable "${key}" {`,
      `  default = { failOn = "critical" }`,
      `}`,
      `locals {`,
      `  ${key} = { polluted = true }`,
      `  x = local.${key}.polluted`,
      `  y = var.${key}`,
      `}`,
      `module "${key}" {`,
      `  source = "./${key}"`,
      `}`,
      "",
    ].join("\n");
    files[`terraform/hostile-${key}.auto.tfvars`] = `${key} = { polluted = true }\n`;
    files[`hostile/${key}.json`] = jsonNest(3);
    files[`hostile/${key}.json5`] = `{ ${key}: ${jsonNest(2)}, "${key}": { polluted: true } }\n`;
    files[`hostile/${key}.toml`] = `${key}.polluted = true\n[${key}]\nfailOn = "critical"\n[a.${key}]\npolluted = true\n[[${key}s]]\n${key} = 1\n`;
    files[`hostile/${key}/netlify.toml`] = `[[headers]]\nfor = "/*"\n[headers.values]\n${key} = "x"\n[${key}]\npolluted = true\n`;
    files[`hostile/${key}/php.ini`] = `${key} = critical\n[${key}]\npolluted = 1\nfailOn = critical\n`;
    files[`hostile/${key}/my.cnf`] = `[${key}]\npassword = x\n[mysqld]\n${key} = 1\n`;
    files[`hostile/${key}/smb.conf`] = `[global]\n${key} = yes\n[${key}]\npath = /srv\nguest ok = yes\n`;
    files[`hostile/${key}/wordpress/wp-config.php`] = [
      "<?php",
      `define('${key}', 'critical');`,
      `$table_prefix = 'wp_';`,
      `$${key} = array('${key}' => array('polluted' => true, 'failOn' => 'critical'));`,
      `$config['${key}']['polluted'] = true;`,
      `$${key}['failOn'] = 'critical';`,
      "",
    ].join("\n");
    files[`hostile/${key}/wordpress/wp-content/w3tc-config/master.php`] = `<?php\nreturn array('${key}' => array('polluted' => true), 'pgcache.enabled' => true, '${key}.x' => array('${key}' => 1));\n`;
    files[`hostile/${key}/.env`] = `${key}=critical\npolluted=true\n`;
    files[`hostile/${key}/nginx/nginx.conf`] = `${key} critical;\nhttp {\n  ${key} on;\n  map $host $${key} { ${key} 1; default 0; }\n  server {\n    listen 80;\n    ${key} x;\n    location /${key} { ${key} on; fastcgi_cache ${key}; }\n  }\n}\n`;
    files[`hostile/${key}/squid.conf`] = `acl ${key} dstdomain .example.com\nacl localnet src 10.0.0.0/8\nhttp_access allow ${key}\n${key} on\nhttp_access deny all\n`;
    files[`hostile/${key}/Dockerfile`] = `ARG ${key}=1\nFROM alpine:3.20\nARG ${key}\nENV ${key}=2 constructor=3\nLABEL ${key}=x\nRUN echo \${${key}}\n`;
    files[`hostile/${key}/etc/apt/apt.conf.d/20auto-upgrades`] = `${key}::polluted "1";\nAPT::Periodic::${key} "1";\n`;
    files[`hostile/${key}/etc/openvpn/server/hostile.conf`] = `${key} 1\nauth-user-pass-verify /bin/${key} via-env\n`;
    files[`hostile/${key}/etc/exports`] = `/srv/${key} ${key}(rw,no_root_squash)\n`;
    files[`hostile/${key}/_headers`] = `/${key}\n  ${key}: x\n`;
    files[`hostile/${key}/renovate.json5`] = `{ ${key}: { polluted: true }, packageRules: [{ ${key}: { polluted: true }, matchPackageNames: ["${key}"], automerge: true }] }\n`;
    files[`hostile/${key}/package.json`] = JSON.stringify({ name: key, dependencies: { [key]: "*" }, [key]: POLLUTION });
    files[`hostile/${key}/composer.json`] = JSON.stringify({ require: { [key]: "*" }, [key]: POLLUTION });
    files[`hostile/${key}/keycloak/realm-export.json`] = JSON.stringify({ realm: key, [key]: POLLUTION, requiredActions: [{ alias: key, [key]: POLLUTION }], authenticationFlows: [{ alias: key, authenticationExecutions: [{ authenticator: key }] }] });
    files[`hostile/${key}/k8s.yaml`] = [
      "apiVersion: v1",
      `kind: ${key === "__proto__" ? "ConfigMap" : key}`,
      "metadata:",
      `  name: ${key}`,
      `  namespace: ${key}`,
      "  labels:",
      yamlBlock("    "),
      "data:",
      yamlBlock("  "),
      "---",
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      `  name: ${key}`,
      "  labels:",
      `    ${key}: x`,
      "spec:",
      "  containers:",
      `    - name: ${key}`,
      `      image: ${key}:latest`,
      "      env:",
      `        - name: ${key}`,
      "          value: critical",
      yamlBlock("  "),
      "---",
      `merge: &a {${key}: {polluted: true}}`,
      "other:",
      "  <<: *a",
      "",
    ].join("\n");
    files[`hostile/${key}/compose.yaml`] = `services:\n  ${key}:\n    image: nginx\n    networks: [${key}]\n    labels:\n${yamlBlock("      ")}\nnetworks:\n  ${key}: {}\n${yamlBlock("")}\n`;
    files[`hostile/${key}/kustomization.yaml`] = `resources: []\nimages:\n  - name: ${key}\n    newTag: latest\n${yamlBlock("")}\n`;
    files[`.github/workflows/hostile-${key}.yml`] = `on: push\njobs:\n  ${key}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${key}/x@v1\n        with:\n${yamlBlock("          ")}\n${yamlBlock("")}\n`;
  }
  return files;
}

/** Whether a path belongs to the hostile additions. */
export function isHostile(path: string): boolean {
  return path.includes("hostile");
}
