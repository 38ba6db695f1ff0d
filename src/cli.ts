#!/usr/bin/env node
import { main } from "./cli/main.js";
import { packageVersion } from "./package-root.js";

process.exitCode = await main(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  },
  packageVersion(),
);
