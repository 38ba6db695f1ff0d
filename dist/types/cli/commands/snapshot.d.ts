import type { Io } from "../io.js";
import type { CliValues } from "../main.js";
/**
 * `norecur snapshot github --org X [--repo owner/name ...] [--output FILE]`: reads live settings
 * with the token from GITHUB_TOKEN or GH_TOKEN and writes them where `norecur check` finds them.
 * The token is only handed to the client; no message carries it.
 */
export declare function runSnapshot(args: readonly string[], values: CliValues, io: Io): Promise<number>;
