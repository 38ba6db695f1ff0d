import { posix } from "node:path";
import { isRecord } from "../plain-data.js";
import type { ParsedDocument } from "./adapter.js";

/**
 * Compose's variable interpolation (`docker compose config`), for the values a repository
 * holds: `.env` beside the Compose file, and the defaults written inline. `$$` is a dollar sign;
 * `$VAR` and `${VAR}` take the variable's value; `${VAR:-default}` / `${VAR-default}` fall
 * back to the default when the variable is unset or empty / unset; `${VAR:+alt}` /
 * `${VAR+alt}` give `alt` when it is set (and not empty); `${VAR:?msg}` / `${VAR?msg}` require
 * it. The shell's environment may still override `.env` at `docker compose up`, as tfvars
 * override a Terraform default; these are the values the repository itself declares.
 *
 * Returns undefined when a variable the text needs is in neither place: it depends on an
 * environment the repository does not show.
 */
export function interpolate(text: string, variables: Readonly<Record<string, string>>): string | undefined {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar < 0) return out + text.slice(i);
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
    } else if (next === "{") {
      const close = closingBrace(text, dollar + 2);
      if (close < 0) return undefined;
      const value = expand(text.slice(dollar + 2, close), variables);
      if (value === undefined) return undefined;
      out += value;
      i = close + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(dollar + 1))?.[0];
      if (name === undefined) {
        out += "$";
        i = dollar + 1;
        continue;
      }
      if (!Object.hasOwn(variables, name)) return undefined;
      out += variables[name];
      i = dollar + 1 + name.length;
    }
  }
  return out;
}

/** The index of the `}` closing a `${` whose body starts at `from` (nested `${...}` skipped). */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The body of `${...}`: a name, then optionally an operator and a word that is itself interpolated. */
function expand(body: string, variables: Readonly<Record<string, string>>): string | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(body);
  if (match === null) return undefined;
  const [, name = "", operator, word = ""] = match;
  const set = Object.hasOwn(variables, name);
  const value = set ? variables[name] : undefined;
  const filled = value !== undefined && value !== "";
  switch (operator) {
    case undefined:
      return value;
    case ":-":
      return filled ? value : interpolate(word, variables);
    case "-":
      return set ? value : interpolate(word, variables);
    case ":+":
      return filled ? interpolate(word, variables) : "";
    case "+":
      return set ? interpolate(word, variables) : "";
    case ":?":
      return filled ? value : undefined;
    case "?":
      return set ? value : undefined;
    default:
      return undefined;
  }
}

/**
 * The variables of the `.env` file in each directory that has one (`docker compose` reads the
 * one beside the Compose file), by directory.
 */
export function dotenvByDirectory(documents: readonly ParsedDocument[]): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const { document, format } of documents) {
    if (format !== "dotenv" || posix.basename(document.file) !== ".env" || !isRecord(document.value)) continue;
    const variables = document.value["variables"];
    if (isRecord(variables)) found.set(posix.dirname(document.file), variables as Record<string, string>);
  }
  return found;
}
