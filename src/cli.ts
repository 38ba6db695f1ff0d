#!/usr/bin/env node
import { fileURLToPath } from "node:url";
import { runWithCompileCache } from "./cli/compile-cache.js";
import { askStagedEarly } from "./git/staged-queries.js";
import { boundHeapGrowth } from "./process/heap-growth.js";

// A pre-commit run (`check --staged`) asks git three questions; asked before the program loads,
// git answers on another core while this one compiles. The program takes the answers only if
// it is such a run from this directory (src/git/staged-queries.ts).
const args = process.argv.slice(2);
if (args.includes("--staged") && args.includes("check")) askStagedEarly(process.cwd());

// Large runs leave most of their heap garbage; a process of its own keeps its growth small.
boundHeapGrowth();

// The program itself is dist/cli-main.cjs (src/cli-main.ts), run with V8's code cache.
runWithCompileCache(fileURLToPath(new URL("./cli-main.cjs", import.meta.url)));
