import type { DocPath, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { isRecord } from "../../plain-data.js";
import { cspValue, isCspHeader } from "./csp.js";
import { ResponseHeadersBuilder, at } from "./shape.js";

interface Rule {
  pattern: string;
  rulePath: DocPath;
  headers: Array<{ name: string; value: string; path: DocPath }>;
}

/**
 * Netlify (`_headers`, `netlify.toml` `[[headers]]`) and Vercel (`vercel.json` `headers`) header
 * rules, one subject per rule that sets a CSP header.
 */
export function cdnHeaderSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    const rules = format === "netlify-headers" ? netlifyHeaderRules(document.value) : format === "netlify-toml" ? netlifyTomlRules(document.value) : format === "vercel" ? vercelRules(document.value) : undefined;
    if (!rules) continue;
    const product = format === "vercel" ? "vercel" : "netlify";
    for (const rule of rules) {
      const builder = new ResponseHeadersBuilder(at(document, rule.rulePath), `${product} ${rule.pattern}`);
      for (const header of rule.headers) if (isCspHeader(header.name)) builder.csp(cspValue(header.name, header.value), at(document, header.path));
      if (!builder.empty) subjects.push(builder.build({ id: `${product}:${document.file}#${rule.pattern}`, product, format }));
    }
  }
  return subjects;
}

function netlifyHeaderRules(value: unknown): Rule[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, i): Rule[] => {
    if (!isRecord(entry) || typeof entry["path"] !== "string" || !isRecord(entry["headers"])) return [];
    const headers = Object.entries(entry["headers"]).flatMap(([name, values]) =>
      Array.isArray(values) ? values.flatMap((v, k) => (typeof v === "string" ? [{ name, value: v, path: [i, "headers", name, k] }] : [])) : [],
    );
    return [{ pattern: entry["path"], rulePath: [i], headers }];
  });
}

function netlifyTomlRules(value: unknown): Rule[] {
  const tables = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return tables.flatMap((table, i): Rule[] => {
    if (!isRecord(table) || typeof table["for"] !== "string" || !isRecord(table["values"])) return [];
    const headers = Object.entries(table["values"]).flatMap(([name, v]) =>
      typeof v === "string" ? [{ name, value: v, path: ["headers", i, "values", name] }] : [],
    );
    return [{ pattern: table["for"], rulePath: ["headers", i], headers }];
  });
}

function vercelRules(value: unknown): Rule[] {
  const entries = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return entries.flatMap((entry, i): Rule[] => {
    if (!isRecord(entry) || typeof entry["source"] !== "string" || !Array.isArray(entry["headers"])) return [];
    const headers = entry["headers"].flatMap((h, j) =>
      isRecord(h) && typeof h["key"] === "string" && typeof h["value"] === "string" ? [{ name: h["key"], value: h["value"], path: ["headers", i, "headers", j, "value"] }] : [],
    );
    return [{ pattern: entry["source"], rulePath: ["headers", i], headers }];
  });
}
