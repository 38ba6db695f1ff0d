#!/usr/bin/env node
import { main } from "./cli/main.js";
import { streamWriter } from "./cli/stdout.js";
import { packageVersion } from "./package-root.js";

process.exitCode = await main(
  process.argv.slice(2),
  {
    out: streamWriter(process.stdout),
    err: streamWriter(process.stderr),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  },
  packageVersion(),
);
