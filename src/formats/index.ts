import type { Parser } from "../types.js";
import { json5Parser, jsonParser, jsoncParser } from "./json.js";
import { yamlParser } from "./yaml.js";

/** Every syntax parser, by id. A literal list, so what ships is what is read here. */
export const parsers: Readonly<Record<string, Parser>> = Object.freeze({
  json: jsonParser,
  json5: json5Parser,
  jsonc: jsoncParser,
  yaml: yamlParser,
});

/** The parser with this id, or undefined for an unknown id (including `constructor` and the like). */
export function getParser(id: string): Parser | undefined {
  return Object.hasOwn(parsers, id) ? parsers[id] : undefined;
}
