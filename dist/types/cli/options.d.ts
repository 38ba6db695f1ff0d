import type { Settings } from "../settings.js";
import type { CliValues } from "./main.js";
/** The typed settings a command line asks for. */
export declare function settingsFrom(paths: readonly string[], values: CliValues, cwd: string): Settings;
/** `--format`, checked against what the command offers. */
export declare function outputFormat(values: CliValues, allowed: readonly string[]): string;
/** Colour only on a terminal, and never with NO_COLOR. */
export declare function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean;
