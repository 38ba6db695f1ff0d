import type { Settings } from "../settings.js";
import type { CompiledPolicy } from "./compiled-policy.js";
/**
 * The policies a run with these settings applies: the same sources and config `disable` as
 * `check`, for the commands and reports that describe them (`policies`, `explain`, SARIF rules).
 */
export declare function loadActivePolicies(settings: Pick<Settings, "config" | "builtin" | "policyDirs">, cwd: string): CompiledPolicy[];
