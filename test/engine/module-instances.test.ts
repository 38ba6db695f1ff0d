import { describe, expect, it } from "vitest";
import { check } from "../../src/run.js";
import { makeTree } from "../helpers/tree.js";

// One module written once and called three times: the defect is in the module's own file, so it
// is one finding there, not one per call.
describe("findings of a module called several times", () => {
  it("are one finding at the module's line, saying how many other instances share it", async () => {
    const call = (name: string) => `module "${name}" {\n  source = "./modules/db"\n}\n`;
    const root = makeTree({
      "main.tf": ["orders", "billing", "audit"].map(call).join("\n"),
      "modules/db/main.tf": 'resource "aws_db_instance" "this" {\n  engine            = "postgres"\n  storage_encrypted = false\n}\n',
    });
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    const encryption = result.findings.filter((f) => f.policyId === "NR-ENC-001");
    expect(encryption.map((f) => `${f.file}:${f.range?.line}:${f.range?.column} ${f.message}`)).toEqual([
      "modules/db/main.tf:3:23 module.orders.aws_db_instance.this stores its data unencrypted: set storage_encrypted = true. (The same in 2 other instances of the module.)",
    ]);
  });

  it("keep findings apart when the module's instances differ at that place", async () => {
    const root = makeTree({
      "main.tf": 'module "a" {\n  source    = "./modules/db"\n  encrypted = false\n}\n\nmodule "b" {\n  source    = "./modules/db"\n  encrypted = true\n}\n',
      "modules/db/main.tf": 'variable "encrypted" {}\n\nresource "aws_db_instance" "this" {\n  engine            = "postgres"\n  storage_encrypted = var.encrypted\n}\n',
    });
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    const encryption = result.findings.filter((f) => f.policyId === "NR-ENC-001");
    expect(encryption.map((f) => `${f.file}:${f.range?.line} ${f.message}`)).toEqual(["modules/db/main.tf:5 module.a.aws_db_instance.this stores its data unencrypted: set storage_encrypted = true."]);
  });

  it("an unknown value several checks of one policy read is one unknown finding, by the first check it leaves undecided", async () => {
    const root = makeTree({
      "templates/layout.twig": '<!doctype html>\n<html>\n<head>\n  <meta http-equiv="Content-Security-Policy" content="{{ csp_policy }}">\n</head>\n<body></body>\n</html>\n',
      "contact.html": '<form action="/contact" method="post"><input name="email"></form>\n',
    });
    const result = await check({ cwd: root, config: false, repositoryRoot: root });
    expect(result.findings.map((f) => `${f.policyId} ${f.status} ${f.file}:${f.range?.line}:${f.range?.column} ${f.message}`)).toEqual([
      "NR-WEB-002 unknown templates/layout.twig:4:46 The Content-Security-Policy is enforced and limits scripts, form posts and connections — assert[2]: depends on a value that cannot be known statically (`{{ csp_policy }}` is not a literal)",
    ]);
  });
});
