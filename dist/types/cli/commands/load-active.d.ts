import type { CompiledPolicy } from "../../policy/compiled-policy.js";
import type { CliValues } from "../main.js";
/** The policies `policies`, `explain` and the reports talk about: the same sources and disables as `check`. */
export declare function loadActivePolicies(values: CliValues, cwd: string): CompiledPolicy[];
