import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);

// src/cli/write-output.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
function emit(io, values, text) {
  if (values.output === void 0) {
    io.out(text);
    return;
  }
  const file = resolve(io.cwd, values.output);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

export {
  emit
};
