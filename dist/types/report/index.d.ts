import { type TextContext } from "./text.js";
import type { RunResult } from "../types.js";
/** Output formats by name. Literal and sorted. */
export declare const formatters: Readonly<Record<string, (result: RunResult, context: TextContext) => string>>;
