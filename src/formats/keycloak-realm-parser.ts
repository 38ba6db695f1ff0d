import type { Parser } from "../types.js";
import { jsonParser } from "./json.js";
import { markRealmPlaceholders } from "./keycloak-realm.js";

/** JSON, with the placeholders Keycloak resolves at import time read as unknown values. */
export const keycloakRealmParser: Parser = {
  id: "keycloak-realm",
  parse(text, file) {
    const result = jsonParser.parse(text, file);
    if (!result.ok) return result;
    return { ...result, documents: result.documents.map((document) => ({ file: document.file, index: document.index, value: markRealmPlaceholders(document.value), locate: (path) => document.locate(path) })) };
  },
};
