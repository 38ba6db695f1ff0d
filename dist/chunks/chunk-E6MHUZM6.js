import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  exitCodeFor
} from "./chunk-EJRCV5Q7.js";

// src/diff/new-only.ts
function failOnNewOnly(result, options) {
  return exitCodeFor({ ...result.head, findings: result.diff.new }, options);
}

export {
  failOnNewOnly
};
