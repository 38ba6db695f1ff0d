import type { WaiverReport } from "../../types.js";
import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
/** One row of `norecur waivers --format json`. */
export interface WaiverRow {
    policy: string;
    state: WaiverReport["state"];
    daysLeft: number;
    expires: string;
    owner: string;
    reason: string;
    origin: "file" | "inline";
    file: string;
    line: number;
    matched: number;
    paths?: string[];
    subject?: string;
    ticket?: string;
    approvedBy?: string;
    extensions?: number;
}
/**
 * `norecur waivers [paths...]`: every waiver with its state and days left. It runs a full check,
 * because whether a waiver is stale depends on the findings it would cover.
 */
export declare function runWaivers(paths: readonly string[], values: CliValues, io: Io): Promise<number>;
