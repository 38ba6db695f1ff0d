import { type ReportInputs } from "./report-inputs.js";
import { type TextContext } from "./text.js";
import type { RunResult } from "../types.js";
/** What a format may use besides the result. Without `report`, SARIF and Markdown know no policy (findings get tool-level rules, no incidents or fixes). */
export interface FormatContext extends TextContext {
    /** Policies, incidents, version and source lines for SARIF and Markdown. */
    report?: ReportInputs | undefined;
}
/** Output formats by name. Literal and sorted. */
export declare const formatters: Readonly<Record<string, (result: RunResult, context: FormatContext) => string>>;
