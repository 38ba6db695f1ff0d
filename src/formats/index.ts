import type { Parser } from "../types.js";
import { aptConfParser } from "./apt-conf.js";
import { dockerfileParser } from "./dockerfile/index.js";
import { dotenvParser } from "./dotenv.js";
import { hclParser } from "./hcl/parser.js";
import { htmlParser } from "./html.js";
import { iniParser, sambaParser } from "./ini.js";
import { json5Parser, jsonParser, jsoncParser } from "./json.js";
import { keycloakRealmParser } from "./keycloak-realm-parser.js";
import { litespeedExportParser } from "./litespeed-export.js";
import { netlifyHeadersParser } from "./netlify-headers.js";
import { nfsExportsParser } from "./nfs-exports.js";
import { nginxParser } from "./nginx/index.js";
import { openvpnParser } from "./openvpn.js";
import { phpConfigParser } from "./php-config.js";
import { squidParser } from "./squid.js";
import { terraformParser } from "./terraform-json.js";
import { terraformPlanParser } from "./terraform-plan.js";
import { textLinesParser } from "./text-lines.js";
import { tomlParser } from "./toml.js";
import { usbguardParser } from "./usbguard.js";
import { yamlParser } from "./yaml.js";

/** Every syntax parser, by id. A literal list, so what ships is what is read here. */
export const parsers: Readonly<Record<string, Parser>> = Object.freeze({
  "apt-conf": aptConfParser,
  dockerfile: dockerfileParser,
  dotenv: dotenvParser,
  hcl: hclParser,
  html: htmlParser,
  ini: iniParser,
  json: jsonParser,
  json5: json5Parser,
  jsonc: jsoncParser,
  "keycloak-realm": keycloakRealmParser,
  "litespeed-export": litespeedExportParser,
  "netlify-headers": netlifyHeadersParser,
  "nfs-exports": nfsExportsParser,
  nginx: nginxParser,
  openvpn: openvpnParser,
  "php-config": phpConfigParser,
  "smb-conf": sambaParser,
  squid: squidParser,
  terraform: terraformParser,
  "terraform-plan": terraformPlanParser,
  "text-lines": textLinesParser,
  toml: tomlParser,
  usbguard: usbguardParser,
  yaml: yamlParser,
});

/** The parser with this id, or undefined for an unknown id (including `constructor` and the like). */
export function getParser(id: string): Parser | undefined {
  return Object.hasOwn(parsers, id) ? parsers[id] : undefined;
}
