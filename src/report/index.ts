import { formatJson } from "./json.js";
import { formatText, type TextContext } from "./text.js";
import type { RunResult } from "../types.js";

/** Output formats by name. Literal and sorted. */
export const formatters: Readonly<Record<string, (result: RunResult, context: TextContext) => string>> = {
  json: (result) => formatJson(result),
  text: formatText,
};
