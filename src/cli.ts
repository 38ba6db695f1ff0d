#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { runWithCompileCache } from "./cli/compile-cache.js";

// The program itself is dist/cli-main.cjs (src/cli-main.ts), run with V8's code cache.
runWithCompileCache(fileURLToPath(new URL("./cli-main.cjs", import.meta.url)));
