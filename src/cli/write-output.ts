import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Io } from "./io.js";

/** A report goes to `--output FILE` when given (e.g. `norecur.sarif` for code scanning), else to stdout. */
export function emit(io: Io, values: { output?: string }, text: string): void {
  if (values.output === undefined) {
    io.out(text);
    return;
  }
  const file = resolve(io.cwd, values.output);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
