import { join } from "node:path";
import { packageRoot } from "../package-root.js";

/** The built-in policy pack, shipped as YAML beside the code. */
export function builtinPolicyDir(): string {
  return join(packageRoot(), "policies");
}
