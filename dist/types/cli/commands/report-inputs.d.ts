import type { ReportInputs } from "../../report/report-inputs.js";
import type { CliValues } from "../main.js";
/** Formats that describe policies (rules, incidents, fixes) and so need them loaded. */
export declare const FORMATS_WITH_POLICIES: ReadonlySet<string>;
/** The policies, catalogue, version and file lines SARIF and Markdown reports read, loaded at the CLI's edge. */
export declare function reportInputs(values: CliValues, cwd: string): ReportInputs;
